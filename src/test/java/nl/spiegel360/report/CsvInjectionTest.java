package nl.spiegel360.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** No cell of the cycle's CSV can be run as a formula or break a line, whatever a name contains. */
class CsvInjectionTest {

    @Test
    void a_formula_followed_by_a_line_break_is_neutralised() {
        assertThat(ReportExports.quote("=HYPERLINK(\"http://evil.example\",\"klik\")\n"))
                .startsWith("\"'=HYPERLINK").doesNotContain("\n");
    }

    @Test
    void a_formula_on_a_later_line_or_after_spaces_cannot_start_a_cell() {
        assertThat(ReportExports.quote("Jan\r\n=cmd|' /C calc'!A0")).doesNotContain("\r", "\n");
        assertThat(ReportExports.quote("  +31 6 1234")).startsWith("\"'");
        assertThat(ReportExports.quote("\t@SUM(A1)")).startsWith("\"'");
        assertThat(ReportExports.quote("-2")).startsWith("\"'");
    }

    @Test
    void ordinary_values_and_quotes_are_kept() {
        assertThat(ReportExports.quote("Sanne Visser")).isEqualTo("\"Sanne Visser\"");
        assertThat(ReportExports.quote("Zegt \"ja\"")).isEqualTo("\"Zegt \"\"ja\"\"\"");
    }
}

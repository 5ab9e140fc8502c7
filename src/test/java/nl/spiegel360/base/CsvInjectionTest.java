package nl.spiegel360.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** No cell of any CSV can be run as a formula or break a line, whatever a name contains. */
class CsvInjectionTest {

    @Test
    void a_formula_followed_by_a_line_break_is_neutralised() {
        assertThat(quote("=HYPERLINK(\"http://evil.example\",\"klik\")\n"))
                .startsWith("\"'=HYPERLINK").doesNotContain("\n");
    }

    @Test
    void a_formula_on_a_later_line_or_after_spaces_cannot_start_a_cell() {
        assertThat(quote("Jan\r\n=cmd|' /C calc'!A0")).doesNotContain("\r", "\n");
        assertThat(quote("  +31 6 1234")).startsWith("\"'");
        assertThat(quote("\t@SUM(A1)")).startsWith("\"'");
        assertThat(quote("-2")).startsWith("\"'");
    }

    @Test
    void ordinary_values_and_quotes_are_kept() {
        assertThat(quote("Sanne Visser")).isEqualTo("\"Sanne Visser\"");
        assertThat(quote("Zegt \"ja\"")).isEqualTo("\"Zegt \"\"ja\"\"\"");
    }

    /** A field as every CSV writes it. */
    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder();
        try {
            Spreadsheet.CSV.print(Spreadsheet.safe(value), quoted, true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return quoted.toString();
    }
}

package nl.spiegel360.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The organisation's page as a PDF holds its title, what was selected and every line of its tables, as text. */
class OrganisationPdfTest {

    @Test
    void the_pdf_reads_as_the_page_with_every_line_of_its_tables() throws Exception {
        byte[] pdf = OrganisationPdf.of("Organisatie", List.of("Ronde: Feedbackronde voorjaar 2026 · Team: Alle teams"),
                List.of(new OrganisationPdf.Table("Aandeel op of boven de norm", List.of(
                        List.of("Team", "Competentie", "Mensen", "Op of boven de norm"),
                        List.of("Klantenservice", "Eigenaarschap", "8", "100%"),
                        List.of("Backoffice", "Zorgvuldigheid", "verborgen", ""))),
                        new OrganisationPdf.Table("Leeg", List.of(List.of("Kop")))));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Organisatie", "Ronde: Feedbackronde voorjaar 2026 · Team: Alle teams",
                    "Aandeel op of boven de norm", "Klantenservice", "Eigenaarschap", "100%", "Backoffice",
                    "verborgen");
            assertThat(text).as("a table without lines is left out").doesNotContain("Leeg");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Organisatie");
        }
    }
}

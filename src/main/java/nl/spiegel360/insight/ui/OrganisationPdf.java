package nl.spiegel360.insight.ui;

import java.io.ByteArrayOutputStream;
import java.util.List;
import nl.spiegel360.report.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The organisation's page as a PDF: its title, what was selected, the rule that hides small groups, and the same
 * lines as its CSV downloads (the table and the learning needs), already in the reader's language.
 */
final class OrganisationPdf {

    private OrganisationPdf() {
    }

    /** A table of the page: a heading, a header line and its lines. */
    record Table(String heading, List<List<String>> lines) {
    }

    static byte[] of(String title, List<String> about, List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(title);
        doc.open();
        doc.add(new Paragraph(title, PdfFonts.bold(16)));
        Font regular = PdfFonts.regular(9);
        Font bold = PdfFonts.bold(9);
        for (String line : about) {
            Paragraph p = new Paragraph(line, regular);
            p.setSpacingBefore(4);
            doc.add(p);
        }
        for (Table table : tables) {
            if (table.lines().size() < 2) {
                continue;
            }
            Paragraph heading = new Paragraph(table.heading(), PdfFonts.bold(12));
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(6);
            doc.add(heading);
            int columns = table.lines().getFirst().size();
            PdfPTable pdf = new PdfPTable(columns);
            pdf.setWidthPercentage(100);
            pdf.setHeaderRows(1);
            for (int i = 0; i < table.lines().size(); i++) {
                for (String value : table.lines().get(i)) {
                    PdfPCell cell = new PdfPCell(new Phrase(value, i == 0 ? bold : regular));
                    cell.setPadding(3);
                    cell.setHorizontalAlignment(Element.ALIGN_LEFT);
                    pdf.addCell(cell);
                }
            }
            doc.add(pdf);
        }
        doc.close();
        return out.toByteArray();
    }
}

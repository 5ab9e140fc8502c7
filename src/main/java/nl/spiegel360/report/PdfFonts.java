package nl.spiegel360.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts of the PDF reports: Liberation Sans, embedded, so that every character a report holds (arrows, curly
 * quotes, every language's letters) has its glyph, where the standard Helvetica has only Western European ones.
 */
public final class PdfFonts {

    private static final BaseFont REGULAR = load("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = load("liberation/LiberationSans-Bold.ttf");
    private static final java.awt.Font REGULAR_AWT = awt("liberation/LiberationSans-Regular.ttf");
    private static final java.awt.Font BOLD_AWT = awt("liberation/LiberationSans-Bold.ttf");

    /**
     * The charts' fonts in the PDF: what the drawing asks for as bold in the embedded bold, anything else in the
     * embedded regular.
     */
    static final org.openpdf.text.pdf.FontMapper MAPPER = new org.openpdf.text.pdf.FontMapper() {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return font.isBold() || font.getFontName(java.util.Locale.ROOT).equals(BOLD_AWT.getFontName(
                    java.util.Locale.ROOT)) ? BOLD : REGULAR;
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return awt(font == BOLD, size);
        }
    };

    private PdfFonts() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    /** The embedded font as Java's drawing knows it, for charts drawn into the PDF. */
    static java.awt.Font awt(boolean bold, float size) {
        return (bold ? BOLD_AWT : REGULAR_AWT).deriveFont(size);
    }

    private static java.awt.Font awt(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the class path");
            }
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("The font " + resource + " cannot be read", e);
        }
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the class path");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.spiegel360.report;

import java.awt.Graphics2D;
import java.util.function.Consumer;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/** Where the report's drawings go: SVG that scales with the screen, or vector graphics in the PDF. */
final class ChartCanvas {

    private ChartCanvas() {
    }

    /**
     * The drawing's font of this style and size: the screen's sans-serif, and in the PDF the embedded font itself,
     * so that what the drawing measures is what the PDF shows (another font's widths would be made up for by
     * spacing the letters apart).
     */
    static java.awt.Font font(Graphics2D g, int style, int size) {
        return g instanceof org.openpdf.text.pdf.PdfGraphics2D ? PdfFonts.awt((style & java.awt.Font.BOLD) != 0, size)
                : new java.awt.Font(java.awt.Font.SANS_SERIF, style, size);
    }

    static String svg(int width, int height, Consumer<Graphics2D> drawing) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        drawing.accept(g);
        return g.getSVGElement(null, true, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
    }

    /**
     * The drawing as vector graphics in a PDF, to be placed like an image: sharp at any zoom, a few kilobytes, its
     * text in the report's embedded fonts. (A raster image of the same chart took most of a PDF's time to embed.)
     */
    static org.openpdf.text.Image pdf(PdfContentByte content, int width, int height, Consumer<Graphics2D> drawing) {
        PdfTemplate template = content.createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, PdfFonts.MAPPER);
        drawing.accept(g);
        g.dispose();
        try {
            return org.openpdf.text.Image.getInstance(template);
        } catch (org.openpdf.text.BadElementException e) {
            throw new IllegalStateException("A chart could not be placed in the PDF", e);
        }
    }
}

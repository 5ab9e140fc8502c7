package nl.spiegel360.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Where the report's drawings go: SVG that scales with the screen, or a sharp image for the PDF. */
final class ChartCanvas {

    private static final int IMAGE_SCALE = 3;

    private ChartCanvas() {
    }

    static String svg(int width, int height, Consumer<Graphics2D> drawing) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        drawing.accept(g);
        return g.getSVGElement(null, true, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
    }

    static BufferedImage image(int width, int height, Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage(width * IMAGE_SCALE, height * IMAGE_SCALE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(IMAGE_SCALE, IMAGE_SCALE);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        drawing.accept(g);
        g.dispose();
        return image;
    }
}

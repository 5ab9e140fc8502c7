package nl.spiegel360.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The report's chart: norm, consensus (or agreed) level and self level per competency, as bars. One renderer
 * for the screen (SVG) and the PDF (image); the same numbers are in the report's table for screen readers.
 */
public final class ReportChart {

    /** The translated series names and title. */
    public record Labels(String title, String norm, String level, String self, String axis) {
    }

    private static final int WIDTH = 760;
    private static final int HEIGHT = 360;

    private ReportChart() {
    }

    public static String svg(Report report, Labels labels) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart(report, labels).draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement();
    }

    static BufferedImage image(Report report, Labels labels) {
        return chart(report, labels).createBufferedImage(WIDTH * 2, HEIGHT * 2);
    }

    private static JFreeChart chart(Report report, Labels labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Report.CompetencyRow row : report.rows()) {
            data.addValue(row.norm(), labels.norm(), row.label());
            data.addValue(row.finalLevel(), labels.level(), row.label());
            var self = row.group(nl.spiegel360.aggregation.RaterGroup.SELF);
            data.addValue(self == null ? null : self.level(), labels.self(), row.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(labels.title(), null, labels.axis(), data,
                PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(0, Math.max(3, report.rows().stream().mapToInt(r -> r.drilldown().levels().size()).max()
                .orElse(3)) + 0.2);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x9AA5B1));
        renderer.setSeriesPaint(1, new Color(0x1F5F8B));
        renderer.setSeriesPaint(2, new Color(0xE0A030));
        return chart;
    }
}

package nl.spiegel360.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.report.Report.CompetencyRow;

/**
 * The report's profile chart: per competency a bar from 0 to the level reached plus the share of the next level's
 * behaviours already shown (the agreed level where one was set), the norm as a mark and the employee's own level as
 * a diamond. Each competency's name stands on its own line above its bar, so that no name is ever cut, and the
 * drawing scales down to a phone's width. One drawing for the screen (SVG) and the PDF (image); the same figures
 * are written out in words below the chart on screen and in the table.
 */
public final class ReportChart {

    /** The translated words of the legend and the axis. */
    /** The chart's words: the legend's, the axis's, and what a bar's value is (agreed, or progress). */
    public record Labels(String norm, String level, String self, String axis, String agreed, String progress) {
    }

    static final int WIDTH = 480;
    private static final int TOP = 44;
    private static final int ROW = 52;
    private static final int BOTTOM = 40;
    private static final int LEFT = 14;
    private static final int RIGHT = 22;
    private static final Color TRACK = new Color(0xE8ECF0);
    private static final Color GRID = new Color(0xC9D1D9);
    private static final Color BAR = new Color(0x1F5F8B);
    private static final Color NORM = new Color(0x222222);
    private static final Color SELF = new Color(0xB86E00);
    private static final Color TEXT = new Color(0x1F2933);

    private ReportChart() {
    }

    static int height(Report report) {
        return TOP + ROW * report.rows().size() + BOTTOM;
    }

    public static String svg(Report report, Labels labels, ReportTexts texts) {
        return ChartCanvas.svg(WIDTH, height(report), g -> draw(g, report, labels, texts));
    }

    static org.openpdf.text.Image pdf(org.openpdf.text.pdf.PdfContentByte content, Report report, Labels labels,
            ReportTexts texts) {
        return ChartCanvas.pdf(content, WIDTH, height(report), g -> draw(g, report, labels, texts));
    }

    /** The length of the axis: the most levels any competency has, at least 3. */
    static int levels(Report report) {
        return Math.max(3, report.rows().stream().mapToInt(r -> r.drilldown().levels().size()).max().orElse(3));
    }

    /** Where the bar ends: the agreed level, else the consensus level plus its progress towards the next. */
    public static double value(CompetencyRow row) {
        if (row.calibrated() || row.progress() == null) {
            Integer level = row.finalLevel();
            return level == null ? 0 : level;
        }
        return row.progress();
    }

    private static void draw(Graphics2D g, Report report, Labels labels, ReportTexts texts) {
        int height = height(report);
        int max = levels(report);
        double x0 = LEFT;
        double span = WIDTH - LEFT - RIGHT;
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, WIDTH, height));
        Font small = ChartCanvas.font(g, Font.PLAIN, 12);
        Font label = ChartCanvas.font(g, Font.BOLD, 13);
        legend(g, labels, small);
        double gridTop = TOP - 6;
        double gridBottom = TOP + ROW * report.rows().size();
        g.setStroke(new BasicStroke(1f));
        g.setFont(small);
        for (int l = 0; l <= max; l++) {
            double x = x0 + span * l / max;
            g.setColor(GRID);
            g.draw(new Line2D.Double(x, gridTop, x, gridBottom));
            g.setColor(TEXT);
            String tick = String.valueOf(l);
            g.drawString(tick, (float) (x - g.getFontMetrics().stringWidth(tick) / 2.0), (float) gridBottom + 16);
        }
        String axis = labels.axis();
        g.drawString(axis, (float) (x0 + span / 2 - g.getFontMetrics().stringWidth(axis) / 2.0),
                (float) gridBottom + 33);
        int y = TOP;
        for (CompetencyRow row : report.rows()) {
            double value = value(row);
            g.setFont(label);
            g.setColor(TEXT);
            g.drawString(row.label(), (float) x0, y + 14);
            g.setFont(small);
            g.drawString("  " + valueText(row, value, texts, labels), (float) x0 + g.getFontMetrics(label)
                    .stringWidth(row.label()), y + 14);
            double barY = y + 22;
            double barHeight = 16;
            g.setColor(TRACK);
            g.fill(new Rectangle2D.Double(x0, barY, span, barHeight));
            g.setColor(BAR);
            g.fill(new Rectangle2D.Double(x0, barY, Math.max(2, span * value / max), barHeight));
            double normX = x0 + span * row.norm() / max;
            g.setColor(NORM);
            g.setStroke(new BasicStroke(3f));
            g.draw(new Line2D.Double(normX, barY - 5, normX, barY + barHeight + 5));
            g.setStroke(new BasicStroke(1f));
            var self = row.group(RaterGroup.SELF);
            if (self != null && self.level() != null) {
                diamond(g, x0 + span * self.level() / max, barY + barHeight / 2);
            }
            y += ROW;
        }
    }

    /**
     * An agreed level as a whole number, progress with its two decimals, each saying which it is: confirming a
     * consensus changes 2,25 into 2, and the reader sees why.
     */
    private static String valueText(CompetencyRow row, double value, ReportTexts texts, Labels labels) {
        if (row.calibrated()) {
            return (int) value + " (" + labels.agreed() + ")";
        }
        return row.progress() == null ? String.valueOf((int) value)
                : texts.number(value) + " (" + labels.progress() + ")";
    }

    private static void legend(Graphics2D g, Labels labels, Font font) {
        g.setFont(font);
        float x = LEFT;
        g.setColor(BAR);
        g.fill(new Rectangle2D.Double(x, 10, 14, 12));
        g.setColor(TEXT);
        g.drawString(labels.level(), x + 20, 21);
        x += 20 + g.getFontMetrics().stringWidth(labels.level()) + 18;
        g.setColor(NORM);
        g.setStroke(new BasicStroke(3f));
        g.draw(new Line2D.Double(x + 6, 8, x + 6, 24));
        g.setStroke(new BasicStroke(1f));
        g.setColor(TEXT);
        g.drawString(labels.norm(), x + 16, 21);
        x += 16 + g.getFontMetrics().stringWidth(labels.norm()) + 18;
        diamond(g, x + 7, 16);
        g.setColor(TEXT);
        g.drawString(labels.self(), x + 20, 21);
    }

    private static void diamond(Graphics2D g, double x, double y) {
        Polygon shape = new Polygon();
        shape.addPoint((int) Math.round(x), (int) Math.round(y - 8));
        shape.addPoint((int) Math.round(x + 7), (int) Math.round(y));
        shape.addPoint((int) Math.round(x), (int) Math.round(y + 8));
        shape.addPoint((int) Math.round(x - 7), (int) Math.round(y));
        g.setColor(SELF);
        g.fill(shape);
        g.setColor(Color.WHITE);
        g.draw(shape);
    }
}

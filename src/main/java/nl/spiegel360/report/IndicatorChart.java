package nl.spiegel360.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.Insights.GroupSpread;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.report.Report.CompetencyRow;
import nl.spiegel360.report.Report.IndicatorLine;

/**
 * One competency's behaviours: per indicator, its text (wrapped, never cut), the scale from 1 to its top, the range of
 * the scores behind it as a grey band, each reported group's mean as its own mark and the consensus as a line. The
 * same figures are in the drill-down's table for screen readers.
 */
public final class IndicatorChart {

    /** The translated group names, the consensus and the legend's words. */
    public record Labels(Map<RaterGroup, String> groups, String consensus, String range) {
    }

    private static final int WIDTH = 480;
    private static final int LEFT = 14;
    private static final int RIGHT = 22;
    private static final int LINE = 16;

    /** Where the scale's numbers stand below an indicator's track: clear of markers moved below it. */
    static final int NUMBER_BELOW = 30;

    /** How far a marker reaches from its centre. */
    static final int MARKER_REACH = 6;

    /** From one indicator's track to the next indicator's text: the numbers and a gap. */
    private static final int AFTER_TRACK = 50;
    private static final Color TEXT = new Color(0x1F2933);
    private static final Color GRID = new Color(0xC9D1D9);
    private static final Color BAND = new Color(0xD5DDE5);
    private static final Color CONSENSUS = new Color(0x1F5F8B);
    private static final Map<RaterGroup, Color> COLORS = Map.of(RaterGroup.SELF, new Color(0xB86E00),
            RaterGroup.MANAGER, new Color(0x6B3FA0), RaterGroup.PEER, new Color(0x2E7D32),
            RaterGroup.DIRECT_REPORT, new Color(0xA0303F), RaterGroup.OTHER, new Color(0x5F6B76),
            RaterGroup.EXTERNAL, new Color(0x00695C));
    private static final Font TEXT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private IndicatorChart() {
    }

    public static String svg(CompetencyRow row, int scaleMax, Labels labels) {
        return ChartCanvas.svg(WIDTH, height(row), g -> draw(g, row, scaleMax, labels));
    }

    static org.openpdf.text.Image pdf(org.openpdf.text.pdf.PdfContentByte content, CompetencyRow row, int scaleMax,
            Labels labels) {
        return ChartCanvas.pdf(content, WIDTH, height(row), g -> draw(g, row, scaleMax, labels));
    }

    private static int height(CompetencyRow row) {
        FontMetrics metrics = metrics();
        int height = 56;
        for (IndicatorLine line : row.drilldown().indicators()) {
            height += wrap(line.text(), metrics).size() * LINE + AFTER_TRACK;
        }
        return height + 20;
    }

    private static FontMetrics metrics() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g.getFontMetrics(TEXT_FONT);
        } finally {
            g.dispose();
        }
    }

    /** Splits a text into lines that fit the drawing's width, at spaces (a single over-long word stays whole). */
    static List<String> wrap(String text, FontMetrics metrics) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(candidate) > WIDTH - LEFT - RIGHT) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void draw(Graphics2D g, CompetencyRow row, int scaleMax, Labels labels) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, WIDTH, height(row)));
        double x0 = LEFT;
        double span = WIDTH - LEFT - RIGHT;
        legend(g, row, labels);
        g.setFont(ChartCanvas.font(g, Font.PLAIN, 11));
        double y = 56;
        for (IndicatorLine line : row.drilldown().indicators()) {
            g.setFont(ChartCanvas.font(g, Font.PLAIN, 12));
            g.setColor(TEXT);
            for (String text : wrap(line.text(), g.getFontMetrics())) {
                g.drawString(text, (float) x0, (float) (y + 12));
                y += LINE;
            }
            double track = y + 12;
            g.setFont(ChartCanvas.font(g, Font.PLAIN, 11));
            for (int k = 1; k <= scaleMax; k++) {
                double x = x0 + span * (k - 1) / (scaleMax - 1);
                g.setColor(GRID);
                g.draw(new Line2D.Double(x, track - 8, x, track + 8));
                g.setColor(TEXT);
                g.drawString(String.valueOf(k), (float) (x - 3), (float) (track + NUMBER_BELOW));
            }
            Report.Spread spread = line.spread();
            if (spread != null && !spread.groups().isEmpty()) {
                int min = spread.groups().values().stream().mapToInt(GroupSpread::min).min().orElse(1);
                int max = spread.groups().values().stream().mapToInt(GroupSpread::max).max().orElse(1);
                g.setColor(BAND);
                g.fill(new Rectangle2D.Double(position(min, x0, span, scaleMax) - 4, track - 4,
                        position(max, x0, span, scaleMax) - position(min, x0, span, scaleMax) + 8, 8));
            }
            Double consensus = line.consensus();
            if (consensus != null) {
                double x = position(consensus, x0, span, scaleMax);
                g.setColor(CONSENSUS);
                g.setStroke(new BasicStroke(3f));
                g.draw(new Line2D.Double(x, track - 9, x, track + 9));
                g.setStroke(new BasicStroke(1f));
            }
            for (Marker m : markers(line.groupScores(), x0, span, scaleMax, track)) {
                mark(g, m.group(), m.x(), m.y());
            }
            y += AFTER_TRACK;
        }
    }

    /** Where a group's marker stands. */
    record Marker(RaterGroup group, double x, double y) {
    }

    /**
     * The groups' markers on an indicator's track, in the groups' order: a marker that would cover one already placed
     * (the same score, or nearly) moves above the track, the next below it and any further one higher above, so that
     * every group stays visible and none covers the scale's numbers.
     */
    static List<Marker> markers(Map<RaterGroup, Double> scores, double x0, double span, int scaleMax, double track) {
        List<Marker> placed = new ArrayList<>();
        for (RaterGroup group : RaterGroup.values()) {
            Double mean = scores.get(group);
            if (mean == null) {
                continue;
            }
            double x = position(mean, x0, span, scaleMax);
            long near = placed.stream().filter(p -> Math.abs(p.x() - x) < 12).count();
            // the second above the track, the third below it, any further one higher above: below the track stand
            // the scale's numbers
            double dy = near == 0 ? 0 : near == 2 ? 12 : -12 * (near == 1 ? 1 : near - 1);
            placed.add(new Marker(group, x, track + dy));
        }
        return placed;
    }

    private static double position(double score, double x0, double span, int scaleMax) {
        return x0 + span * (score - 1) / (scaleMax - 1);
    }

    private static void legend(Graphics2D g, CompetencyRow row, Labels labels) {
        g.setFont(ChartCanvas.font(g, Font.PLAIN, 11));
        double x = LEFT;
        double y = 16;
        List<RaterGroup> shown = row.drilldown().indicators().stream().flatMap(i -> i.groupScores().keySet().stream())
                .distinct().sorted().toList();
        for (RaterGroup group : shown) {
            String name = labels.groups().getOrDefault(group, group.name());
            double width = 16 + g.getFontMetrics().stringWidth(name) + 14;
            if (x + width > WIDTH - RIGHT) {
                x = LEFT;
                y += 18;
            }
            mark(g, group, x + 5, y - 4);
            g.setColor(TEXT);
            g.drawString(name, (float) (x + 14), (float) y);
            x += width;
        }
        y += 18;
        x = LEFT;
        g.setColor(CONSENSUS);
        g.setStroke(new BasicStroke(3f));
        g.draw(new Line2D.Double(x + 5, y - 10, x + 5, y + 2));
        g.setStroke(new BasicStroke(1f));
        g.setColor(TEXT);
        g.drawString(labels.consensus(), (float) (x + 14), (float) y);
        x += 14 + g.getFontMetrics().stringWidth(labels.consensus()) + 16;
        g.setColor(BAND);
        g.fill(new Rectangle2D.Double(x, y - 8, 18, 8));
        g.setColor(TEXT);
        g.drawString(labels.range(), (float) (x + 24), (float) y);
    }

    private static void mark(Graphics2D g, RaterGroup group, double x, double y) {
        Shape shape = switch (group) {
            case SELF -> diamond(x, y, 6);
            case MANAGER -> new Rectangle2D.Double(x - 5, y - 5, 10, 10);
            case PEER -> new Ellipse2D.Double(x - 5.5, y - 5.5, 11, 11);
            case DIRECT_REPORT -> triangle(x, y, 6);
            case OTHER -> new Ellipse2D.Double(x - 4, y - 4, 8, 8);
            case EXTERNAL -> triangle(x, y, -6);
        };
        g.setColor(COLORS.getOrDefault(group, TEXT));
        g.fill(shape);
        g.setColor(Color.WHITE);
        g.draw(shape);
    }

    private static Shape diamond(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - r);
        p.lineTo(x + r, y);
        p.lineTo(x, y + r);
        p.lineTo(x - r, y);
        p.closePath();
        return p;
    }

    /** A triangle pointing up, or down for a negative {@code r}. */
    private static Shape triangle(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - r);
        p.lineTo(x + r, y + r);
        p.lineTo(x - r, y + r);
        p.closePath();
        return p;
    }
}

package nl.spiegel360.report;

import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import nl.spiegel360.report.Report.GroupCell;
import org.jspecify.annotations.Nullable;

/**
 * How a report's values read, in the reader's language: levels, group cells, means and sentences. The screen, the
 * PDF and the CSV all write them through here, so that they never differ.
 */
public final class ReportTexts {

    /** The translation of a key with its arguments, in the reader's language. */
    @FunctionalInterface
    public interface Translations {
        String get(String key, Object... args);
    }

    private final Translations translations;
    private final NumberFormat number;
    private final NumberFormat percent;

    public ReportTexts(Translations translations, Locale locale) {
        this.translations = translations;
        this.percent = NumberFormat.getPercentInstance(locale);
        this.number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
    }

    /**
     * What the result was computed with: the cycle's settings as stored at close, in the reader's numbers: scale,
     * threshold, coverage, every group's minimum, and the groups' weights in the consensus when any differs from 1.
     * External raters are named only where the review had them ({@code externallyJudged}: the competencies they
     * were asked about).
     */
    public String settings(Settings s, List<String> externallyJudged) {
        List<RaterGroup> others = RaterGroup.OTHERS.stream()
                .filter(g -> g != RaterGroup.EXTERNAL || !externallyJudged.isEmpty()).toList();
        String minimums = String.join(", ", others.stream().map(g -> translations.get("report.settings.group",
                translations.get("group." + g.name()), s.minimum(g))).toList());
        String sentence = translations.get("report.settings", s.scaleMax(), number(s.threshold()),
                percent.format(s.minCoverage()), minimums);
        if (!externallyJudged.isEmpty()) {
            sentence += " " + translations.get("report.settings.external", String.join(", ", externallyJudged));
        }
        if (others.stream().allMatch(g -> s.weight(g) == 1.0)) {
            return sentence;
        }
        NumberFormat weight = (NumberFormat) number.clone();
        weight.setMinimumFractionDigits(0);
        String weights = String.join(", ", others.stream().map(g -> translations.get("report.settings.group",
                translations.get("group." + g.name()), weight.format(s.weight(g)))).toList());
        return sentence + " " + translations.get("report.settings.weights", weights);
    }

    /** A level, or the words for "not enough observations". */
    public String level(@Nullable Integer level) {
        return level == null ? translations.get("report.no-level") : String.valueOf(level);
    }

    /**
     * What a rater group said about a competency: its level, or, when too few of the group responded, how many did
     * and how many are needed ({@code brief} for narrow table cells).
     */
    public String group(@Nullable GroupCell cell, boolean brief) {
        if (cell == null) {
            return "";
        }
        if (!cell.reported()) {
            return translations.get(brief ? "report.hidden-short" : "report.hidden", cell.respondents(),
                    cell.minimum());
        }
        return level(cell.level());
    }

    /** A mean or other score, with two decimals in the reader's notation (2,50 in Dutch, 2.50 in English). */
    public String number(double value) {
        return number.format(value);
    }

    /** A mean that may be missing: "—" then. */
    public String number(@Nullable Double value) {
        return value == null ? "—" : number.format(value);
    }

    /** A sentence of the report (an explanation) with its numbers written as {@link #number(double)} does. */
    public String sentence(String key, List<Object> arguments) {
        return translations.get(key, arguments.stream().map(a -> a instanceof Double d ? number(d) : a).toArray());
    }

    /**
     * What holds a competency back, in one sentence: "Inlevingsvermogen stays at level 1: of the 3 behavioural
     * indicators of level 2, ‘…’ (2.33) and ‘…’ (2.67) are below 3.00." and, below the norm, what the norm takes as
     * well.
     */
    public String holdsBack(Report.HoldsBack holding, double threshold) {
        List<String> next = holding.indicators().stream().filter(i -> i.level() == holding.nextLevel())
                .map(this::held).toList();
        List<String> further = holding.indicators().stream().filter(i -> i.level() > holding.nextLevel())
                .map(this::held).toList();
        String sentence = holding.level() == null
                ? translations.get("report.holds-back.none", holding.competency(), holding.nextLevelSize(),
                        list(next), number(threshold))
                : translations.get("report.holds-back.next", holding.competency(), holding.level(),
                        holding.nextLevelSize(), holding.nextLevel(), list(next), number(threshold));
        return further.isEmpty() ? sentence
                : sentence + " " + translations.get("report.holds-back.norm", holding.norm(), list(further));
    }

    /**
     * Why a competency's consensus is what it is: what holds it back where the stored result says, after why it could
     * not be judged where that is the reason; else the explanation of results stored before that.
     */
    public String explanation(Report.CompetencyRow row, double threshold) {
        Report.Sentence sentence = row.drilldown().explanation();
        Report.HoldsBack holding = row.drilldown().holdsBack();
        if (holding == null) {
            return sentence(sentence.key(), sentence.arguments());
        }
        return sentence.key().equals("report.explain.not-reached") ? holdsBack(holding, threshold)
                : sentence(sentence.key(), sentence.arguments()) + " " + holdsBack(holding, threshold);
    }

    /** How the employee's own view compares with the others' on a competency, with both means. */
    public String selfOthers(Report.CompetencyRow row) {
        if (row.selfOthers() == null || row.selfMean() == null || row.othersMean() == null) {
            return translations.get("report.self-others.none");
        }
        return translations.get("report.self-others.value", translations.get("report.self-others."
                + row.selfOthers().name()), number(row.selfMean()), number(row.othersMean()));
    }

    /**
     * One group's answers to an indicator: "2×3, 1×4 (n = 3; 3–4)" (two raters chose 3, one chose 4), and who could
     * not judge.
     */
    public String answers(nl.spiegel360.aggregation.Insights.GroupSpread spread) {
        List<String> parts = new java.util.ArrayList<>();
        for (int k = 0; k < spread.counts().size(); k++) {
            if (spread.counts().get(k) > 0) {
                parts.add(spread.counts().get(k) + "×" + (k + 1));
            }
        }
        String chosen = String.join(", ", parts) + " (n = " + spread.n() + "; " + spread.min() + "–" + spread.max()
                + ")";
        return spread.cantJudge() == 0 ? chosen
                : chosen + " · " + translations.get("report.answers.cant-judge", spread.cantJudge());
    }

    /** "Zelfbeeld: ziet zichzelf hoger dan anderen (zelf 3,80, anderen 3,30)". */
    public String selfView(Report.CompetencyRow row) {
        return translations.get("report.self-view") + ": " + selfOthers(row);
    }

    /** A strength or an area to improve: "‘…’ — Samenwerken, niveau 2: 4,00". */
    public String ranked(Report.RankedIndicator indicator) {
        return translations.get("report.insights.item", indicator.text(), indicator.competency(), indicator.level(),
                number(indicator.score()));
    }

    /** A self–others difference, with its sign: "‘…’ — Samenwerken, niveau 2: zelf 4,00, anderen 2,00 (+2,00)". */
    public String gap(Report.SelfOthersLine line) {
        return translations.get("report.insights.gap", line.text(), line.competency(), line.level(),
                number(line.self()), number(line.others()), (line.difference() > 0 ? "+" : "")
                        + number(line.difference()));
    }

    /** The words of the profile chart's legend and axis. */
    public ReportChart.Labels chartLabels() {
        return new ReportChart.Labels(translations.get("report.norm"), translations.get("report.final-level"),
                translations.get("group.SELF"), translations.get("report.chart.axis"),
                translations.get("report.chart.value.agreed"), translations.get("report.chart.value.progress"));
    }

    /** The words of an indicator chart's legend: the groups, the consensus and the range. */
    public IndicatorChart.Labels indicatorChartLabels() {
        Map<RaterGroup, String> groups = new EnumMap<>(RaterGroup.class);
        for (RaterGroup group : RaterGroup.values()) {
            groups.put(group, translations.get("group." + group.name()));
        }
        return new IndicatorChart.Labels(groups, translations.get("report.consensus"),
                translations.get("report.chart.range"));
    }

    private String held(Report.HeldIndicator indicator) {
        Double score = indicator.score();
        return score == null ? translations.get("report.holds-back.unobserved", indicator.text())
                : translations.get("report.holds-back.item", indicator.text(), number(score));
    }

    /** "a", "a en b", "a, b en c". */
    public String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + translations.get("report.list.and")
                + " " + items.getLast();
    }
}

package nl.spiegel360.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.AggregationInput.Competency;
import nl.spiegel360.aggregation.AggregationResult.CompetencyResult;
import nl.spiegel360.aggregation.AggregationResult.GroupResult;
import nl.spiegel360.aggregation.AggregationResult;
import nl.spiegel360.aggregation.Insights.CompetencyInsight;
import nl.spiegel360.aggregation.Insights.IndicatorScore;
import nl.spiegel360.aggregation.Insights.IndicatorSpread;
import nl.spiegel360.aggregation.Insights;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import nl.spiegel360.competency.CompetencyReadModels.IndicatorDetail;
import nl.spiegel360.competency.CompetencyReadModels.LevelDetail;
import nl.spiegel360.competency.CompetencyReadModels.ProfileCompetency;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import nl.spiegel360.report.Report.CompetencyRow;
import nl.spiegel360.report.Report.Drilldown;
import nl.spiegel360.report.Report.GroupCell;
import nl.spiegel360.report.Report.HeldIndicator;
import nl.spiegel360.report.Report.HoldsBack;
import nl.spiegel360.report.Report.IndicatorLine;
import nl.spiegel360.report.Report.LevelLine;
import nl.spiegel360.report.Report.NamedComment;
import nl.spiegel360.report.Report.RankedIndicator;
import nl.spiegel360.report.Report.SelfOthersLine;
import nl.spiegel360.report.Report.Sentence;
import nl.spiegel360.report.Report.Summary;
import nl.spiegel360.review.ReviewInfo;
import org.jspecify.annotations.Nullable;

/**
 * Turns a closed review's stored result into what a reader may see: the anonymity rules are applied here, once,
 * on top of what the result already left out.
 */
final class ReportBuilder {

    /** The stored result of one closed review, read back. */
    record Stored(ReviewInfo info, Settings settings, AggregationResult result, List<ResultComment> comments,
            Map<Long, String> authors) {

        /** A review's stored result read back: its settings and its engine outcome as stored at the close. */
        static Stored of(ReviewInfo info, ReviewResult result, List<ResultComment> comments,
                Map<Long, String> authors) {
            return new Stored(info, nl.spiegel360.review.CycleSettings.read(result.getSettings()),
                    ResultJson.read(result.getContent()), comments, authors);
        }
    }

    private ReportBuilder() {
    }

    static Report build(Stored stored, ProfileDocument document, List<Calibration> calibrations,
            Map<String, Integer> previousLevels, boolean canCalibrate, boolean readerIsEmployee) {
        ReviewInfo info = stored.info();
        Settings settings = stored.settings();
        AggregationResult result = stored.result();
        Insights insights = result.insights();
        Map<String, IndicatorDetail> texts = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        document.competencies().forEach(c -> {
            labels.put(String.valueOf(c.competencyId()), c.label());
            c.levels().forEach(l -> l.indicators().forEach(i -> texts.put(String.valueOf(i.id()), i)));
        });
        List<CompetencyRow> rows = new ArrayList<>();
        for (int i = 0; i < document.competencies().size(); i++) {
            ProfileCompetency c = document.competencies().get(i);
            CompetencyResult r = result.competencies().get(i);
            Calibration calibration = calibrations.stream().filter(x -> x.getCompetencyId() == c.competencyId())
                    .findFirst().orElse(null);
            Integer level = Report.level(calibration != null, calibration == null ? null : calibration.getLevel(),
                    r.consensus().level());
            CompetencyInsight insight = insights == null ? null : Insights.atLevel(insights.competencies().get(i),
                    engineCompetency(c), r, settings, level);
            rows.add(new CompetencyRow(c.competencyId(), c.label(), c.norm(), groups(r, settings),
                    r.consensus().level(), r.agreement(), r.agreementLabel(), contributing(r, settings),
                    r.blindSpots().size(), r.hiddenStrengths().size(),
                    calibration == null ? null : calibration.getLevel(),
                    calibration == null ? null : calibration.getReason(), calibration != null,
                    previousLevels.get(c.label()), drilldown(stored, c, r, settings, insight, level, texts),
                    insight == null ? null : insight.progress(), insight == null ? null : insight.selfMean(),
                    insight == null ? null : insight.othersMean(), insight == null ? null : insight.selfOthers()));
        }
        return new Report(info.reviewId(), info.cycleId(), info.employeeName(), info.cycleName(),
                java.util.Objects.requireNonNull(info.closedAt()), info.releasedAt(), readerIsEmployee, canCalibrate,
                settings.threshold(), settings.scaleMax(), rows, summary(insights, labels, texts));
    }

    private static @Nullable Summary summary(@Nullable Insights insights, Map<String, String> labels,
            Map<String, IndicatorDetail> texts) {
        if (insights == null) {
            return null;
        }
        return new Summary(ranked(insights.strengths(), labels, texts), ranked(insights.areasToImprove(), labels,
                texts), insights.largestGaps().stream().map(g -> new SelfOthersLine(labels.getOrDefault(g.competency(),
                        ""), g.level(), text(texts, g.indicator()), g.self(), g.others(), g.difference())).toList());
    }

    private static List<RankedIndicator> ranked(List<IndicatorScore> scores, Map<String, String> labels,
            Map<String, IndicatorDetail> texts) {
        return scores.stream().map(s -> new RankedIndicator(labels.getOrDefault(s.competency(), ""), s.level(),
                text(texts, s.indicator()), s.score())).toList();
    }

    private static String text(Map<String, IndicatorDetail> texts, String indicator) {
        IndicatorDetail detail = texts.get(indicator);
        return detail == null ? "" : detail.text();
    }

    private static List<GroupCell> groups(CompetencyResult r, Settings settings) {
        List<GroupCell> cells = new ArrayList<>();
        r.groups().forEach((group, g) -> cells.add(new GroupCell(group, g.respondents(), g.reported(),
                settings.minimum(group), g.reported() ? g.level() : null)));
        return cells;
    }

    private static Drilldown drilldown(Stored stored, ProfileCompetency c, CompetencyResult r, Settings settings,
            @Nullable CompetencyInsight insight, @Nullable Integer finalLevel, Map<String, IndicatorDetail> texts) {
        Map<String, IndicatorSpread> spreads = new HashMap<>();
        if (insight != null) {
            insight.spread().forEach(s -> spreads.put(s.indicator(), s));
        }
        List<LevelLine> levels = new ArrayList<>();
        for (int l = 0; l < c.levels().size(); l++) {
            Double mean = r.consensus().levelMeans().get(l);
            levels.add(new LevelLine(l + 1, mean, mean != null && settings.reaches(mean)));
        }
        List<IndicatorLine> indicators = new ArrayList<>();
        for (LevelDetail level : c.levels()) {
            for (IndicatorDetail i : level.indicators()) {
                String key = String.valueOf(i.id());
                Map<RaterGroup, Double> scores = new EnumMap<>(RaterGroup.class);
                r.groups().forEach((group, g) -> {
                    Double s = g.reported() ? g.indicatorScores().get(key) : null;
                    if (s != null) {
                        scores.put(group, s);
                    }
                });
                indicators.add(new IndicatorLine(i.id(), level.number(), i.text(), scores,
                        r.consensus().indicatorScores().get(key), r.notObserved().getOrDefault(key, 0),
                        r.blindSpots().contains(key), r.hiddenStrengths().contains(key), spread(spreads.get(key)),
                        i.marked()));
            }
        }
        List<String> anonymous = new ArrayList<>();
        List<NamedComment> named = new ArrayList<>();
        for (ResultComment comment : stored.comments()) {
            if (comment.getCompetencyId() != c.competencyId() || comment.isHidden()) {
                continue;
            }
            if (comment.getGroup() == RaterGroup.MANAGER || comment.getGroup() == RaterGroup.SELF) {
                Long author = comment.getAuthorId();
                named.add(new NamedComment(comment.getGroup(), author == null ? ""
                        : stored.authors().getOrDefault(author, ""), comment.getText()));
            } else {
                anonymous.add(comment.getText());
            }
        }
        return new Drilldown(levels, explanation(c, r, levels, indicators, settings), indicators,
                r.consensus().inconsistentLevels(), anonymous, named, holdsBack(c, insight, finalLevel, texts));
    }

    private static Report.@Nullable Spread spread(@Nullable IndicatorSpread spread) {
        return spread == null ? null : new Report.Spread(spread.groups(), spread.rwg(), spread.consensusScores(),
                spread.fewRaters());
    }

    /**
     * The competency as the engine reads it: its indicators' ids per level, its norm, and external raters left out
     * where the profile does not ask them about it. The one translation of a profile's competency for the engine.
     */
    static Competency engineCompetency(ProfileCompetency c) {
        return new Competency(String.valueOf(c.competencyId()), c.norm(), c.levels().stream()
                .map(l -> l.indicators().stream().map(i -> String.valueOf(i.id())).toList()).toList(),
                c.externalJudges() ? java.util.Set.of() : java.util.Set.of(RaterGroup.EXTERNAL));
    }

    /** What holds the competency back from the level after its level (agreed, else consensus). */
    private static @Nullable HoldsBack holdsBack(ProfileCompetency c, @Nullable CompetencyInsight insight,
            @Nullable Integer level, Map<String, IndicatorDetail> texts) {
        if (insight == null || insight.holdsBack().isEmpty()) {
            return null;
        }
        int next = level == null ? 1 : level + 1;
        return new HoldsBack(c.label(), level, next, c.levels().get(next - 1).indicators().size(), c.norm(),
                insight.holdsBack().stream().map(h -> new HeldIndicator(Long.parseLong(h.indicator()), h.level(),
                        text(texts, h.indicator()),
                        h.score())).toList());
    }

    /** "Level 2 not reached: mean 2.71 < 3.0; lowest: …", or why the level could not be judged. */
    private static Sentence explanation(ProfileCompetency c, CompetencyResult r, List<LevelLine> levels,
            List<IndicatorLine> indicators, Settings settings) {
        Integer level = r.consensus().level();
        if (level == null) {
            return new Sentence("report.explain.insufficient", List.of(settings.minCoverage() * 100));
        }
        if (level == c.levels().size()) {
            return new Sentence("report.explain.all", List.of(level));
        }
        int next = level + 1;
        LevelLine line = levels.get(next - 1);
        if (line.consensusMean() == null) {
            return new Sentence("report.explain.not-judgeable", List.of(next));
        }
        IndicatorLine lowest = null;
        double lowestScore = 0.0;
        for (IndicatorLine i : indicators) {
            Double score = i.consensus();
            if (i.level() == next && score != null && (lowest == null || score < lowestScore)) {
                lowest = i;
                lowestScore = score;
            }
        }
        return new Sentence("report.explain.not-reached", List.of(next, line.consensusMean(), settings.threshold(),
                lowest == null ? "—" : lowest.text(), lowestScore));
    }

    /** How many raters stand behind the consensus: respondents of reported, weighted groups other than SELF. */
    static int contributing(CompetencyResult result, Settings settings) {
        int n = 0;
        for (Map.Entry<RaterGroup, GroupResult> e : result.groups().entrySet()) {
            if (e.getKey() != RaterGroup.SELF && e.getValue().reported() && settings.weight(e.getKey()) > 0) {
                n += e.getValue().respondents();
            }
        }
        return n;
    }
}

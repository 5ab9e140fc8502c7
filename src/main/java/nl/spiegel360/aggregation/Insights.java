package nl.spiegel360.aggregation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import nl.spiegel360.aggregation.AggregationInput.Competency;
import nl.spiegel360.aggregation.AggregationInput.Rater;
import nl.spiegel360.aggregation.AggregationResult.CompetencyResult;
import nl.spiegel360.aggregation.AggregationResult.GroupResult;
import org.jspecify.annotations.Nullable;

/**
 * What a reader needs besides the levels, defined in the project's extension of the aggregation specification
 * ({@code src/docs/aggregation-insights.md}): what holds a level back, progress towards the next level, strengths and
 * areas to improve, the largest self–others differences, self–others agreement per competency, and the spread of
 * the answers per indicator. Built only from what the levels are built from: nothing of a group below its minimum,
 * and nothing of an item below its minimum, appears in any of them.
 */
public record Insights(List<CompetencyInsight> competencies, List<IndicatorScore> strengths,
        List<IndicatorScore> areasToImprove, List<SelfOthersGap> largestGaps) {

    /** How many indicators each of the three lists holds at most. */
    public static final int LIST_SIZE = 5;
    /** Self and others agree on a competency when their means differ by less than this (in scale points). */
    public static final double AGREEMENT_MARGIN = 0.5;
    /** Below this many scores behind the consensus of an indicator, its figures are marked "read with care". */
    public static final int FEW_RATERS = 4;

    public enum SelfOthers { OVER_ESTIMATOR, UNDER_ESTIMATOR, IN_AGREEMENT_GOOD, IN_AGREEMENT_POOR }

    /**
     * One competency. {@code progress} is the consensus level plus the share of the next level's indicators whose
     * consensus reaches the threshold (null when the level is); {@code holdsBack} the indicators of the levels from
     * the next one up to the norm whose consensus is below the threshold or undefined (score null).
     */
    public record CompetencyInsight(String id, @Nullable Double progress, List<HoldingBack> holdsBack,
            @Nullable Double selfMean, @Nullable Double othersMean, @Nullable SelfOthers selfOthers,
            List<IndicatorSpread> spread) {
    }

    /** An indicator of a level not yet met: its consensus score, or null when too few could judge it. */
    public record HoldingBack(String indicator, int level, @Nullable Double score) {
    }

    /** An indicator's consensus score, with its competency and level. */
    public record IndicatorScore(String indicator, String competency, int level, double score) {
    }

    /** An indicator where the employee's own score and the others' consensus differ (self minus others). */
    public record SelfOthersGap(String indicator, String competency, int level, double self, double others,
            double difference) {
    }

    /**
     * The answers to one indicator: per group that reports it, how often each scale point was chosen; the agreement
     * (rwg) of the scores behind the consensus, and how many they are.
     */
    public record IndicatorSpread(String indicator, Map<RaterGroup, GroupSpread> groups, @Nullable Double rwg,
            int consensusScores, boolean fewRaters) {
    }

    /** One group's answers to one indicator: {@code counts[k]} raters chose scale point k + 1. */
    public record GroupSpread(int n, int cantJudge, int min, int max, List<Integer> counts) {
    }

    static Insights of(List<Competency> profile, Map<RaterGroup, List<Rater>> byGroup, Settings settings,
            List<CompetencyResult> results) {
        List<CompetencyInsight> competencies = new ArrayList<>();
        List<IndicatorScore> scored = new ArrayList<>();
        List<SelfOthersGap> gaps = new ArrayList<>();
        for (int c = 0; c < profile.size(); c++) {
            Competency competency = profile.get(c);
            CompetencyResult result = results.get(c);
            Map<String, @Nullable Double> consensus = result.consensus().indicatorScores();
            GroupResult self = result.groups().get(RaterGroup.SELF);
            double selfSum = 0;
            double othersSum = 0;
            int both = 0;
            List<IndicatorSpread> spread = new ArrayList<>();
            for (int l = 0; l < competency.levels().size(); l++) {
                for (String i : competency.levels().get(l)) {
                    Double others = consensus.get(i);
                    Double own = self == null || !self.reported() ? null : self.indicatorScores().get(i);
                    if (others != null) {
                        scored.add(new IndicatorScore(i, competency.id(), l + 1, others));
                    }
                    if (others != null && own != null) {
                        selfSum += own;
                        othersSum += others;
                        both++;
                        if (Math.abs(own - others) > AggregationEngine.EPS) {
                            gaps.add(new SelfOthersGap(i, competency.id(), l + 1, own, others, own - others));
                        }
                    }
                    spread.add(spread(i, result, byGroup, settings));
                }
            }
            Double selfMean = both == 0 ? null : selfSum / both;
            Double othersMean = both == 0 ? null : othersSum / both;
            Integer level = result.consensus().level();
            competencies.add(new CompetencyInsight(competency.id(), progress(competency, result, settings, level),
                    holdsBack(competency, result, settings, level), selfMean, othersMean,
                    selfOthers(selfMean, othersMean, level, result.norm()), List.copyOf(spread)));
        }
        List<IndicatorScore> strengths = scored.stream()
                .sorted(comparingScore((IndicatorScore i) -> i.score()).reversed()).limit(LIST_SIZE).toList();
        Set<IndicatorScore> shown = new HashSet<>(strengths);
        List<IndicatorScore> areas = scored.stream().filter(s -> !shown.contains(s))
                .sorted(comparingScore(IndicatorScore::score)).limit(LIST_SIZE).toList();
        List<SelfOthersGap> largest = gaps.stream()
                .sorted(comparingScore((SelfOthersGap g) -> Math.abs(g.difference())).reversed())
                .limit(LIST_SIZE).toList();
        return new Insights(List.copyOf(competencies), strengths, areas, largest);
    }

    /**
     * Orders by a score the way every ordering of the specification does: scores that differ by less than EPS (the
     * noise of adding the same fractions in another order) are equal, and a stable sort keeps them in profile
     * order. Scores are compared on a grid of EPS, which keeps the order transitive.
     */
    public static <T> Comparator<T> comparingScore(ToDoubleFunction<T> score) {
        return Comparator.comparingLong(t -> grid(score.applyAsDouble(t)));
    }

    private static long grid(double score) {
        return Math.round(score / AggregationEngine.EPS);
    }

    /**
     * The insight of a competency read from another level than the consensus, the agreed one where the manager set
     * it: progress, what holds it back and the self–others category follow that level; the rest stays as computed.
     */
    public static CompetencyInsight atLevel(CompetencyInsight insight, Competency competency, CompetencyResult result,
            Settings settings, @Nullable Integer level) {
        return new CompetencyInsight(insight.id(), progress(competency, result, settings, level),
                holdsBack(competency, result, settings, level), insight.selfMean(), insight.othersMean(),
                selfOthers(insight.selfMean(), insight.othersMean(), level, result.norm()), insight.spread());
    }

    private static @Nullable Double progress(Competency competency, CompetencyResult result, Settings settings,
            @Nullable Integer level) {
        if (level == null) {
            return null;
        }
        if (level >= competency.levels().size()) {
            return (double) level;
        }
        List<String> next = competency.levels().get(level);
        long met = next.stream().map(i -> result.consensus().indicatorScores().get(i))
                .filter(s -> s != null && settings.reaches(s)).count();
        return level + (double) met / next.size();
    }

    private static List<HoldingBack> holdsBack(Competency competency, CompetencyResult result, Settings settings,
            @Nullable Integer level) {
        int from = level == null ? 1 : level + 1;
        int to = Math.min(competency.levels().size(), Math.max(from, competency.norm()));
        List<HoldingBack> holding = new ArrayList<>();
        for (int l = from; l <= to; l++) {
            List<HoldingBack> ofLevel = new ArrayList<>();
            for (String i : competency.levels().get(l - 1)) {
                Double score = result.consensus().indicatorScores().get(i);
                if (score == null || !settings.reaches(score)) {
                    ofLevel.add(new HoldingBack(i, l, score));
                }
            }
            ofLevel.sort(Comparator.comparingLong(h -> h.score() == null ? Long.MIN_VALUE : grid(h.score())));
            holding.addAll(ofLevel);
        }
        return List.copyOf(holding);
    }

    private static @Nullable SelfOthers selfOthers(@Nullable Double self, @Nullable Double others,
            @Nullable Integer level, int norm) {
        if (self == null || others == null) {
            return null;
        }
        double d = self - others;
        if (d >= AGREEMENT_MARGIN - AggregationEngine.EPS) {
            return SelfOthers.OVER_ESTIMATOR;
        }
        if (d <= -AGREEMENT_MARGIN + AggregationEngine.EPS) {
            return SelfOthers.UNDER_ESTIMATOR;
        }
        return level != null && level >= norm ? SelfOthers.IN_AGREEMENT_GOOD : SelfOthers.IN_AGREEMENT_POOR;
    }

    private static IndicatorSpread spread(String indicator, CompetencyResult result,
            Map<RaterGroup, List<Rater>> byGroup, Settings settings) {
        Map<RaterGroup, GroupSpread> groups = new EnumMap<>(RaterGroup.class);
        List<Integer> behindConsensus = new ArrayList<>();
        result.groups().forEach((group, g) -> {
            if (!g.reported() || g.indicatorScores().get(indicator) == null) {
                return;
            }
            Integer[] counts = new Integer[settings.scaleMax()];
            java.util.Arrays.fill(counts, 0);
            int n = 0;
            int cantJudge = 0;
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (Rater r : byGroup.getOrDefault(group, List.of())) {
                Integer score = r.scores().get(indicator);
                if (score == null) {
                    cantJudge++;
                    continue;
                }
                counts[score - 1]++;
                n++;
                min = Math.min(min, score);
                max = Math.max(max, score);
                if (group != RaterGroup.SELF && settings.weight(group) > 0) {
                    behindConsensus.add(score);
                }
            }
            groups.put(group, new GroupSpread(n, cantJudge, min, max, List.of(counts)));
        });
        return new IndicatorSpread(indicator, groups, rwg(behindConsensus, settings), behindConsensus.size(),
                behindConsensus.size() < FEW_RATERS);
    }

    /** The agreement of these scores, as in step 7 of the specification; null below two scores. */
    static @Nullable Double rwg(List<Integer> scores, Settings settings) {
        if (scores.size() < 2) {
            return null;
        }
        double sigmaE2 = (settings.scaleMax() * (double) settings.scaleMax() - 1) / 12.0;
        double mean = scores.stream().mapToInt(Integer::intValue).average().orElse(0);
        double variance = scores.stream().mapToDouble(s -> (s - mean) * (s - mean)).sum() / (scores.size() - 1);
        return Math.max(0, 1 - variance / sigmaE2);
    }
}

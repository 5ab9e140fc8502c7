package nl.spiegel360.aggregation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spiegel360.aggregation.AggregationInput.Competency;
import nl.spiegel360.aggregation.AggregationInput.Rater;
import nl.spiegel360.aggregation.AggregationResult.AgreementLabel;
import nl.spiegel360.aggregation.AggregationResult.CompetencyResult;
import nl.spiegel360.aggregation.AggregationResult.ConsensusResult;
import nl.spiegel360.aggregation.AggregationResult.GroupResult;
import nl.spiegel360.aggregation.AggregationResult.Status;
import org.jspecify.annotations.Nullable;

/**
 * Merges the submitted ratings of one review into a consensus level per competency, compared with the norm, as
 * the aggregation specification describes: respondents and anonymity, group and consensus indicator scores,
 * cumulative levels with coverage, gap and status, self versus others, agreement (rwg), totals.
 */
public final class AggregationEngine {

    static final double EPS = 1e-9;

    private AggregationEngine() {
    }

    public static AggregationResult aggregate(List<Competency> profile, List<Rater> raters, Settings settings) {
        settings.validated();
        validate(profile, raters, settings);
        Map<RaterGroup, List<Rater>> byGroup = new EnumMap<>(RaterGroup.class);
        raters.forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
        List<CompetencyResult> results = new ArrayList<>();
        for (Competency c : profile) {
            results.add(new CompetencyAggregation(c, byGroup, settings).result());
        }
        int assessed = (int) results.stream().filter(r -> r.consensus().level() != null).count();
        int atOrAbove = (int) results.stream().filter(r -> r.gap() != null && r.gap() >= 0).count();
        return new AggregationResult(List.copyOf(results), assessed, atOrAbove,
                Insights.of(profile, byGroup, settings, results));
    }

    private static void validate(List<Competency> profile, List<Rater> raters, Settings settings) {
        Set<String> competencyIds = new HashSet<>();
        Set<String> indicators = new HashSet<>();
        for (Competency c : profile) {
            if (!competencyIds.add(c.id())) {
                throw new AggregationException("duplicate competency " + c.id());
            }
            for (int l = 0; l < c.levels().size(); l++) {
                if (c.levels().get(l).isEmpty()) {
                    throw new AggregationException("competency " + c.id() + ": level " + (l + 1) + " is empty");
                }
                for (String indicator : c.levels().get(l)) {
                    if (!indicators.add(indicator)) {
                        throw new AggregationException("duplicate indicator " + indicator);
                    }
                }
            }
            if (c.norm() < 1 || c.norm() > c.levels().size()) {
                throw new AggregationException("competency " + c.id() + ": norm " + c.norm() + " outside 1.."
                        + c.levels().size());
            }
        }
        Set<String> raterIds = new HashSet<>();
        for (Rater r : raters) {
            if (!raterIds.add(r.id())) {
                throw new AggregationException("duplicate rater " + r.id());
            }
            if (r.group() == null) {
                throw new AggregationException("rater " + r.id() + ": no group");
            }
            r.scores().forEach((indicator, score) -> {
                if (!indicators.contains(indicator)) {
                    throw new AggregationException("rater " + r.id() + ": unknown indicator " + indicator);
                }
                if (score != null && (score < 1 || score > settings.scaleMax())) {
                    throw new AggregationException("rater " + r.id() + ": score " + score + " for " + indicator
                            + " outside 1.." + settings.scaleMax());
                }
            });
        }
    }

    /** The computation for one competency. */
    private static final class CompetencyAggregation {
        private final Competency competency;
        private final Map<RaterGroup, List<Rater>> byGroup;
        private final Settings settings;
        private final List<String> indicators = new ArrayList<>();

        CompetencyAggregation(Competency competency, Map<RaterGroup, List<Rater>> byGroup, Settings settings) {
            this.competency = competency;
            Map<RaterGroup, List<Rater>> asked = new EnumMap<>(byGroup);
            asked.keySet().removeAll(competency.notAsked());
            this.byGroup = asked;
            this.settings = settings;
            competency.levels().forEach(indicators::addAll);
        }

        CompetencyResult result() {
            Map<RaterGroup, GroupResult> groups = new EnumMap<>(RaterGroup.class);
            Map<RaterGroup, Map<String, @Nullable Double>> groupScores = new EnumMap<>(RaterGroup.class);
            byGroup.forEach((group, raters) -> {
                boolean reported = raters.size() >= settings.minimum(group);
                if (!reported) {
                    groups.put(group, new GroupResult(raters.size(), false, null, null, Map.of()));
                    return;
                }
                Map<String, @Nullable Double> scores = groupIndicatorScores(group, raters);
                groupScores.put(group, scores);
                Levels levels = levels(scores);
                groups.put(group, new GroupResult(raters.size(), true, levels.level, levels.means, scores));
            });
            Map<String, List<RaterGroup>> contributors = new LinkedHashMap<>();
            Map<String, @Nullable Double> consensus = consensusScores(groupScores, contributors);
            Levels levels = levels(consensus);
            List<Integer> inconsistent = new ArrayList<>();
            if (levels.level != null) {
                for (int l = levels.level + 2; l <= competency.levels().size(); l++) {
                    if (levels.met.get(l - 1)) {
                        inconsistent.add(l);
                    }
                }
            }
            Integer gap = levels.level == null ? null : levels.level - competency.norm();
            Status status = Status.of(levels.level, competency.norm());
            GroupResult self = groups.get(RaterGroup.SELF);
            Integer selfDelta = self == null || self.level() == null || levels.level == null ? null
                    : self.level() - levels.level;
            List<String> blindSpots = new ArrayList<>();
            List<String> hiddenStrengths = new ArrayList<>();
            Map<String, @Nullable Double> selfScores = groupScores.get(RaterGroup.SELF);
            if (selfScores != null) {
                for (String i : indicators) {
                    Double s = selfScores.get(i);
                    Double o = consensus.get(i);
                    if (s != null && o != null) {
                        double d = s - o;
                        if (d >= 1.0 - EPS) {
                            blindSpots.add(i);
                        } else if (d <= -1.0 + EPS) {
                            hiddenStrengths.add(i);
                        }
                    }
                }
            }
            Double agreement = agreement(contributors);
            AgreementLabel label = agreement == null ? null : agreement >= 0.70 - EPS ? AgreementLabel.HIGH
                    : agreement >= 0.50 - EPS ? AgreementLabel.MODERATE : AgreementLabel.LOW;
            return new CompetencyResult(competency.id(), competency.norm(), groups,
                    new ConsensusResult(levels.level, levels.means, consensus, List.copyOf(inconsistent)), gap, status,
                    selfDelta, List.copyOf(blindSpots), List.copyOf(hiddenStrengths), agreement, label,
                    notObserved(groupScores.keySet()));
        }

        private Map<String, @Nullable Double> groupIndicatorScores(RaterGroup group, List<Rater> raters) {
            Map<String, @Nullable Double> scores = new LinkedHashMap<>();
            for (String i : indicators) {
                int n = 0;
                double sum = 0;
                for (Rater r : raters) {
                    Integer score = r.scores().get(i);
                    if (score != null) {
                        n++;
                        sum += score;
                    }
                }
                scores.put(i, n >= settings.minimum(group) && n > 0 ? sum / n : null);
            }
            return scores;
        }

        private Map<String, @Nullable Double> consensusScores(Map<RaterGroup, Map<String, @Nullable Double>> groupScores,
                Map<String, List<RaterGroup>> contributors) {
            Map<String, @Nullable Double> consensus = new LinkedHashMap<>();
            for (String i : indicators) {
                double weighted = 0;
                double weights = 0;
                List<RaterGroup> used = new ArrayList<>();
                for (var e : groupScores.entrySet()) {
                    RaterGroup g = e.getKey();
                    Double s = e.getValue().get(i);
                    double w = settings.weight(g);
                    if (g != RaterGroup.SELF && w > 0 && s != null) {
                        weighted += w * s;
                        weights += w;
                        used.add(g);
                    }
                }
                consensus.put(i, used.isEmpty() ? null : weighted / weights);
                contributors.put(i, used);
            }
            return consensus;
        }

        private @Nullable Double agreement(Map<String, List<RaterGroup>> contributors) {
            double total = 0;
            int count = 0;
            for (String i : indicators) {
                List<Integer> scores = new ArrayList<>();
                for (RaterGroup g : contributors.getOrDefault(i, List.of())) {
                    for (Rater r : byGroup.getOrDefault(g, List.of())) {
                        Integer s = r.scores().get(i);
                        if (s != null) {
                            scores.add(s);
                        }
                    }
                }
                Double rwg = Insights.rwg(scores, settings);
                if (rwg != null) {
                    total += rwg;
                    count++;
                }
            }
            return count == 0 ? null : total / count;
        }

        private Map<String, Integer> notObserved(Set<RaterGroup> reportedGroups) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String i : indicators) {
                int n = 0;
                for (RaterGroup g : reportedGroups) {
                    if (g != RaterGroup.SELF) {
                        n += (int) byGroup.getOrDefault(g, List.of()).stream()
                                .filter(r -> r.scores().get(i) == null).count();
                    }
                }
                counts.put(i, n);
            }
            return counts;
        }

        /** Level means, which levels are met, and the cumulative level of one score source. */
        private record Levels(@Nullable Integer level, List<@Nullable Double> means, List<Boolean> met) {
        }

        private Levels levels(Map<String, @Nullable Double> scores) {
            List<@Nullable Double> means = new ArrayList<>();
            List<Boolean> met = new ArrayList<>();
            List<Boolean> judgeable = new ArrayList<>();
            for (List<String> level : competency.levels()) {
                int defined = 0;
                double sum = 0;
                for (String i : level) {
                    Double s = scores.get(i);
                    if (s != null) {
                        defined++;
                        sum += s;
                    }
                }
                boolean canJudge = defined >= 1 && (double) defined / level.size() >= settings.minCoverage() - EPS;
                Double mean = canJudge ? sum / defined : null;
                means.add(mean);
                judgeable.add(canJudge);
                met.add(mean != null && settings.reaches(mean));
            }
            Integer level;
            if (judgeable.isEmpty() || !judgeable.getFirst()) {
                level = null;
            } else {
                int l = 0;
                while (l < met.size() && met.get(l)) {
                    l++;
                }
                level = l;
            }
            return new Levels(level, means, met);
        }
    }
}

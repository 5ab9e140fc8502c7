package nl.spiegel360.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import nl.spiegel360.aggregation.AggregationInput.Competency;
import nl.spiegel360.aggregation.AggregationInput.Rater;
import org.junit.jupiter.api.Test;

/**
 * The one anonymity rule as an invariant of everything the engine computes. Over hundreds of random reviews and
 * pulses (seeded; random profiles, group sizes, minimums, weights and can't-judge patterns) the hidden answers of
 * {@link HiddenAnswers} are changed, and the whole stored result of a review (levels, consensus, agreement, blind
 * spots, insights, spreads, counts) and the whole frozen result of a pulse must stay the same, to the last bit. Every
 * output a person reads is built from these results alone; {@code AnonymityInvariantTest} renders them.
 */
class AnonymityPropertyTest {

    private static final int CASES = 400;

    /** A random review: its profile, its submitted questionnaires and its cycle's settings. */
    record Case(List<Competency> profile, List<Rater> raters, Settings settings) {

        List<String> indicators() {
            return profile.stream().flatMap(c -> c.levels().stream()).flatMap(List::stream).toList();
        }

        Case with(List<Rater> others) {
            return new Case(profile, others, settings);
        }
    }

    @Test
    void no_figure_of_a_review_or_a_pulse_changes_when_answers_the_rule_hides_do() {
        int hidden = 0;
        for (int seed = 0; seed < CASES; seed++) {
            Case review = random(new Random(seed));
            Case changed = review.with(HiddenAnswers.perturbed(review.raters(), review.settings(),
                    new Random(seed * 7919L + 1)));
            hidden += HiddenAnswers.count(review.raters(), review.settings());
            assertThat(review(changed)).as("the review of seed %d", seed).isEqualTo(review(review));
            assertThat(pulse(changed)).as("the pulse of seed %d", seed).isEqualTo(pulse(review));
        }
        assertThat(hidden).as("the cases hide answers at group and at item level").isGreaterThan(CASES * 5);
    }

    @Test
    void the_invariant_catches_a_result_that_checks_only_the_group_minimum() {
        // the pulse as it was frozen before it went through the engine: the group's minimum of questionnaires,
        // then the mean of whatever scores an item has
        Function<Case, String> groupMinimumOnly = c -> {
            Map<String, Map<RaterGroup, Double>> cells = new LinkedHashMap<>();
            Map<RaterGroup, List<Rater>> groups = new EnumMap<>(RaterGroup.class);
            c.raters().forEach(r -> groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
            for (String i : c.indicators()) {
                groups.forEach((group, raters) -> {
                    if (raters.size() >= c.settings().minimum(group)) {
                        raters.stream().map(r -> r.scores().get(i)).filter(s -> s != null)
                                .mapToInt(Integer::intValue).average().ifPresent(mean ->
                                        cells.computeIfAbsent(i, k -> new EnumMap<>(RaterGroup.class)).put(group, mean));
                    }
                });
            }
            return cells.toString();
        };
        int caught = 0;
        for (int seed = 0; seed < CASES; seed++) {
            Case review = random(new Random(seed));
            Case changed = review.with(HiddenAnswers.perturbed(review.raters(), review.settings(),
                    new Random(seed * 7919L + 1)));
            if (!groupMinimumOnly.apply(changed).equals(groupMinimumOnly.apply(review))) {
                caught++;
            }
        }
        assertThat(caught).as("cases in which the item-level rule switched off shows a hidden answer")
                .isGreaterThan(CASES / 4);
    }

    private static String review(Case c) {
        return VectorFiles.JSON.writeValueAsString(AggregationEngine.aggregate(c.profile(), c.raters(), c.settings()));
    }

    private static String pulse(Case c) {
        return ItemScores.of(c.indicators(), c.raters(), c.settings()).toString();
    }

    /** A random profile of 1 to 4 competencies of 1 to 3 levels, raters of every group, and random settings. */
    static Case random(Random random) {
        List<Competency> profile = new ArrayList<>();
        int indicatorId = 0;
        for (int c = 0, n = 1 + random.nextInt(4); c < n; c++) {
            List<List<String>> levels = new ArrayList<>();
            for (int l = 0, k = 1 + random.nextInt(3); l < k; l++) {
                List<String> level = new ArrayList<>();
                for (int i = 0, m = 1 + random.nextInt(4); i < m; i++) {
                    level.add("i" + indicatorId++);
                }
                levels.add(level);
            }
            profile.add(new Competency("c" + c, 1 + random.nextInt(levels.size()), levels));
        }
        int scaleMax = 4 + random.nextInt(2);
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("scaleMax", scaleMax);
        overrides.put("threshold", 2.5 + random.nextInt(3) * 0.5);
        Map<String, Object> minimums = new HashMap<>();
        Map<String, Object> weights = new HashMap<>();
        for (RaterGroup g : List.of(RaterGroup.MANAGER, RaterGroup.PEER, RaterGroup.DIRECT_REPORT, RaterGroup.OTHER)) {
            minimums.put(g.name(), g == RaterGroup.MANAGER ? 1 + random.nextInt(2) : 2 + random.nextInt(3));
            weights.put(g.name(), (double) random.nextInt(3));
        }
        overrides.put("anonymityMin", minimums);
        overrides.put("weights", weights);
        Settings settings = Settings.of(overrides);
        List<String> indicators = profile.stream().flatMap(c -> c.levels().stream()).flatMap(List::stream).toList();
        List<Rater> raters = new ArrayList<>();
        double cantJudge = random.nextDouble() * 0.6;
        int[] sizes = {random.nextInt(2), random.nextInt(2), random.nextInt(6), random.nextInt(5), random.nextInt(5)};
        RaterGroup[] groups = {RaterGroup.SELF, RaterGroup.MANAGER, RaterGroup.PEER, RaterGroup.DIRECT_REPORT,
            RaterGroup.OTHER};
        for (int g = 0; g < groups.length; g++) {
            for (int r = 0; r < sizes[g]; r++) {
                Map<String, Integer> scores = new HashMap<>();
                for (String i : indicators) {
                    scores.put(i, random.nextDouble() < cantJudge ? null : 1 + random.nextInt(scaleMax));
                }
                raters.add(new Rater(groups[g].name() + r, groups[g], scores));
            }
        }
        return new Case(List.copyOf(profile), List.copyOf(raters), settings);
    }
}

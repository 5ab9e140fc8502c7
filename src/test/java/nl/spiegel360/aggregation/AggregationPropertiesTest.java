package nl.spiegel360.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.spiegel360.aggregation.AggregationInput.Competency;
import nl.spiegel360.aggregation.AggregationInput.Rater;
import nl.spiegel360.aggregation.AggregationResult.CompetencyResult;
import nl.spiegel360.aggregation.AggregationResult.GroupResult;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Properties of the engine over many random reviews on a profile shaped like the Klantadviseur profile. */
class AggregationPropertiesTest {

    private static final List<Competency> PROFILE = profile();

    @RepeatedTest(200)
    void adding_a_self_rating_never_changes_the_consensus(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<Rater> raters = randomRaters(random, false);
        AggregationResult without = AggregationEngine.aggregate(PROFILE, raters, Settings.defaults());
        List<Rater> withSelf = new ArrayList<>(raters);
        withSelf.add(rater("self", RaterGroup.SELF, random));
        AggregationResult with = AggregationEngine.aggregate(PROFILE, withSelf, Settings.defaults());
        for (int c = 0; c < PROFILE.size(); c++) {
            assertThat(with.competencies().get(c).consensus()).isEqualTo(without.competencies().get(c).consensus());
            assertThat(with.competencies().get(c).agreement()).isEqualTo(without.competencies().get(c).agreement());
            assertThat(with.competencies().get(c).status()).isEqualTo(without.competencies().get(c).status());
        }
    }

    @RepeatedTest(100)
    void a_group_not_asked_about_a_competency_takes_no_part_in_it_and_changes_no_other(RepetitionInfo repetition) {
        Random random = new Random(5000 + repetition.getCurrentRepetition());
        List<Rater> raters = randomRaters(random, true);
        List<String> asked = List.of(PROFILE.get(2).id(), PROFILE.get(4).id());
        List<Rater> withCustomers = new ArrayList<>(raters);
        for (int i = 0; i < 3 + random.nextInt(3); i++) {
            Map<String, Integer> scores = new HashMap<>();
            PROFILE.stream().filter(c -> asked.contains(c.id())).flatMap(c -> c.levels().stream())
                    .flatMap(List::stream).forEach(id -> scores.put(id, random.nextInt(6) == 0 ? null
                            : 1 + random.nextInt(4)));
            withCustomers.add(new Rater("customer" + i, RaterGroup.EXTERNAL, scores));
        }
        List<Competency> profile = PROFILE.stream().map(c -> asked.contains(c.id()) ? c
                : new Competency(c.id(), c.norm(), c.levels(), java.util.Set.of(RaterGroup.EXTERNAL))).toList();
        AggregationResult without = AggregationEngine.aggregate(profile, raters, Settings.defaults());
        AggregationResult with = AggregationEngine.aggregate(profile, withCustomers, Settings.defaults());
        for (int c = 0; c < PROFILE.size(); c++) {
            CompetencyResult result = with.competencies().get(c);
            if (asked.contains(PROFILE.get(c).id())) {
                assertThat(result.groups()).containsKey(RaterGroup.EXTERNAL);
                assertThat(result.groups().get(RaterGroup.EXTERNAL).respondents())
                        .isEqualTo(withCustomers.size() - raters.size());
            } else {
                assertThat(result).as("a competency customers were not asked about").usingRecursiveComparison()
                        .isEqualTo(without.competencies().get(c));
            }
        }
    }

    @RepeatedTest(200)
    void raising_one_score_never_lowers_a_level(RepetitionInfo repetition) {
        Random random = new Random(1000 + repetition.getCurrentRepetition());
        List<Rater> raters = randomRaters(random, true);
        AggregationResult before = AggregationEngine.aggregate(PROFILE, raters, Settings.defaults());
        Rater chosen = raters.get(random.nextInt(raters.size()));
        List<String> raisable = chosen.scores().entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() < 4).map(Map.Entry::getKey).sorted().toList();
        if (raisable.isEmpty()) {
            return;
        }
        String indicator = raisable.get(random.nextInt(raisable.size()));
        Map<String, Integer> raised = new HashMap<>(chosen.scores());
        raised.put(indicator, raised.get(indicator) + 1);
        List<Rater> after = new ArrayList<>(raters);
        after.set(raters.indexOf(chosen), new Rater(chosen.id(), chosen.group(), raised));
        AggregationResult result = AggregationEngine.aggregate(PROFILE, after, Settings.defaults());
        for (int c = 0; c < PROFILE.size(); c++) {
            assertThat(level(result.competencies().get(c).consensus().level()))
                    .isGreaterThanOrEqualTo(level(before.competencies().get(c).consensus().level()));
        }
        int c = PROFILE.indexOf(PROFILE.stream().filter(p -> p.levels().stream().anyMatch(l -> l.contains(indicator)))
                .findFirst().orElseThrow());
        GroupResult groupBefore = before.competencies().get(c).groups().get(chosen.group());
        GroupResult groupAfter = result.competencies().get(c).groups().get(chosen.group());
        assertThat(level(groupAfter.level())).isGreaterThanOrEqualTo(level(groupBefore.level()));
    }

    @RepeatedTest(200)
    void a_group_below_its_minimum_never_changes_any_number_shown(RepetitionInfo repetition) {
        Random random = new Random(5000 + repetition.getCurrentRepetition());
        List<Rater> raters = randomRaters(random, true);
        AggregationResult before = AggregationEngine.aggregate(PROFILE, raters, Settings.defaults());
        List<Rater> withOthers = new ArrayList<>(raters);
        int others = 1 + random.nextInt(2);
        for (int i = 0; i < others; i++) {
            withOthers.add(rater("other" + i, RaterGroup.OTHER, random));
        }
        AggregationResult after = AggregationEngine.aggregate(PROFILE, withOthers, Settings.defaults());
        for (int c = 0; c < PROFILE.size(); c++) {
            CompetencyResult a = after.competencies().get(c);
            CompetencyResult b = before.competencies().get(c);
            assertThat(a.consensus()).isEqualTo(b.consensus());
            assertThat(a.agreement()).isEqualTo(b.agreement());
            assertThat(a.blindSpots()).isEqualTo(b.blindSpots());
            assertThat(a.hiddenStrengths()).isEqualTo(b.hiddenStrengths());
            assertThat(a.notObserved()).isEqualTo(b.notObserved());
            GroupResult other = a.groups().get(RaterGroup.OTHER);
            assertThat(other.reported()).isFalse();
            assertThat(other.respondents()).isEqualTo(others);
            assertThat(other.level()).isNull();
            assertThat(other.levelMeans()).isNull();
            assertThat(other.indicatorScores()).isEmpty();
        }
        assertThat(after.competenciesAssessed()).isEqualTo(before.competenciesAssessed());
    }

    private static int level(Integer level) {
        return level == null ? -1 : level;
    }

    private static List<Rater> randomRaters(Random random, boolean withSelf) {
        List<Rater> raters = new ArrayList<>();
        if (withSelf) {
            raters.add(rater("self", RaterGroup.SELF, random));
        }
        raters.add(rater("manager", RaterGroup.MANAGER, random));
        int peers = random.nextInt(7);
        for (int i = 0; i < peers; i++) {
            raters.add(rater("peer" + i, RaterGroup.PEER, random));
        }
        return raters;
    }

    private static Rater rater(String id, RaterGroup group, Random random) {
        Map<String, Integer> scores = new HashMap<>();
        int style = random.nextInt(4);
        for (Competency c : PROFILE) {
            c.levels().forEach(level -> level.forEach(i -> {
                if (random.nextInt(10) == 0) {
                    scores.put(i, null);
                } else {
                    scores.put(i, Math.max(1, Math.min(4, 1 + style + random.nextInt(3) - 1)));
                }
            }));
        }
        return new Rater(id, group, scores);
    }

    private static List<Competency> profile() {
        int[][] shape = {{4, 4, 4}, {4, 4, 4}, {4, 3, 3}, {4, 4, 3}, {4, 3, 4}, {4, 4, 4}};
        int[] norms = {1, 1, 2, 2, 2, 2};
        List<Competency> competencies = new ArrayList<>();
        for (int c = 0; c < shape.length; c++) {
            List<List<String>> levels = new ArrayList<>();
            for (int l = 0; l < shape[c].length; l++) {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < shape[c][l]; i++) {
                    ids.add("c" + c + "." + (l + 1) + "." + (i + 1));
                }
                levels.add(ids);
            }
            competencies.add(new Competency("c" + c, norms[c], levels));
        }
        return competencies;
    }
}

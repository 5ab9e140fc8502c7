package nl.spiegel360.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.AggregationInput.Competency;
import nl.spiegel360.aggregation.AggregationInput.Rater;
import nl.spiegel360.aggregation.Insights.CompetencyInsight;
import nl.spiegel360.aggregation.Insights.HoldingBack;
import nl.spiegel360.aggregation.Insights.IndicatorScore;
import nl.spiegel360.aggregation.Insights.SelfOthers;
import nl.spiegel360.aggregation.Insights.SelfOthersGap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The insights of src/docs/aggregation-insights.md, figure by figure, on small cases computed by hand. */
class InsightsTest {

    /** c: level 1 {a1, a2}, level 2 {b1, b2, b3}, level 3 {d1}; norm 2. */
    static final Competency C = new Competency("c", 2, List.of(List.of("a1", "a2"), List.of("b1", "b2", "b3"),
            List.of("d1")));

    static Rater rater(String id, RaterGroup group, @Nullable Integer a1, @Nullable Integer a2, @Nullable Integer b1,
            @Nullable Integer b2, @Nullable Integer b3, @Nullable Integer d1) {
        Map<String, @Nullable Integer> scores = new HashMap<>();
        scores.put("a1", a1);
        scores.put("a2", a2);
        scores.put("b1", b1);
        scores.put("b2", b2);
        scores.put("b3", b3);
        scores.put("d1", d1);
        return new Rater(id, group, scores);
    }

    /**
     * Consensus: a1 4, a2 3.5, b1 2, b2 3, b3 undefined (the manager cannot judge it and only two of three peers
     * did: below the peers' minimum), d1 4 (the manager alone). Level 1 met (3.75), level 2 not (2.5): level 1.
     */
    static List<Rater> raters() {
        return new ArrayList<>(List.of(
                rater("s", RaterGroup.SELF, 4, 4, 4, 3, 4, 4),
                rater("m", RaterGroup.MANAGER, 4, 4, 2, 3, null, 4),
                rater("p1", RaterGroup.PEER, 4, 3, 2, 3, 3, null),
                rater("p2", RaterGroup.PEER, 4, 3, 2, 3, 3, null),
                rater("p3", RaterGroup.PEER, 4, 3, 2, 3, null, null)));
    }

    static Insights insights(List<Rater> raters) {
        Insights insights = AggregationEngine.aggregate(List.of(C), raters, Settings.defaults()).insights();
        assertThat(insights).isNotNull();
        return insights;
    }

    @Test
    void what_holds_the_level_back_lists_unobserved_items_first_then_the_lowest() {
        CompetencyInsight c = insights(raters()).competencies().getFirst();
        assertThat(c.holdsBack()).containsExactly(new HoldingBack("b3", 2, null), new HoldingBack("b1", 2, 2.0));
        assertThat(c.progress()).isCloseTo(1 + 1.0 / 3, within(1e-9));
    }

    @Test
    void below_the_norm_every_level_up_to_it_holds_back_and_at_the_top_nothing_does() {
        Competency high = new Competency("c", 3, C.levels());
        var result = AggregationEngine.aggregate(List.of(high), raters(), Settings.defaults());
        assertThat(result.insights().competencies().getFirst().holdsBack()).extracting(HoldingBack::indicator)
                .containsExactly("b3", "b1");
        List<Rater> all = new ArrayList<>();
        for (String id : List.of("m", "p1", "p2", "p3")) {
            all.add(rater(id, id.equals("m") ? RaterGroup.MANAGER : RaterGroup.PEER, 4, 4, 4, 4, 4, 4));
        }
        CompetencyInsight top = AggregationEngine.aggregate(List.of(high), all, Settings.defaults()).insights()
                .competencies().getFirst();
        assertThat(top.holdsBack()).isEmpty();
        assertThat(top.progress()).isEqualTo(3.0);
    }

    @Test
    void a_competency_without_a_level_is_held_back_by_level_one() {
        List<Rater> low = List.of(rater("m", RaterGroup.MANAGER, 2, 1, null, null, null, null));
        CompetencyInsight c = insights(low).competencies().getFirst();
        assertThat(c.progress()).as("level 0 is a level").isEqualTo(0.0);
        assertThat(c.holdsBack()).containsExactly(new HoldingBack("a2", 1, 1.0), new HoldingBack("a1", 1, 2.0),
                new HoldingBack("b1", 2, null), new HoldingBack("b2", 2, null), new HoldingBack("b3", 2, null));
        CompetencyInsight none = insights(List.of(rater("s", RaterGroup.SELF, 4, 4, 4, 4, 4, 4))).competencies()
                .getFirst();
        assertThat(none.progress()).isNull();
        assertThat(none.holdsBack()).extracting(HoldingBack::indicator).containsExactly("a1", "a2", "b1", "b2", "b3");
        assertThat(none.selfOthers()).as("no consensus to compare with").isNull();
    }

    @Test
    void strengths_and_largest_differences_keep_the_profile_order_on_ties() {
        Insights insights = insights(raters());
        assertThat(insights.strengths()).extracting(IndicatorScore::indicator)
                .containsExactly("a1", "d1", "a2", "b2", "b1");
        assertThat(insights.areasToImprove()).as("five scored indicators are all strengths").isEmpty();
        assertThat(insights.largestGaps()).extracting(SelfOthersGap::indicator, SelfOthersGap::difference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b1", 2.0),
                        org.assertj.core.groups.Tuple.tuple("a2", 0.5));
    }

    @Test
    void areas_to_improve_are_the_lowest_not_already_strengths() {
        Competency e = new Competency("e", 1, List.of(List.of("e1", "e2", "e3", "e4", "e5", "e6")));
        Map<String, @Nullable Integer> scores = new HashMap<>(Map.of("e1", 2, "e2", 1, "e3", 2, "e4", 4, "e5", 3,
                "e6", 4));
        Insights insights = AggregationEngine.aggregate(List.of(e), List.of(new Rater("m", RaterGroup.MANAGER,
                scores)), Settings.defaults()).insights();
        assertThat(insights.strengths()).extracting(IndicatorScore::indicator)
                .containsExactly("e4", "e6", "e5", "e1", "e3");
        assertThat(insights.areasToImprove()).extracting(IndicatorScore::indicator).containsExactly("e2");
        assertThat(insights.strengths().getFirst()).isEqualTo(new IndicatorScore("e4", "e", 1, 4.0));
    }

    @Test
    void self_others_agreement_follows_the_margin_and_the_norm() {
        CompetencyInsight c = insights(raters()).competencies().getFirst();
        assertThat(c.selfMean()).isCloseTo(3.8, within(1e-9));
        assertThat(c.othersMean()).isCloseTo(3.3, within(1e-9));
        assertThat(c.selfOthers()).as("a difference of exactly 0.5").isEqualTo(SelfOthers.OVER_ESTIMATOR);

        List<Rater> modest = raters();
        modest.set(0, rater("s", RaterGroup.SELF, 3, 3, 1, 2, 4, 3));
        assertThat(insights(modest).competencies().getFirst().selfOthers()).isEqualTo(SelfOthers.UNDER_ESTIMATOR);

        List<Rater> close = raters();
        close.set(0, rater("s", RaterGroup.SELF, 4, 3, 2, 3, 1, 4));
        assertThat(insights(close).competencies().getFirst().selfOthers()).as("level 1 below norm 2")
                .isEqualTo(SelfOthers.IN_AGREEMENT_POOR);
        Competency easy = new Competency("c", 1, C.levels());
        assertThat(AggregationEngine.aggregate(List.of(easy), close, Settings.defaults()).insights().competencies()
                .getFirst().selfOthers()).isEqualTo(SelfOthers.IN_AGREEMENT_GOOD);
    }

    @Test
    void the_spread_shows_what_each_reported_group_chose_and_how_sure_the_consensus_is() {
        CompetencyInsight c = insights(raters()).competencies().getFirst();
        var a1 = c.spread().getFirst();
        assertThat(a1.indicator()).isEqualTo("a1");
        assertThat(a1.groups().get(RaterGroup.PEER)).isEqualTo(new Insights.GroupSpread(3, 0, 4, 4,
                List.of(0, 0, 0, 3)));
        assertThat(a1.groups().get(RaterGroup.SELF).counts()).containsExactly(0, 0, 0, 1);
        assertThat(a1.rwg()).isEqualTo(1.0);
        assertThat(a1.consensusScores()).isEqualTo(4);
        assertThat(a1.fewRaters()).isFalse();
        var d1 = c.spread().get(5);
        assertThat(d1.groups()).containsOnlyKeys(RaterGroup.SELF, RaterGroup.MANAGER);
        assertThat(d1.rwg()).as("one score").isNull();
        assertThat(d1.fewRaters()).isTrue();
        var b2 = c.spread().get(3);
        assertThat(b2.groups().get(RaterGroup.MANAGER)).isEqualTo(new Insights.GroupSpread(1, 0, 3, 3,
                List.of(0, 0, 1, 0)));
    }

    @Test
    void an_item_below_its_minimum_shows_nothing_of_that_group() {
        var b3 = insights(raters()).competencies().getFirst().spread().get(4);
        assertThat(b3.indicator()).isEqualTo("b3");
        assertThat(b3.groups()).as("two peers of three answered; the manager could not judge")
                .containsOnlyKeys(RaterGroup.SELF);
        assertThat(b3.consensusScores()).isZero();
    }

    @Test
    void a_group_below_its_minimum_changes_no_figure() {
        List<Rater> with = raters();
        with.add(rater("r1", RaterGroup.DIRECT_REPORT, 1, 1, 1, 1, 1, 1));
        with.add(rater("r2", RaterGroup.DIRECT_REPORT, 1, 1, 1, 1, 1, 1));
        assertThat(insights(with)).isEqualTo(insights(raters()));
        assertThat(insights(with).competencies().getFirst().spread())
                .allSatisfy(s -> assertThat(s.groups()).doesNotContainKey(RaterGroup.DIRECT_REPORT));
    }
}

package nl.spiegel360.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.quality.InstrumentStatistics.Competency;
import nl.spiegel360.quality.InstrumentStatistics.Minimums;
import nl.spiegel360.quality.InstrumentStatistics.Questionnaire;
import nl.spiegel360.quality.InstrumentStatistics.RaterEffect;
import org.junit.jupiter.api.Test;

/** Rater effects on made-up raters whose habits are known: one lenient, one who gives one answer everywhere. */
class RaterEffectsTest {

    private static final List<Competency> PROFILE = List.of(new Competency("c1", List.of("a", "b", "c")),
            new Competency("c2", List.of("d", "e", "f")), new Competency("c3", List.of("g", "h", "i")));

    @Test
    void a_lenient_rater_stands_out_and_a_straight_liner_is_counted() {
        Random random = new Random(7);
        List<Questionnaire> questionnaires = new ArrayList<>();
        List<String> raters = List.of("lenient", "flat", "r3", "r4", "r5", "r6");
        for (int e = 0; e < 12; e++) {
            for (int k = 0; k < 3; k++) {
                String rater = raters.get((e + k * 2) % raters.size());
                Map<String, Integer> scores = new HashMap<>();
                for (Competency c : PROFILE) {
                    for (String i : c.indicators()) {
                        int base = 2 + random.nextInt(2);
                        scores.put(i, switch (rater) {
                            case "lenient" -> 4;
                            case "flat" -> 3;
                            default -> base;
                        });
                    }
                }
                questionnaires.add(new Questionnaire("e" + e, rater, RaterGroup.PEER, scores));
            }
        }
        questionnaires.add(new Questionnaire("e0", "self", RaterGroup.SELF, Map.of("a", 4)));
        List<RaterEffect> effects = InstrumentStatistics.raterEffects(PROFILE, questionnaires, new Minimums(30, 10));
        assertThat(effects).extracting(RaterEffect::rater).as("the self-assessment is no rater's habit")
                .doesNotContain("self").hasSize(6);
        RaterEffect lenient = effects.stream().filter(r -> r.rater().equals("lenient")).findFirst().orElseThrow();
        assertThat(lenient.leniency()).isNotNull().isGreaterThan(1.5);
        assertThat(effects).allSatisfy(r -> assertThat(r.leniency()).isLessThanOrEqualTo(lenient.leniency()));
        RaterEffect flat = effects.stream().filter(r -> r.rater().equals("flat")).findFirst().orElseThrow();
        assertThat(flat.straightLined()).isEqualTo(1.0);
        assertThat(flat.halo()).as("one impression for every competency").isEqualTo(0.0);
        assertThat(effects.stream().filter(r -> r.rater().startsWith("r")))
                .allSatisfy(r -> assertThat(r.straightLined()).isLessThan(1.0));
        assertThat(InstrumentStatistics.raterEffects(PROFILE, questionnaires.subList(0, 20), new Minimums(30, 10)))
                .as("nothing below the minimum").isEmpty();
    }
}

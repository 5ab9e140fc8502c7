package nl.spiegel360.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal the aggregation specification lists, one row each, made by the product's reader and engine (not by
 * a test's own parsing): a valid case, changed in one place, is refused as a whole with a message that names what is
 * wrong, and the rater and indicator where they apply.
 */
class AggregationRefusalsTest {

    /** A valid case: one competency of two levels, a manager and a self rating, default settings. */
    static Map<String, Object> valid() {
        Map<String, Object> competency = new LinkedHashMap<>();
        competency.put("id", "c");
        competency.put("norm", 1);
        competency.put("levels", new ArrayList<>(List.of(new ArrayList<>(List.of("c.1.1", "c.1.2")),
                new ArrayList<>(List.of("c.2.1")))));
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("profile", new LinkedHashMap<>(Map.of("competencies", new ArrayList<>(List.of(competency)))));
        input.put("raters", new ArrayList<>(List.of(rater("m", "MANAGER"), rater("s", "SELF"))));
        input.put("settings", new LinkedHashMap<>());
        return input;
    }

    private static Map<String, Object> rater(String id, String group) {
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("c.1.1", 3);
        scores.put("c.1.2", 4);
        scores.put("c.2.1", null);
        Map<String, Object> rater = new LinkedHashMap<>();
        rater.put("id", id);
        rater.put("group", group);
        rater.put("scores", scores);
        return rater;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> scoresOfManager(Map<String, Object> input) {
        return (Map<String, Object>) ((Map<String, Object>) ((List<Object>) input.get("raters")).get(0)).get("scores");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> competency(Map<String, Object> input) {
        return (Map<String, Object>) ((List<Object>) ((Map<String, Object>) input.get("profile")).get("competencies"))
                .get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> levels(Map<String, Object> input) {
        return (List<Object>) competency(input).get("levels");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> settings(Map<String, Object> input) {
        return (Map<String, Object>) input.get("settings");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> raters(Map<String, Object> input) {
        return (List<Object>) input.get("raters");
    }

    private static Arguments row(String refusal, Consumer<Map<String, Object>> change, String... named) {
        return Arguments.of(refusal, change, named);
    }

    private static Map<String, Object> groups(String group, Object value) {
        Map<String, Object> map = new HashMap<>();
        map.put(group, value);
        return map;
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                row("a score written as 3.0", i -> scoresOfManager(i).put("c.1.1", 3.0), "rater m", "c.1.1"),
                row("a score of 2.5", i -> scoresOfManager(i).put("c.1.1", 2.5), "rater m", "c.1.1"),
                row("a score written as text", i -> scoresOfManager(i).put("c.1.1", "3"), "rater m", "c.1.1"),
                row("a score written as true", i -> scoresOfManager(i).put("c.1.1", true), "rater m", "c.1.1"),
                row("a score below the scale", i -> scoresOfManager(i).put("c.1.1", 0), "rater m", "c.1.1"),
                row("a score above the scale", i -> scoresOfManager(i).put("c.1.2", 5), "rater m", "c.1.2"),
                row("a score key that is no indicator", i -> scoresOfManager(i).put("c.9", 3), "rater m", "c.9"),
                row("a score key that is no indicator, with null", i -> scoresOfManager(i).put("c.9", null),
                        "rater m", "c.9"),
                row("an unknown group", i -> raters(i).add(rater("x", "FRIEND")), "rater x", "FRIEND"),
                row("the same rater twice", i -> raters(i).add(rater("m", "PEER")), "rater m"),
                row("a duplicate competency", i -> ((List<Object>) ((Map<?, ?>) i.get("profile"))
                        .get("competencies")).add(new LinkedHashMap<>(competency(valid()))), "competency c"),
                row("a duplicate indicator", i -> levels(i).add(new ArrayList<>(List.of("c.1.1"))), "c.1.1"),
                row("an empty level", i -> levels(i).add(new ArrayList<>()), "competency c", "level 3"),
                row("a norm written as 1.0", i -> competency(i).put("norm", 1.0), "competency c", "norm"),
                row("a norm written as text", i -> competency(i).put("norm", "1"), "competency c", "norm"),
                row("a norm of 0", i -> competency(i).put("norm", 0), "competency c", "norm"),
                row("a norm above the levels", i -> competency(i).put("norm", 3), "competency c", "norm"),
                row("an unknown setting", i -> settings(i).put("rounding", 2), "rounding"),
                row("a setting that is null", i -> settings(i).put("threshold", null), "threshold"),
                row("a weight for an unknown group", i -> settings(i).put("weights", groups("FRIEND", 1.0)),
                        "weights", "FRIEND"),
                row("a minimum for an unknown group", i -> settings(i).put("anonymityMin", groups("FRIEND", 2)),
                        "anonymityMin", "FRIEND"),
                row("a weight for SELF", i -> settings(i).put("weights", groups("SELF", 1.0)), "SELF"),
                row("a negative weight", i -> settings(i).put("weights", groups("PEER", -0.5)), "PEER"),
                row("a minimum below 1", i -> settings(i).put("anonymityMin", groups("PEER", 0)), "PEER"),
                row("a minimum that is not whole", i -> settings(i).put("anonymityMin", groups("PEER", 2.5)),
                        "PEER"),
                row("a scale below 2", i -> settings(i).put("scaleMax", 1), "scaleMax"),
                row("a threshold below 1", i -> settings(i).put("threshold", 0.5), "threshold"),
                row("a threshold above the scale", i -> settings(i).put("threshold", 4.5), "threshold"),
                row("a threshold above a smaller scale", i -> settings(i).putAll(Map.of("scaleMax", 3,
                        "threshold", 3.5)), "threshold"),
                row("a coverage of 0", i -> settings(i).put("minCoverage", 0.0), "minCoverage"),
                row("a coverage above 1", i -> settings(i).put("minCoverage", 1.5), "minCoverage"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refuses(String refusal, Consumer<Map<String, Object>> change, String[] named) {
        Map<String, Object> input = valid();
        change.accept(input);
        assertThatThrownBy(() -> AggregationCase.read(input).aggregate()).as(refusal)
                .isInstanceOf(AggregationException.class)
                .satisfies(e -> assertThat(e.getMessage()).as("the message of: " + refusal)
                        .contains(Arrays.asList(named)));
    }

    @Test
    void the_unchanged_case_and_its_allowed_neighbours_are_accepted() {
        assertThat(AggregationCase.read(valid()).aggregate().competencies()).hasSize(1);
        Map<String, Object> larger = valid();
        settings(larger).putAll(Map.of("scaleMax", 5, "threshold", 4.5, "minCoverage", 1.0));
        scoresOfManager(larger).put("c.1.1", 5);
        assertThat(AggregationCase.read(larger).aggregate().competencies().getFirst().groups())
                .containsKey(RaterGroup.MANAGER);
        Map<String, Object> noScores = valid();
        ((Map<?, ?>) raters(noScores).get(0)).remove("scores");
        noScores.remove("settings");
        assertThat(AggregationCase.read(noScores).aggregate().competenciesAssessed()).isZero();
    }
}

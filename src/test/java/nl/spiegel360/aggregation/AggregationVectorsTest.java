package nl.spiegel360.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs every aggregation vector as a test of its own: every field of {@code expected} must match (numbers within
 * 1e-6), or the input must be refused where {@code expected} holds an {@code error}. Reads the folder named by
 * {@code AGGREGATION_VECTORS_DIR} instead of the project's copy when that variable is set.
 */
class AggregationVectorsTest {

    static final double TOLERANCE = 1e-6;

    @TestFactory
    Stream<DynamicTest> every_vector_gives_its_expected_result() throws Exception {
        List<Path> files = VectorFiles.vectorFiles();
        assertThat(files).as("vector files").isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
                () -> check(VectorFiles.JSON.readTree(file.toFile()))));
    }

    static void check(JsonNode vector) {
        JsonNode expected = vector.get("expected");
        assertThat(expected).as("the vector's expected").isNotNull();
        if (expected.has("error")) {
            assertThatThrownBy(() -> VectorFiles.run(vector)).as(vector.path("name").asString())
                    .isInstanceOf(AggregationException.class);
            return;
        }
        JsonNode actual = VectorFiles.toJson(VectorFiles.run(vector));
        compare(expected, actual, "$");
    }

    /** Every field of expected equals the actual one; maps of groups and scores have exactly the same keys. */
    static void compare(JsonNode expected, JsonNode actual, String path) {
        if (expected.isNumber()) {
            if (actual == null || !actual.isNumber()) {
                fail(path + ": expected " + expected + " but was " + actual);
            }
            if (Math.abs(expected.doubleValue() - actual.doubleValue()) > TOLERANCE) {
                fail(path + ": expected " + expected + " but was " + actual);
            }
        } else if (expected.isObject()) {
            if (actual == null || !actual.isObject()) {
                fail(path + ": expected an object but was " + actual);
            }
            if (path.endsWith(".groups") || path.endsWith(".indicatorScores")) {
                assertThat(names(actual)).as(path + " keys").isEqualTo(names(expected));
            }
            for (String name : expected.propertyNames()) {
                if (!actual.has(name)) {
                    fail(path + "." + name + ": missing from the result");
                }
                compare(expected.get(name), actual.get(name), path + "." + name);
            }
        } else if (expected.isArray()) {
            if (actual == null || !actual.isArray() || actual.size() != expected.size()) {
                fail(path + ": expected " + expected + " but was " + actual);
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else if (!expected.equals(actual)) {
            fail(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        names.addAll(node.propertyNames());
        return names;
    }

    @Test
    void a_wrong_expectation_fails_the_comparison() throws Exception {
        Path first = VectorFiles.vectorFiles().stream()
                .filter(f -> f.getFileName().toString().startsWith("01")).findFirst().orElseThrow();
        var vector = (ObjectNode) VectorFiles.JSON.readTree(first.toFile());
        var competency = (ObjectNode) vector.get("expected").get("competencies")
                .get(0);
        competency.put("gap", competency.get("gap").intValue() + 1);
        assertThatThrownBy(() -> check(vector)).isInstanceOf(AssertionError.class).hasMessageContaining("gap");
        var consensus = (ObjectNode) vector.get("expected").get("competencies")
                .get(1).get("consensus");
        competency.put("gap", competency.get("gap").intValue() - 1);
        var means = (ArrayNode) consensus.get("levelMeans");
        means.set(0, means.get(0).doubleValue() + 1e-4);
        assertThatThrownBy(() -> check(vector)).isInstanceOf(AssertionError.class).hasMessageContaining("levelMeans");
    }

    @Test
    void an_error_vector_whose_input_is_fine_fails() throws Exception {
        Path first = VectorFiles.vectorFiles().stream()
                .filter(f -> f.getFileName().toString().startsWith("01")).findFirst().orElseThrow();
        var vector = (ObjectNode) VectorFiles.JSON.readTree(first.toFile());
        vector.putObject("expected").put("error", "this input is fine");
        assertThatThrownBy(() -> check(vector)).isInstanceOf(AssertionError.class);
    }
}

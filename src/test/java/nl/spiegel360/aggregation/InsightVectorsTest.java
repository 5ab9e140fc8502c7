package nl.spiegel360.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The project's own vectors for the insights (src/docs/aggregation-insights.md), next to the shared ones: the same
 * input format, and an {@code expectedInsights} whose every field must match what the engine computes.
 */
class InsightVectorsTest {

    @TestFactory
    Stream<DynamicTest> every_insight_vector_gives_its_expected_insights() throws Exception {
        List<Path> files = files();
        assertThat(files).as("insight vectors").isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
            JsonNode vector = VectorFiles.JSON.readTree(file.toFile());
            @SuppressWarnings("unchecked")
            Map<String, Object> input = VectorFiles.JSON.treeToValue(vector, Map.class);
            Insights insights = AggregationCase.read(input).aggregate().insights();
            AggregationVectorsTest.compare(vector.get("expectedInsights"), VectorFiles.JSON.valueToTree(insights),
                    "$");
        }));
    }

    private static List<Path> files() throws IOException, URISyntaxException {
        Path folder = Path.of(InsightVectorsTest.class.getResource("/insight-vectors").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }
}

package nl.spiegel360.aggregation;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.spiegel360.aggregation.AggregationResult.CompetencyResult;
import nl.spiegel360.aggregation.AggregationResult.GroupResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Finds the vector files, runs them through the product's reader and engine, and writes results in their shape. */
final class VectorFiles {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private VectorFiles() {
    }

    /** The vector files: those in {@code AGGREGATION_VECTORS_DIR} when it is set, else the project's copy. */
    static List<Path> vectorFiles() throws IOException, URISyntaxException {
        String dir = System.getenv("AGGREGATION_VECTORS_DIR");
        Path folder = dir != null && !dir.isBlank() ? Path.of(dir)
                : Path.of(VectorFiles.class.getResource("/aggregation-vectors").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The engine's result for a vector, read by the product's own reader of the exchange form. */
    static AggregationResult run(JsonNode vector) {
        @SuppressWarnings("unchecked")
        Map<String, Object> input = JSON.treeToValue(vector, Map.class);
        return AggregationCase.read(input).aggregate();
    }

    /** The result in the vectors' shape. */
    static ObjectNode toJson(AggregationResult result) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode list = root.putArray("competencies");
        for (CompetencyResult c : result.competencies()) {
            ObjectNode node = list.addObject();
            node.put("id", c.id());
            node.put("norm", c.norm());
            ObjectNode groups = node.putObject("groups");
            c.groups().forEach((g, r) -> groups.set(g.name(), group(r)));
            ObjectNode consensus = node.putObject("consensus");
            consensus.set("level", JSON.valueToTree(c.consensus().level()));
            consensus.set("levelMeans", JSON.valueToTree(c.consensus().levelMeans()));
            consensus.set("indicatorScores", JSON.valueToTree(c.consensus().indicatorScores()));
            consensus.set("inconsistentLevels", JSON.valueToTree(c.consensus().inconsistentLevels()));
            node.set("gap", JSON.valueToTree(c.gap()));
            node.put("status", c.status().name());
            node.set("selfDelta", JSON.valueToTree(c.selfDelta()));
            node.set("blindSpots", JSON.valueToTree(c.blindSpots()));
            node.set("hiddenStrengths", JSON.valueToTree(c.hiddenStrengths()));
            node.set("agreement", JSON.valueToTree(c.agreement()));
            node.set("agreementLabel", JSON.valueToTree(c.agreementLabel() == null ? null : c.agreementLabel().name()));
        }
        root.put("competenciesAssessed", result.competenciesAssessed());
        root.put("competenciesAtOrAboveNorm", result.competenciesAtOrAboveNorm());
        return root;
    }

    private static ObjectNode group(GroupResult r) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("respondents", r.respondents());
        node.put("reported", r.reported());
        node.set("level", JSON.valueToTree(r.level()));
        node.set("levelMeans", JSON.valueToTree(r.levelMeans()));
        return node;
    }
}

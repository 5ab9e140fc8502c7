package nl.spiegel360.aggregation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.spiegel360.aggregation.AggregationInput.Competency;
import nl.spiegel360.aggregation.AggregationInput.Rater;
import nl.spiegel360.aggregation.AggregationResult.CompetencyResult;
import nl.spiegel360.aggregation.AggregationResult.GroupResult;

/** Reads vector files into the engine's records, strictly, and writes results in the vectors' shape. */
final class VectorFiles {

    static final ObjectMapper JSON = new ObjectMapper();

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

    static AggregationResult run(JsonNode vector) {
        return AggregationEngine.aggregate(profile(vector.path("profile")), raters(vector.get("raters")),
                settings(vector.get("settings")));
    }

    static List<Competency> profile(JsonNode profile) {
        List<Competency> competencies = new ArrayList<>();
        for (JsonNode c : iterable(profile.get("competencies"))) {
            JsonNode norm = c.get("norm");
            if (norm == null || !norm.isIntegralNumber() || !norm.canConvertToInt()) {
                throw new AggregationException("competency " + c.path("id").asText() + ": norm " + norm
                        + " is not an integer");
            }
            List<List<String>> levels = new ArrayList<>();
            for (JsonNode level : iterable(c.get("levels"))) {
                List<String> ids = new ArrayList<>();
                for (JsonNode id : iterable(level)) {
                    ids.add(id.asText());
                }
                levels.add(ids);
            }
            competencies.add(new Competency(c.path("id").asText(), norm.intValue(), levels));
        }
        return competencies;
    }

    static List<Rater> raters(JsonNode raters) {
        List<Rater> result = new ArrayList<>();
        for (JsonNode r : iterable(raters)) {
            String id = r.path("id").asText();
            RaterGroup group;
            try {
                group = RaterGroup.valueOf(r.path("group").asText());
            } catch (IllegalArgumentException e) {
                throw new AggregationException("rater " + id + ": unknown group " + r.path("group"));
            }
            Map<String, Integer> scores = new HashMap<>();
            JsonNode node = r.get("scores");
            if (node != null && !node.isNull()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    var e = it.next();
                    JsonNode score = e.getValue();
                    if (score.isNull()) {
                        scores.put(e.getKey(), null);
                    } else if (score.isIntegralNumber() && score.canConvertToInt()) {
                        scores.put(e.getKey(), score.intValue());
                    } else {
                        throw new AggregationException("rater " + id + ": score " + score + " for " + e.getKey()
                                + " is not an integer");
                    }
                }
            }
            result.add(new Rater(id, group, scores));
        }
        return result;
    }

    static Settings settings(JsonNode settings) {
        if (settings == null || settings.isNull()) {
            return Settings.defaults();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) plain(settings);
        return Settings.of(values);
    }

    /** JSON as plain Java values: integers stay integers, 2.0 stays a double. */
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? node.intValue() : node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isNull()) {
            return null;
        }
        return node.isTextual() ? node.textValue() : node.toString();
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node == null || node.isNull() ? List.of() : node::elements;
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

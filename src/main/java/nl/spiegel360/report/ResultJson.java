package nl.spiegel360.report;

import nl.spiegel360.aggregation.AggregationResult;
import tools.jackson.databind.json.JsonMapper;

/** The stored form of an engine result: JSON that reads back to the same values, digit for digit. */
final class ResultJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultJson() {
    }

    static String write(AggregationResult result) {
        return JSON.writeValueAsString(result);
    }

    static AggregationResult read(String json) {
        return JSON.readValue(json, AggregationResult.class);
    }
}

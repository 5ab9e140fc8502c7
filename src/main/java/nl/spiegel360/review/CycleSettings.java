package nl.spiegel360.review;

import java.util.Map;
import nl.spiegel360.aggregation.AggregationException;
import nl.spiegel360.aggregation.Settings;
import nl.spiegel360.base.UserFacingException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of a cycle's aggregation settings: a JSON object with the settings that differ from the defaults.
 * The only place that reads or writes it, for the cycle form, the questionnaire, the closing and the stored result.
 */
public final class CycleSettings {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CycleSettings() {
    }

    /** The settings stored as {@code json}; anything unknown or out of range is refused with a message. */
    public static Settings read(String json) {
        try {
            Map<?, ?> values = JSON.readValue(json, Map.class);
            return Settings.of(values == null ? Map.of() : stringKeys(values));
        } catch (JacksonException | AggregationException e) {
            throw new UserFacingException("cycle.error.settings", String.valueOf(e.getMessage()));
        }
    }

    /** The stored form of these overrides of the defaults, refused with a message when they are not valid. */
    public static String write(Map<String, ?> overrides) {
        try {
            Settings.of(overrides);
        } catch (AggregationException e) {
            throw new UserFacingException("cycle.error.settings", String.valueOf(e.getMessage()));
        }
        return JSON.writeValueAsString(overrides);
    }

    private static Map<String, ?> stringKeys(Map<?, ?> values) {
        @SuppressWarnings("unchecked")
        Map<String, ?> typed = (Map<String, ?>) values;
        return typed;
    }
}

package nl.spiegel360.development;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spiegel360.aggregation.AggregationInput.Rater;
import nl.spiegel360.aggregation.ItemScores;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pulse frozen at close: per focus indicator and group, the group's score and the number of scores behind it, as
 * the aggregation engine computes them with the review's settings. A group below its minimum, and a group's answers
 * to an item that fewer of its raters could judge than its minimum, leave no trace, not even a count. Written once
 * at close and read from then on; the answers are never read again for it.
 */
final class PulseResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One group's result for one indicator. */
    record Cell(double mean, int count) {
    }

    private PulseResults() {
    }

    /** Freezes the submitted requests' answers to these indicators into the stored form. */
    static String freeze(Collection<PulseRequest> requests, List<Long> indicators, Settings settings) {
        Set<Long> asked = new HashSet<>(indicators);
        List<Rater> raters = new ArrayList<>();
        for (PulseRequest r : requests) {
            if (r.isSubmitted()) {
                Map<String, @Nullable Integer> scores = new HashMap<>();
                r.getAnswers().forEach((indicator, answer) -> {
                    if (asked.contains(indicator)) {
                        scores.put(indicator.toString(), answer.getScore());
                    }
                });
                raters.add(new Rater(Long.toString(r.getId()), r.getGroup(), scores));
            }
        }
        return freeze(raters, indicators, settings);
    }

    /** Freezes submitted questionnaires (rater ids and scores as the engine reads them) into the stored form. */
    static String freeze(List<Rater> raters, List<Long> indicators, Settings settings) {
        Map<String, Map<String, Cell>> result = new LinkedHashMap<>();
        ItemScores.of(indicators.stream().map(String::valueOf).toList(), raters, settings).forEach((indicator, cells) -> {
            Map<String, Cell> groups = new LinkedHashMap<>();
            cells.forEach((group, score) -> groups.put(group.name(), new Cell(score.mean(), score.n())));
            result.put(indicator, groups);
        });
        return JSON.writeValueAsString(result);
    }

    /** The stored form read back: per indicator id, per group, the cell. */
    static Map<Long, Map<RaterGroup, Cell>> read(@Nullable String frozen) {
        Map<Long, Map<RaterGroup, Cell>> result = new LinkedHashMap<>();
        if (frozen == null) {
            return result;
        }
        Map<String, Map<String, Cell>> stored = JSON.readValue(frozen, new TypeReference<>() { });
        stored.forEach((indicator, groups) -> {
            Map<RaterGroup, Cell> cells = new EnumMap<>(RaterGroup.class);
            groups.forEach((group, cell) -> cells.put(RaterGroup.valueOf(group), cell));
            result.put(Long.parseLong(indicator), cells);
        });
        return result;
    }

    /** The anonymity minimums in their stored form. */
    static String writeMinimums(Map<RaterGroup, Integer> minimums) {
        Map<String, Integer> stored = new LinkedHashMap<>();
        minimums.forEach((g, m) -> stored.put(g.name(), m));
        return JSON.writeValueAsString(stored);
    }

    static Map<RaterGroup, Integer> readMinimums(String stored) {
        Map<String, Integer> values = JSON.readValue(stored, new TypeReference<>() { });
        Map<RaterGroup, Integer> minimums = new EnumMap<>(RaterGroup.class);
        values.forEach((g, m) -> minimums.put(RaterGroup.valueOf(g), m));
        return minimums;
    }
}

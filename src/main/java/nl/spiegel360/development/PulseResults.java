package nl.spiegel360.development;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pulse frozen at close: per focus indicator and group, the mean of the scores and their number, only for the
 * groups whose submitted raters reach the anonymity minimum. A group below it leaves no trace, not even its count.
 * Written once at close and read from then on; the answers are never read again for it.
 */
final class PulseResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One group's result for one indicator. */
    record Cell(double mean, int count) {
    }

    private PulseResults() {
    }

    /** Freezes the submitted requests' scores into the stored form. */
    static String freeze(Collection<PulseRequest> requests, Collection<Long> indicators, Map<RaterGroup, Integer> minimums) {
        Map<RaterGroup, List<PulseRequest>> submitted = new EnumMap<>(RaterGroup.class);
        for (PulseRequest r : requests) {
            if (r.isSubmitted()) {
                submitted.computeIfAbsent(r.getGroup(), g -> new ArrayList<>()).add(r);
            }
        }
        Map<String, Map<String, Cell>> result = new LinkedHashMap<>();
        for (long indicator : indicators) {
            Map<String, Cell> groups = new LinkedHashMap<>();
            submitted.forEach((group, list) -> {
                if (list.size() < minimums.getOrDefault(group, 1)) {
                    return;
                }
                List<Integer> scores = list.stream().map(r -> r.getScores().get(indicator))
                        .filter(s -> s != null && s != PulseRequest.CANT_JUDGE).toList();
                if (!scores.isEmpty()) {
                    groups.put(group.name(), new Cell(scores.stream().mapToInt(Integer::intValue).average()
                            .orElseThrow(), scores.size()));
                }
            });
            result.put(Long.toString(indicator), groups);
        }
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

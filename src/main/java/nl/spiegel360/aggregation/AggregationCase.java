package nl.spiegel360.aggregation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.AggregationInput.Competency;
import nl.spiegel360.aggregation.AggregationInput.Rater;
import org.jspecify.annotations.Nullable;

/**
 * One aggregation in the exchange form of the specification ({@code settings}, {@code profile}, {@code raters}),
 * given as plain values the way any JSON reader delivers them: maps, lists, strings, booleans, whole numbers as
 * Integer or Long and other numbers as Double. Every refusal of the specification is made here or by the engine,
 * with a message that names the rater and the indicator: a score written as {@code 3.0}, {@code "3"} or
 * {@code true} is not a whole number, and is refused as such.
 */
public record AggregationCase(List<Competency> profile, List<Rater> raters, Settings settings) {

    /** Reads the case, refusing it as a whole on the first problem. */
    public static AggregationCase read(Map<String, ?> input) {
        Object settings = input.get("settings");
        return new AggregationCase(profile(input.get("profile")), raters(input.get("raters")),
                settings == null ? Settings.defaults() : Settings.of(stringMap(settings, "settings")));
    }

    /** The engine's result for this case. */
    public AggregationResult aggregate() {
        return AggregationEngine.aggregate(profile, raters, settings);
    }

    private static List<Competency> profile(@Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        List<Competency> competencies = new ArrayList<>();
        for (Object c : list(stringMap(value, "profile").get("competencies"), "profile.competencies")) {
            Map<String, ?> competency = stringMap(c, "competency");
            String id = text(competency.get("id"), "competency id");
            Object norm = competency.get("norm");
            if (!(norm instanceof Integer n)) {
                throw new AggregationException("competency " + id + ": norm " + norm + " is not a whole number");
            }
            List<List<String>> levels = new ArrayList<>();
            for (Object level : list(competency.get("levels"), "levels of competency " + id)) {
                List<String> ids = new ArrayList<>();
                for (Object indicator : list(level, "a level of competency " + id)) {
                    ids.add(text(indicator, "an indicator id of competency " + id));
                }
                levels.add(ids);
            }
            competencies.add(new Competency(id, n, levels));
        }
        return competencies;
    }

    private static List<Rater> raters(@Nullable Object value) {
        List<Rater> raters = new ArrayList<>();
        for (Object r : list(value, "raters")) {
            Map<String, ?> rater = stringMap(r, "rater");
            String id = text(rater.get("id"), "rater id");
            RaterGroup group;
            try {
                group = RaterGroup.valueOf(text(rater.get("group"), "group of rater " + id));
            } catch (IllegalArgumentException e) {
                throw new AggregationException("rater " + id + ": unknown group " + rater.get("group"));
            }
            Map<String, @Nullable Integer> scores = new HashMap<>();
            Object given = rater.get("scores");
            if (given != null) {
                stringMap(given, "scores of rater " + id).forEach((indicator, score) -> {
                    if (score != null && !(score instanceof Integer)) {
                        throw new AggregationException("rater " + id + ": score " + describe(score) + " for "
                                + indicator + " is not a whole number");
                    }
                    scores.put(indicator, (Integer) score);
                });
            }
            raters.add(new Rater(id, group, scores));
        }
        return raters;
    }

    private static String describe(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static List<?> list(@Nullable Object value, String what) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new AggregationException(what + " is not a list");
        }
        return list;
    }

    private static Map<String, ?> stringMap(@Nullable Object value, String what) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new AggregationException(what + " is not an object");
        }
        Map<String, @Nullable Object> result = new HashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static String text(@Nullable Object value, String what) {
        if (!(value instanceof String s) || s.isEmpty()) {
            throw new AggregationException(what + " is missing or not a text");
        }
        return s;
    }
}

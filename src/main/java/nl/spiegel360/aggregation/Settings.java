package nl.spiegel360.aggregation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The settings of a review cycle: scale, threshold, coverage, group weights and anonymity minimums. Built from
 * the defaults, overridden key by key, and checked whole.
 */
public record Settings(int scaleMax, double threshold, double minCoverage, Map<RaterGroup, Double> weights,
        Map<RaterGroup, Integer> anonymityMin) {

    private static final Set<String> KEYS = Set.of("scaleMax", "threshold", "minCoverage", "weights",
            "anonymityMin");

    public Settings {
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
        anonymityMin = Collections.unmodifiableMap(new EnumMap<>(anonymityMin));
    }

    public static Settings defaults() {
        Map<RaterGroup, Double> weights = new EnumMap<>(RaterGroup.class);
        Map<RaterGroup, Integer> minimums = new EnumMap<>(RaterGroup.class);
        for (RaterGroup g : RaterGroup.values()) {
            if (g != RaterGroup.SELF) {
                weights.put(g, 1.0);
            }
            minimums.put(g, g == RaterGroup.SELF || g == RaterGroup.MANAGER ? 1 : 3);
        }
        return new Settings(4, 3.0, 0.5, weights, minimums);
    }

    /**
     * The defaults overridden by these values (as read from JSON or a form: numbers, and maps from group name
     * to number for {@code weights} and {@code anonymityMin}). Anything unknown, null or out of range is refused.
     */
    public static Settings of(Map<String, ?> overrides) {
        Settings d = defaults();
        int scaleMax = d.scaleMax;
        double threshold = d.threshold;
        double minCoverage = d.minCoverage;
        Map<RaterGroup, Double> weights = new EnumMap<>(d.weights);
        Map<RaterGroup, Integer> minimums = new EnumMap<>(d.anonymityMin);
        for (Map.Entry<String, ?> e : overrides.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            if (!KEYS.contains(key)) {
                throw new AggregationException("unknown setting " + key);
            }
            if (value == null) {
                throw new AggregationException("setting " + key + " is null");
            }
            switch (key) {
                case "scaleMax" -> scaleMax = integer(value, "scaleMax");
                case "threshold" -> threshold = number(value, "threshold");
                case "minCoverage" -> minCoverage = number(value, "minCoverage");
                case "weights" -> groupMap(value, "weights").forEach((group, v) -> {
                    if (group == RaterGroup.SELF) {
                        throw new AggregationException("SELF has no weight: it is never part of the consensus");
                    }
                    weights.put(group, number(v, "weight of " + group));
                });
                case "anonymityMin" -> groupMap(value, "anonymityMin")
                        .forEach((group, v) -> minimums.put(group, integer(v, "anonymityMin of " + group)));
                default -> throw new AggregationException("unknown setting " + key);
            }
        }
        return new Settings(scaleMax, threshold, minCoverage, weights, minimums).validated();
    }

    /** Checks the ranges; returns this. */
    public Settings validated() {
        if (scaleMax < 2) {
            throw new AggregationException("scaleMax " + scaleMax + " below 2");
        }
        if (!(threshold >= 1 && threshold <= scaleMax)) {
            throw new AggregationException("threshold " + threshold + " outside 1.." + scaleMax);
        }
        if (!(minCoverage > 0 && minCoverage <= 1)) {
            throw new AggregationException("minCoverage " + minCoverage + " outside (0, 1]");
        }
        weights.forEach((g, w) -> {
            if (g == RaterGroup.SELF) {
                throw new AggregationException("SELF has no weight");
            }
            if (!(w >= 0)) {
                throw new AggregationException("weight of " + g + " is negative");
            }
        });
        anonymityMin.forEach((g, m) -> {
            if (m < 1) {
                throw new AggregationException("anonymityMin of " + g + " below 1");
            }
        });
        return this;
    }

    /** Whether a level's mean meets the threshold; leaning towards equality, as every comparison of the engine. */
    public boolean reaches(double levelMean) {
        return levelMean >= threshold - AggregationEngine.EPS;
    }

    public double weight(RaterGroup group) {
        return weights.getOrDefault(group, 0.0);
    }

    public int minimum(RaterGroup group) {
        return anonymityMin.getOrDefault(group, 1);
    }

    private static Map<RaterGroup, Object> groupMap(Object value, String name) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new AggregationException("setting " + name + " is not an object of groups");
        }
        Map<RaterGroup, Object> result = new EnumMap<>(RaterGroup.class);
        map.forEach((k, v) -> {
            RaterGroup group;
            try {
                group = RaterGroup.valueOf(String.valueOf(k));
            } catch (IllegalArgumentException e) {
                throw new AggregationException("setting " + name + " names unknown group " + k);
            }
            if (v == null) {
                throw new AggregationException("setting " + name + " of " + k + " is null");
            }
            result.put(group, v);
        });
        return result;
    }

    private static int integer(Object value, String name) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).intValue();
        }
        throw new AggregationException(name + " must be a whole number, not " + value);
    }

    private static double number(Object value, String name) {
        if (value instanceof Number n && !(value instanceof Float f && f.isNaN())) {
            double d = n.doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        }
        throw new AggregationException(name + " must be a number, not " + value);
    }
}

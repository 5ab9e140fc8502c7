package nl.spiegel360.aggregation;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the engine reads: a profile's competencies and the submitted ratings of one review. */
public final class AggregationInput {

    private AggregationInput() {
    }

    /** A competency: levels 1..K in order, each a non-empty ordered list of indicator ids; the role's norm. */
    public record Competency(String id, int norm, List<List<String>> levels) {
    }

    /**
     * One submitted questionnaire. {@code scores} maps indicator ids to 1..scaleMax, or to null for "can't
     * judge"; an absent indicator is not observed too.
     */
    public record Rater(String id, RaterGroup group, Map<String, @Nullable Integer> scores) {
    }
}

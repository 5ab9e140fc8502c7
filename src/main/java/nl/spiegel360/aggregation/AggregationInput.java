package nl.spiegel360.aggregation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the engine reads: a profile's competencies and the submitted ratings of one review. */
public final class AggregationInput {

    private AggregationInput() {
    }

    /**
     * A competency: levels 1..K in order, each a non-empty ordered list of indicator ids; the role's norm; the
     * groups whose raters were not asked about it (external raters judge only what a customer sees). A group not
     * asked takes no part in the competency: not counted, not shown, not in the consensus.
     */
    public record Competency(String id, int norm, List<List<String>> levels, Set<RaterGroup> notAsked) {

        public Competency {
            notAsked = Set.copyOf(notAsked);
        }

        /** A competency every group was asked about. */
        public Competency(String id, int norm, List<List<String>> levels) {
            this(id, norm, levels, Set.of());
        }
    }

    /**
     * One submitted questionnaire. {@code scores} maps indicator ids to 1..scaleMax, or to null for "can't
     * judge"; an absent indicator is not observed too.
     */
    public record Rater(String id, RaterGroup group, Map<String, @Nullable Integer> scores) {
    }
}

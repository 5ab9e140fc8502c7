package nl.spiegel360.review;

import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import org.jspecify.annotations.Nullable;

/**
 * What a review's result is computed from, once, when it closes: its submitted questionnaires. Raters carry an
 * opaque key and their group, never their identity; a comment names its author only for the manager's and the
 * employee's own comments, which the report shows as theirs.
 */
public record ReviewData(ReviewInfo info, String settingsJson, List<SubmittedRater> raters, List<Comment> comments) {

    /** The cycle's aggregation settings. */
    public nl.spiegel360.aggregation.Settings settings() {
        return CycleSettings.read(settingsJson);
    }

    /** One submitted questionnaire: an opaque key, the group, and indicator id to score (null: can't judge). */
    public record SubmittedRater(String key, RaterGroup group, Map<Long, @Nullable Integer> scores) {
    }

    /** A comment on a competency; {@code authorId} is set for the manager's and the employee's own comments only. */
    public record Comment(RaterGroup group, long competencyId, String text, @Nullable Long authorId) {
    }
}

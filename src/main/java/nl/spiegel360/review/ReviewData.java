package nl.spiegel360.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import org.jspecify.annotations.Nullable;

/**
 * What a report is computed from: one review and its submitted questionnaires. Raters carry an opaque key and
 * their group, never their identity; only the manager's comments carry a name, as the report shows it.
 */
public record ReviewData(long reviewId, long cycleId, String cycleName, CycleState cycleState,
        java.time.LocalDate cycleOpensOn, long employeeId, String employeeName, @Nullable String team,
        @Nullable Long managerId, long profileId, @Nullable Instant releasedAt, String settingsJson,
        List<SubmittedRater> raters, List<Comment> comments) {

    /** The cycle's aggregation settings. */
    public nl.spiegel360.aggregation.Settings settings() {
        return CycleService.parseSettings(settingsJson);
    }

    /** One submitted questionnaire: an opaque key, the group, and indicator id to score (null: can't judge). */
    public record SubmittedRater(String key, RaterGroup group, Map<Long, @Nullable Integer> scores) {
    }

    /** A comment on a competency; {@code author} is set for the manager's comments only. */
    public record Comment(long id, RaterGroup group, long competencyId, String text, boolean hidden,
            @Nullable String author) {
    }
}

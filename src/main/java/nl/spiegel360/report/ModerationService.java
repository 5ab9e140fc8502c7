package nl.spiegel360.report;

import java.util.List;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.review.ReviewDataService;
import nl.spiegel360.review.ReviewInfo;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR hides an inappropriate comment of a closed review from its report before release, with a reason that goes
 * into the audit log. HR reads what the report would show, per competency in the report's order: the group and
 * the text, never the rater; comments of a group below its minimum are not in the result at all.
 */
@Service
@Transactional
@PreAuthorize("hasRole('HR')")
public class ModerationService {

    /** A comment as HR moderates it: no rater. */
    public record ModeratedComment(long id, long competencyId, RaterGroup group, String text, boolean hidden) {
    }

    /** The comments of one review: empty while it collects; {@code editable} until the report is released. */
    public record Moderation(boolean closed, boolean editable, List<ModeratedComment> comments) {
    }

    private final ResultCommentRepository comments;
    private final ReviewDataService reviews;
    private final AuditLog audit;

    ModerationService(ResultCommentRepository comments, ReviewDataService reviews, AuditLog audit) {
        this.comments = comments;
        this.reviews = reviews;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Moderation comments(long reviewId) {
        ReviewInfo info = reviews.review(reviewId);
        if (!info.closed()) {
            return new Moderation(false, false, List.of());
        }
        return new Moderation(true, !info.released(), comments.findByReview(reviewId).stream()
                .map(c -> new ModeratedComment(c.getId(), c.getCompetencyId(), c.getGroup(), c.getText(),
                        c.isHidden())).toList());
    }

    public void hide(long commentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("questionnaire.error.reason-required");
        }
        String why = reason.strip();
        if (why.length() > ResultComment.REASON_MAX) {
            throw new UserFacingException("moderation.error.reason-too-long", ResultComment.REASON_MAX);
        }
        ResultComment comment = comments.findById(commentId).orElseThrow(
                () -> new UserFacingException("common.not-found"));
        if (reviews.review(comment.getReviewId()).released()) {
            throw new UserFacingException("report.error.released");
        }
        comment.hide(why);
        audit.record("comment.hidden", "result_comment", commentId, why);
    }
}

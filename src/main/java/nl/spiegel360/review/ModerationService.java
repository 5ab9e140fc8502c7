package nl.spiegel360.review;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR hides an inappropriate comment from every report, with a reason that goes into the audit log. The comment's
 * rater is never shown here: HR sees the text and the group only.
 */
@Service
@Transactional
@PreAuthorize("hasRole('HR')")
public class ModerationService {

    /** A comment as HR moderates it: no rater. */
    public record ModeratedComment(long id, long competencyId, RaterGroup group, String text, boolean hidden) {
    }

    private final CompetencyCommentRepository comments;
    private final RaterAssignmentRepository assignments;
    private final AuditLog audit;

    ModerationService(CompetencyCommentRepository comments, RaterAssignmentRepository assignments, AuditLog audit) {
        this.comments = comments;
        this.assignments = assignments;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ModeratedComment> comments(long reviewId) {
        Map<Long, RaterAssignment> byId = assignments.findByReview(reviewId).stream()
                .collect(Collectors.toMap(RaterAssignment::getId, Function.identity()));
        return comments.findSubmittedForReview(reviewId).stream().filter(c -> !c.getText().isBlank())
                .map(c -> new ModeratedComment(c.getId(), c.getCompetencyId(), byId.get(c.getAssignmentId()).getGroup(),
                        c.getText(), c.isHidden())).toList();
    }

    public void hide(long commentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("questionnaire.error.reason-required");
        }
        CompetencyComment comment = comments.findById(commentId).orElseThrow(ReviewAccess::notFound);
        comment.hide(reason.strip().length() > 1000 ? reason.strip().substring(0, 1000) : reason.strip());
        audit.record("comment.hidden", "competency_comment", commentId, reason.strip());
    }
}

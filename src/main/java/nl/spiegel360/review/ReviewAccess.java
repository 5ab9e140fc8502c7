package nl.spiegel360.review;

import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.security.CurrentUser;
import nl.spiegel360.security.Role;
import nl.spiegel360.security.SpiegelUser;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a review: its employee, the employee's manager, HR. A refusal looks the same as a
 * record that does not exist, so that nobody can probe which ids exist.
 */
@Component
class ReviewAccess {

    private final CurrentUser currentUser;

    ReviewAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    SpiegelUser user() {
        return currentUser.require();
    }

    /** HR, or the system running a task with HR's rights. */
    boolean isHr() {
        return currentUser.has(Role.HR);
    }

    boolean isEmployee(Review review) {
        return review.getEmployeeId() == user().personId();
    }

    boolean isManager(Review review) {
        return review.getManagerId() != null && review.getManagerId() == user().personId();
    }

    /** The employee, their manager or HR; otherwise "not found". */
    void requireParticipant(Review review) {
        if (!isHr() && !isEmployee(review) && !isManager(review)) {
            throw notFound();
        }
    }

    /** The employee's manager or HR; otherwise "not found". */
    void requireManagerOrHr(Review review) {
        if (!isHr() && !isManager(review)) {
            throw notFound();
        }
    }

    /** A request the signed-in user was asked to answer (not one still proposed); otherwise "not found". */
    void requireOwnRequest(RaterAssignment assignment) {
        requireRater(assignment);
        if (assignment.getStatus() == AssignmentStatus.PROPOSED) {
            throw notFound();
        }
    }

    /** Only the rater of a request; not even HR. */
    void requireRater(RaterAssignment assignment) {
        if (assignment.getRaterId() == null || assignment.getRaterId() != user().personId()) {
            throw notFound();
        }
    }

    static UserFacingException notFound() {
        return new UserFacingException("common.not-found");
    }
}

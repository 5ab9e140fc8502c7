package nl.spiegel360.review;

import java.util.HashMap;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.base.UserFacingException;
import org.springframework.stereotype.Component;

/**
 * The rules nominating shares between what it shows and what it changes: who may still add raters to a review, which
 * request may still be taken back, and how many requests each person carries in a cycle (rater fatigue).
 */
@Component
class NominationRules {

    private final ReviewRepository reviews;
    private final RaterAssignmentRepository assignments;
    private final RatingRepository ratings;
    private final ReviewAccess access;

    NominationRules(ReviewRepository reviews, RaterAssignmentRepository assignments, RatingRepository ratings,
            ReviewAccess access) {
        this.reviews = reviews;
        this.assignments = assignments;
        this.ratings = ratings;
        this.access = access;
    }

    /** The review with its cycle, or "not found". */
    Review load(long reviewId) {
        return reviews.findWithCycle(reviewId).orElseThrow(ReviewAccess::notFound);
    }

    /** Whether the reader manages this review: its employee's manager or HR. */
    boolean managing(Review review) {
        return access.isHr() || access.isManager(review);
    }

    /**
     * Whether the reader may add raters now: the manager and HR while the cycle nominates or rates, the employee
     * while it nominates; never once the review stopped collecting.
     */
    boolean canNominate(Review review) {
        if (!review.isCollecting()) {
            return false;
        }
        CycleState state = review.getCycle().getState();
        if (managing(review)) {
            return state == CycleState.NOMINATION || state == CycleState.RATING;
        }
        return access.isEmployee(review) && state == CycleState.NOMINATION;
    }

    /**
     * Whether the reader may take this request back: never the self-assessment, a submitted or answered request, or
     * one of a review that stopped collecting; the manager and HR any other but the manager's, the employee only
     * their own proposal that is still waiting.
     */
    boolean removable(RaterAssignment a, Review review, boolean managing) {
        if (a.getGroup() == RaterGroup.SELF || a.getStatus() == AssignmentStatus.SUBMITTED
                || !review.isCollecting() || review.getCycle().getState() == CycleState.CLOSED
                || ratings.countByAssignmentId(a.getId()) > 0) {
            return false;
        }
        if (managing) {
            return a.getGroup() != RaterGroup.MANAGER;
        }
        return a.getStatus() == AssignmentStatus.PROPOSED && a.getNominatedBy() != null
                && a.getNominatedBy() == access.user().personId();
    }

    /** Per colleague, the requests they carry in this cycle. */
    Map<Long, Long> requestCounts(long cycleId) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : assignments.countRequestsPerRater(cycleId)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * Rater fatigue: a person (or an outside address) asked this often in the cycle already is not asked again,
     * unless HR asks. {@code load} is how many requests they carry; {@code name} names them in the refusal.
     */
    void requireNotFatigued(ReviewCycle cycle, String name, long load) {
        if (load >= cycle.getMaxRequestsPerRater() && !access.isHr()) {
            throw new UserFacingException("nomination.error.fatigue", name, load);
        }
    }

    /** A new request as the reader makes it: waiting for approval from the employee, invited from anyone else. */
    AssignmentStatus statusOfNew(Review review) {
        return managing(review) ? AssignmentStatus.NOT_STARTED : AssignmentStatus.PROPOSED;
    }

    /** Whether the requests of this group still asked (not declined) in the review have reached the cycle's maximum. */
    boolean full(long reviewId, RaterGroup group, int max) {
        return assignments.findByReview(reviewId).stream().filter(a -> a.getGroup() == group
                && a.getStatus() != AssignmentStatus.DECLINED).count() >= max;
    }
}

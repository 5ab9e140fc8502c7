package nl.spiegel360.review;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a review's collection of answers: at the cycle's rating deadline, or earlier by its manager or HR once every
 * group has its minimum of submitted questionnaires. Closing publishes {@link ReviewClosed} in the same
 * transaction, so the result is computed once, from what was submitted, and stored with the close. Questionnaires
 * not submitted by then are left out and kept; their raters are told.
 *
 * <p>Nine collaborators: closing reads the review, its assignments and answers, the cycle's settings and the known
 * answers, and tells the raters and the audit log, in one transaction, so that no close is half done.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReviewClosing {

    /** How many reviews are closed together. */
    static final int CHUNK = 200;

    /** A group that has fewer submitted questionnaires than its minimum. */
    public record Missing(RaterGroup group, int submitted, int minimum) {
    }

    /** Where a review stands: per group submitted of asked, and what keeps it from being closed early. */
    public record Readiness(boolean collecting, boolean canClose, Map<RaterGroup, int[]> submittedOfTotal,
            List<Missing> missing) {
    }

    private final ReviewRepository reviews;
    private final ReviewCycleRepository cycles;
    private final RaterAssignmentRepository assignments;
    private final ReviewDataAssembler assembler;
    private final ReviewAccess access;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final EntityManager entityManager;

    ReviewClosing(ReviewRepository reviews, ReviewCycleRepository cycles, RaterAssignmentRepository assignments,
            ReviewDataAssembler assembler, ReviewAccess access, ApplicationEventPublisher events, AuditLog audit,
            Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.reviews = reviews;
        this.cycles = cycles;
        this.assignments = assignments;
        this.assembler = assembler;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Progress as counts per group, for the employee, the manager and HR; never who answered. */
    @Transactional(readOnly = true)
    public Readiness readiness(long reviewId) {
        Review review = load(reviewId);
        access.requireParticipant(review);
        List<RaterAssignment> list = assignments.findByReview(reviewId);
        Map<RaterGroup, int[]> counts = asked(list);
        List<Missing> missing = missing(review, list);
        boolean managing = access.isHr() || access.isManager(review);
        return new Readiness(review.isCollecting(), managing && review.isCollecting() && missing.isEmpty()
                && review.getCycle().getState().acceptsAnswers(), counts, missing);
    }

    /** The manager or HR closes a review early; refused unless every group has its minimum. */
    public void close(long reviewId) {
        Review review = load(reviewId);
        access.requireManagerOrHr(review);
        if (!review.isCollecting()) {
            throw new UserFacingException("review.error.closed");
        }
        if (!review.getCycle().getState().acceptsAnswers()) {
            throw new UserFacingException("review.error.not-collecting");
        }
        List<RaterAssignment> list = assignments.findByReview(reviewId);
        List<Missing> missing = missing(review, list);
        if (!missing.isEmpty()) {
            throw new UserFacingException("review.error.minimum-missing", missing.size());
        }
        close(List.of(review), Map.of(reviewId, list), "early");
    }

    /**
     * Closes the next page of a cycle's reviews that are due to close (the cycle closed or its rating deadline
     * passed), in one transaction: the reviews, their requests, scores and comments are read in a few queries and the
     * results stored together, so that closing ten thousand reviews costs ten times closing a thousand. Returns how
     * many it closed; none once the cycle has no review left to close. {@link CycleClosings} calls it until then.
     */
    int closeDuePage(long cycleId, String how) {
        List<Long> page = reviews.findCollectingDueInCycle(cycleId, LocalDate.now(clock),
                org.springframework.data.domain.Limit.of(CHUNK));
        if (page.isEmpty()) {
            return 0;
        }
        Map<Long, List<RaterAssignment>> byReview = new HashMap<>();
        assignments.findByReviewIdIn(page).forEach(a -> byReview.computeIfAbsent(a.getReview().getId(),
                k -> new ArrayList<>()).add(a));
        close(reviews.findWithCycleByIdIn(page), byReview, how);
        entityManager.flush();
        entityManager.clear();
        return page.size();
    }

    private void close(List<Review> list, Map<Long, List<RaterAssignment>> byReview, String how) {
        Instant now = clock.instant();
        list.forEach(r -> r.close(now));
        reviews.flush();
        events.publishEvent(new ReviewClosed(assembler.submitted(list, byReview)));
        for (Review review : list) {
            for (RaterAssignment a : byReview.getOrDefault(review.getId(), List.of())) {
                if (a.getStatus().open() && a.reachable()) {
                    events.publishEvent(new ReviewEvents.ClosedBeforeSubmit(a.getId()));
                }
            }
            audit.record("review.closed", "review", review.getId(), how);
        }
    }

    /** The groups that were asked: a group whose every request was declined is not shown. */
    private static Map<RaterGroup, int[]> asked(List<RaterAssignment> list) {
        Map<RaterGroup, int[]> counts = GroupCounts.of(list);
        counts.values().removeIf(c -> c[1] == 0);
        return counts;
    }

    /**
     * Every group that was asked, and the peers always, must have its minimum of submitted questionnaires that count
     * ({@link KnownAnswers}: raters asked late into a group that was below its minimum do not).
     */
    private static List<Missing> missing(Review review, List<RaterAssignment> list) {
        Settings settings = CycleSettings.read(review.getCycle().getSettings());
        Map<RaterGroup, int[]> counts = asked(list);
        Map<RaterGroup, Integer> counted = new java.util.EnumMap<>(RaterGroup.class);
        KnownAnswers.counted(list, settings).forEach(a -> counted.merge(a.getGroup(), 1, Integer::sum));
        List<Missing> missing = new ArrayList<>();
        for (RaterGroup group : RaterGroup.values()) {
            int[] c = counts.get(group);
            if (c == null && group != RaterGroup.PEER && group != RaterGroup.SELF) {
                continue;
            }
            int submitted = counted.getOrDefault(group, 0);
            if (submitted < settings.minimum(group)) {
                missing.add(new Missing(group, submitted, settings.minimum(group)));
            }
        }
        return missing;
    }

    private Review load(long reviewId) {
        return reviews.findWithCycle(reviewId).orElseThrow(ReviewAccess::notFound);
    }
}

package nl.spiegel360.review;

import java.time.Clock;
import java.util.List;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRef;
import nl.spiegel360.review.ReviewReadModels.AssignmentLine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominating colleagues as raters: the employee proposes during the nomination phase, within the cycle's limits; the
 * manager approves, removes or adds; HR may override. Nobody rates themselves as a peer or appears twice in a review.
 * What nominating shows is {@link NominationReads}; raters from outside are {@link ExternalNominations}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NominationService {

    private final RaterAssignmentRepository assignments;
    private final PersonDirectory people;
    private final ReviewAccess access;
    private final NominationRules rules;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    NominationService(RaterAssignmentRepository assignments, PersonDirectory people, ReviewAccess access,
            NominationRules rules, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.assignments = assignments;
        this.people = people;
        this.access = access;
        this.rules = rules;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Nominates a rater. The employee's nomination waits for the manager's approval; the manager's and HR's
     * count at once and invite the rater.
     */
    public AssignmentLine nominate(long reviewId, long personId, RaterGroup group) {
        Review review = rules.load(reviewId);
        access.requireParticipant(review);
        if (!rules.canNominate(review)) {
            throw new UserFacingException("nomination.error.closed");
        }
        // external raters are nominated by name and address (nominateExternal), never as a colleague
        if (group == RaterGroup.SELF || group == RaterGroup.MANAGER || group == RaterGroup.EXTERNAL
                || (!rules.managing(review) && group == RaterGroup.DIRECT_REPORT)) {
            throw new UserFacingException("nomination.error.group");
        }
        if (personId == review.getEmployeeId()) {
            throw new UserFacingException("nomination.error.self");
        }
        if (personId == access.user().personId()) {
            throw new UserFacingException("nomination.error.yourself");
        }
        if (assignments.existsByReviewIdAndRaterId(reviewId, personId)) {
            throw new UserFacingException("nomination.error.duplicate");
        }
        PersonRef person = people.refs(List.of(personId)).get(personId);
        if (person == null || !person.active()) {
            throw ReviewAccess.notFound();
        }
        ReviewCycle cycle = review.getCycle();
        if (group == RaterGroup.PEER) {
            if (rules.full(reviewId, RaterGroup.PEER, cycle.getPeersMax())) {
                throw new UserFacingException("nomination.error.max", cycle.getPeersMax());
            }
        }
        long load = assignments.countRequests(personId, cycle.getId());
        rules.requireNotFatigued(cycle, person.name(), load);
        AssignmentStatus status = rules.statusOfNew(review);
        RaterAssignment a = new RaterAssignment(review, personId, group, status, access.user().personId(),
                clock.instant());
        boolean late = cycle.getState() == CycleState.RATING;
        if (late) {
            a.markAddedDuringRating();
        }
        a = assignments.save(a);
        if (status == AssignmentStatus.NOT_STARTED) {
            events.publishEvent(new ReviewEvents.RaterInvited(a.getId()));
        }
        audit.record(late ? "nomination.added-during-rating" : "nomination.added", "review", reviewId,
                group.name() + " " + person.name());
        return new AssignmentLine(a.getId(), personId, person.name(), group, status, null, load + 1,
                true, null);
    }

    /**
     * Nominates several raters in one go, all or none: when one is refused, nobody is nominated and the message names
     * the person and why.
     */
    public List<AssignmentLine> nominateAll(long reviewId, java.util.Collection<Long> personIds, RaterGroup group) {
        Review review = rules.load(reviewId);
        access.requireParticipant(review);
        // the manager and HR invite; the employee proposes
        boolean inviting = rules.managing(review);
        if (personIds.isEmpty()) {
            throw new UserFacingException("nomination.person-required");
        }
        List<AssignmentLine> added = new java.util.ArrayList<>();
        for (long personId : personIds) {
            try {
                added.add(nominate(reviewId, personId, group));
            } catch (UserFacingException refused) {
                PersonRef person = people.refs(List.of(personId)).get(personId);
                throw new UserFacingException(inviting ? "nomination.error.for-invite" : "nomination.error.for",
                        person == null ? "?" : person.name(), refused);
            }
        }
        return added;
    }

    /** The manager or HR approves every proposed rater of a review; returns how many. */
    public int approveAll(long reviewId) {
        Review review = rules.load(reviewId);
        access.requireManagerOrHr(review);
        int approved = 0;
        for (RaterAssignment a : assignments.findByReview(reviewId)) {
            if (a.getStatus() == AssignmentStatus.PROPOSED) {
                approve(a.getId());
                approved++;
            }
        }
        return approved;
    }

    /** The manager or HR approves a proposed rater, who is then invited. */
    public void approve(long assignmentId) {
        RaterAssignment a = assignments.findWithReview(assignmentId).orElseThrow(ReviewAccess::notFound);
        access.requireManagerOrHr(a.getReview());
        if (a.getStatus() != AssignmentStatus.PROPOSED) {
            return;
        }
        if (!a.getReview().isCollecting()) {
            throw new UserFacingException("review.error.closed");
        }
        a.setStatus(AssignmentStatus.NOT_STARTED, clock.instant());
        events.publishEvent(new ReviewEvents.RaterInvited(a.getId()));
        audit.record("nomination.approved", "review", a.getReview().getId(), null);
    }

    /** Removes a rater who has not answered: the employee their own proposals, the manager and HR any. */
    public void remove(long assignmentId) {
        RaterAssignment a = assignments.findWithReview(assignmentId).orElseThrow(ReviewAccess::notFound);
        Review review = a.getReview();
        access.requireParticipant(review);
        if (!rules.removable(a, review, rules.managing(review))) {
            throw new UserFacingException("nomination.error.remove");
        }
        assignments.delete(a);
        audit.record("nomination.removed", "review", review.getId(), a.getGroup().name());
    }
}

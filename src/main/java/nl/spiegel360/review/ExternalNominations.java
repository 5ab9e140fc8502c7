package nl.spiegel360.review;

import java.time.Clock;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.review.ReviewReadModels.AssignmentLine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominating raters from outside the organisation (customers, partners), who have no account and rate through a
 * personal link, under the same rules as colleagues: who may nominate when, the cycle's maximum and rater fatigue.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ExternalNominations {

    private final RaterAssignmentRepository assignments;
    private final ExternalRaterRepository externals;
    private final PersonDirectory people;
    private final ReviewAccess access;
    private final NominationRules rules;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ExternalNominations(RaterAssignmentRepository assignments, ExternalRaterRepository externals,
            PersonDirectory people, ReviewAccess access, NominationRules rules, ApplicationEventPublisher events,
            AuditLog audit, Clock clock) {
        this.assignments = assignments;
        this.externals = externals;
        this.people = people;
        this.access = access;
        this.rules = rules;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Nominates an external rater (a customer, a partner) by name, address, organisation and language: the
     * employee's proposal waits for the manager's approval, the manager's and HR's invite at once, by a personal
     * link. The same limits as for colleagues: at most the cycle's maximum of them, and the requests per address
     * within the fatigue cap. An address of somebody with an account is refused: they rate as a colleague.
     */
    public AssignmentLine nominateExternal(long reviewId, ExternalDraft draft) {
        Review review = rules.load(reviewId);
        access.requireParticipant(review);
        if (!rules.canNominate(review)) {
            throw new UserFacingException("nomination.error.closed");
        }
        ReviewCycle cycle = review.getCycle();
        if (!cycle.isExternalRaters()) {
            throw new UserFacingException("nomination.error.external-off");
        }
        ExternalDraft d = draft.checked();
        if (people.hasAccount(d.email())) {
            throw new UserFacingException("nomination.error.external-has-account", d.email());
        }
        if (externals.existsInReview(reviewId, d.email())) {
            throw new UserFacingException("nomination.error.duplicate");
        }
        if (rules.full(reviewId, RaterGroup.EXTERNAL, cycle.getPeersMax())) {
            throw new UserFacingException("nomination.error.external-max", cycle.getPeersMax());
        }
        long load = externals.countRequests(d.email(), cycle.getId());
        rules.requireNotFatigued(cycle, d.name(), load);
        AssignmentStatus status = rules.statusOfNew(review);
        RaterAssignment a = new RaterAssignment(review, status, access.user().personId(), clock.instant());
        boolean late = cycle.getState() == CycleState.RATING;
        if (late) {
            a.markAddedDuringRating();
        }
        a = assignments.saveAndFlush(a);
        ExternalRater external = externals.saveAndFlush(new ExternalRater(a.getId(), cycle.getId(), d.name(), d.email(),
                d.organisation(), d.language(), clock.instant()));
        if (status == AssignmentStatus.NOT_STARTED) {
            events.publishEvent(new ReviewEvents.RaterInvited(a.getId()));
        }
        // the outsider's name stays out of the audit log, which outlives the erasure of their identity
        audit.record(late ? "nomination.added-during-rating" : "nomination.added", "review", reviewId,
                RaterGroup.EXTERNAL.name());
        return new AssignmentLine(a.getId(), null, external.shownName(), RaterGroup.EXTERNAL, status, null,
                load + 1, true, null);
    }
}

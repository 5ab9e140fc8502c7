package nl.spiegel360.review;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRef;
import nl.spiegel360.people.PersonRefs;
import nl.spiegel360.review.ReviewReadModels.AssignmentLine;
import nl.spiegel360.review.ReviewReadModels.Candidate;
import nl.spiegel360.review.ReviewReadModels.Nomination;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominating raters: the employee proposes during the nomination phase, within the cycle's limits; the manager
 * approves, removes or adds; HR may override. Nobody rates themselves as a peer or appears twice in a review.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NominationService {

    private final ReviewRepository reviews;
    private final RaterAssignmentRepository assignments;
    private final RatingRepository ratings;
    private final PersonDirectory people;
    private final ReviewAccess access;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final ExternalRaterRepository externals;
    private final Clock clock;

    NominationService(ReviewRepository reviews, RaterAssignmentRepository assignments, RatingRepository ratings,
            PersonDirectory people, ReviewAccess access, ApplicationEventPublisher events, AuditLog audit,
            ExternalRaterRepository externals, Clock clock) {
        this.externals = externals;
        this.reviews = reviews;
        this.assignments = assignments;
        this.ratings = ratings;
        this.people = people;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The employee's own reviews, newest first. */
    @Transactional(readOnly = true)
    public List<ReviewReadModels.ReviewSummary> myReviews() {
        List<Review> mine = reviews.findByEmployee(access.user().personId());
        PersonRefs refs = people.refs(List.of(access.user().personId()));
        return mine.stream().map(r -> ReviewSummaries.of(r, refs)).toList();
    }

    /** The reviews of the signed-in manager's reports, newest first. */
    @Transactional(readOnly = true)
    public List<ReviewReadModels.ReviewSummary> teamReviews() {
        List<Review> list = reviews.findByManager(access.user().personId());
        PersonRefs refs = people.refs(list.stream().map(Review::getEmployeeId).toList());
        return list.stream().map(r -> ReviewSummaries.of(r, refs)).toList();
    }

    @Transactional(readOnly = true)
    public Nomination nomination(long reviewId) {
        Review review = load(reviewId);
        access.requireParticipant(review);
        List<RaterAssignment> list = assignments.findByReview(reviewId);
        Set<Long> ids = new HashSet<>();
        list.forEach(a -> {
            if (a.getRaterId() != null) {
                ids.add(a.getRaterId());
            }
        });
        ids.add(review.getEmployeeId());
        list.forEach(a -> {
            if (a.getNominatedBy() != null) {
                ids.add(a.getNominatedBy());
            }
        });
        PersonRefs refs = people.refs(ids);
        Map<Long, ExternalRater> outside = new HashMap<>();
        externals.findByAssignmentIdIn(list.stream().filter(a -> a.getGroup() == RaterGroup.EXTERNAL)
                .map(RaterAssignment::getId).toList()).forEach(e -> outside.put(e.getAssignmentId(), e));
        Map<Long, Long> requests = requestCounts(review.getCycle().getId());
        boolean managing = access.isHr() || access.isManager(review);
        boolean chasing = managing && review.isCollecting();
        ReviewCycle cycle = review.getCycle();
        List<AssignmentLine> lines = list.stream().map(a -> new AssignmentLine(a.getId(), a.getRaterId(),
                a.getRaterId() != null ? refs.get(a.getRaterId()).name()
                        : outside.containsKey(a.getId()) ? outside.get(a.getId()).shownName() : "—", a.getGroup(),
                chasing ? a.getStatus() : shown(a.getStatus()), a.getDeclineReason(),
                a.getRaterId() == null ? 0 : requests.getOrDefault(a.getRaterId(), 0L),
                removable(a, review, managing), addedDuringRatingBy(a, refs))).toList();
        return new Nomination(reviewId, cycle.getId(), cycle.getName(), cycle.getState(), review.getEmployeeId(),
                refs.get(review.getEmployeeId()).name(), cycle.getNominationDeadline(), cycle.getPeersMin(),
                cycle.getPeersMax(), cycle.getMaxRequestsPerRater(), canNominate(review), managing, lines,
                review.isCollecting(), managing && review.isCollecting()
                        ? KnownAnswers.sealed(list, CycleSettings.read(cycle.getSettings())) : Set.of(),
                cycle.isExternalRaters(), review.getProfileId());
    }

    /** Everyone who could still be nominated for this review, with their request count in the cycle. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long reviewId) {
        Review review = load(reviewId);
        access.requireParticipant(review);
        Set<Long> taken = new HashSet<>();
        taken.add(review.getEmployeeId());
        assignments.findByReview(reviewId).forEach(a -> taken.add(a.getRaterId()));
        Map<Long, Long> requests = requestCounts(review.getCycle().getId());
        return people.directory().stream().filter(p -> !taken.contains(p.id()))
                .map(p -> new Candidate(p.id(), p.name(), p.team(), requests.getOrDefault(p.id(), 0L))).toList();
    }

    /**
     * Nominates a rater. The employee's nomination waits for the manager's approval; the manager's and HR's
     * count at once and invite the rater.
     */
    public AssignmentLine nominate(long reviewId, long personId, RaterGroup group) {
        Review review = load(reviewId);
        access.requireParticipant(review);
        boolean managing = access.isHr() || access.isManager(review);
        if (!canNominate(review)) {
            throw new UserFacingException("nomination.error.closed");
        }
        // external raters are nominated by name and address (nominateExternal), never as a colleague
        if (group == RaterGroup.SELF || group == RaterGroup.MANAGER || group == RaterGroup.EXTERNAL
                || (!managing && group == RaterGroup.DIRECT_REPORT)) {
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
            long peers = assignments.findByReview(reviewId).stream().filter(a -> a.getGroup() == RaterGroup.PEER
                    && a.getStatus() != AssignmentStatus.DECLINED).count();
            if (peers >= cycle.getPeersMax()) {
                throw new UserFacingException("nomination.error.max", cycle.getPeersMax());
            }
        }
        long load = assignments.countRequests(personId, cycle.getId());
        if (load >= cycle.getMaxRequestsPerRater() && !access.isHr()) {
            throw new UserFacingException("nomination.error.fatigue", person.name(), load);
        }
        AssignmentStatus status = managing ? AssignmentStatus.NOT_STARTED : AssignmentStatus.PROPOSED;
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
     * Nominates an external rater (a customer, a partner) by name, address, organisation and language: the
     * employee's proposal waits for the manager's approval, the manager's and HR's invite at once, by a personal
     * link. The same limits as for colleagues: at most the cycle's maximum of them, and the requests per address
     * within the fatigue cap. An address of somebody with an account is refused: they rate as a colleague.
     */
    public AssignmentLine nominateExternal(long reviewId, ExternalDraft draft) {
        Review review = load(reviewId);
        access.requireParticipant(review);
        boolean managing = access.isHr() || access.isManager(review);
        if (!canNominate(review)) {
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
        long asked = assignments.findByReview(reviewId).stream().filter(a -> a.getGroup() == RaterGroup.EXTERNAL
                && a.getStatus() != AssignmentStatus.DECLINED).count();
        if (asked >= cycle.getPeersMax()) {
            throw new UserFacingException("nomination.error.external-max", cycle.getPeersMax());
        }
        long load = externals.countRequests(d.email(), cycle.getId());
        if (load >= cycle.getMaxRequestsPerRater() && !access.isHr()) {
            throw new UserFacingException("nomination.error.fatigue", d.name(), load);
        }
        AssignmentStatus status = managing ? AssignmentStatus.NOT_STARTED : AssignmentStatus.PROPOSED;
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

    /**
     * Nominates several raters in one go, all or none: when one is refused, nobody is nominated and the message names
     * the person and why.
     */
    public List<AssignmentLine> nominateAll(long reviewId, java.util.Collection<Long> personIds, RaterGroup group) {
        Review review = load(reviewId);
        access.requireParticipant(review);
        // the manager and HR invite; the employee proposes
        boolean inviting = access.isHr() || access.isManager(review);
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
        Review review = load(reviewId);
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
        if (!removable(a, review, access.isHr() || access.isManager(review))) {
            throw new UserFacingException("nomination.error.remove");
        }
        assignments.delete(a);
        audit.record("nomination.removed", "review", review.getId(), a.getGroup().name());
    }

    private boolean removable(RaterAssignment a, Review review, boolean managing) {
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

    /** For HR only: who added this rater after the nomination phase. */
    private @org.jspecify.annotations.Nullable String addedDuringRatingBy(RaterAssignment a,
            PersonRefs refs) {
        if (!access.isHr() || !a.isAddedDuringRating() || a.getNominatedBy() == null) {
            return null;
        }
        PersonRef by = refs.get(a.getNominatedBy());
        return by == null ? "—" : by.name();
    }

    /** What a reader who does not chase answers sees of a request: proposed, declined, or simply asked. */
    private static @org.jspecify.annotations.Nullable AssignmentStatus shown(AssignmentStatus status) {
        return status == AssignmentStatus.PROPOSED || status == AssignmentStatus.DECLINED ? status : null;
    }

    private boolean canNominate(Review review) {
        if (!review.isCollecting()) {
            return false;
        }
        CycleState state = review.getCycle().getState();
        if (access.isHr() || access.isManager(review)) {
            return state == CycleState.NOMINATION || state == CycleState.RATING;
        }
        return access.isEmployee(review) && state == CycleState.NOMINATION;
    }

    private Map<Long, Long> requestCounts(long cycleId) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : assignments.countRequestsPerRater(cycleId)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private Review load(long reviewId) {
        return reviews.findWithCycle(reviewId).orElseThrow(ReviewAccess::notFound);
    }
}

package nl.spiegel360.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.CompetencyReadModels.ProfileCompetency;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRefs;
import nl.spiegel360.review.ReviewReadModels.RequestSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback requests as their raters see them: the list with progress, declining one with a reason, and HR
 * reopening a submitted one.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RaterRequests {

    private final RaterAssignmentRepository assignments;
    private final RatingRepository ratings;
    private final ProfileReader profiles;
    private final PersonDirectory people;
    private final ReviewAccess access;
    private final AuditLog audit;
    private final Answering answering;
    private final Clock clock;

    RaterRequests(RaterAssignmentRepository assignments, RatingRepository ratings, ProfileReader profiles,
            PersonDirectory people, ReviewAccess access, AuditLog audit, Answering answering, Clock clock) {
        this.assignments = assignments;
        this.ratings = ratings;
        this.profiles = profiles;
        this.people = people;
        this.access = access;
        this.answering = answering;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a rater can still do first, then the newest: earlier cycles' requests come last. */
    private static final java.util.Comparator<RequestSummary> OPEN_FIRST = java.util.Comparator
            .comparing(RequestSummary::editable).reversed()
            .thenComparing(RequestSummary::lastDay, java.util.Comparator.reverseOrder())
            .thenComparing(RequestSummary::assignmentId, java.util.Comparator.reverseOrder());

    /** "My requests": every feedback request of the signed-in user, with progress; open ones first, then newest. */
    @Transactional(readOnly = true)
    public List<RequestSummary> myRequests() {
        List<RaterAssignment> mine = assignments.findByRater(access.user().personId()).stream()
                .filter(a -> a.getStatus() != AssignmentStatus.PROPOSED
                        && a.getReview().getCycle().getState() != CycleState.DRAFT).toList();
        PersonRefs refs = people.refs(mine.stream().map(a -> a.getReview().getEmployeeId()).toList());
        Map<Long, ProfileDocument> docs = profiles.documents(mine.stream().map(a -> a.getReview().getProfileId())
                .toList());
        return mine.stream().map(a -> new RequestSummary(a.getId(), a.getReview().getId(),
                a.getReview().getCycle().getName(), refs.get(a.getReview().getEmployeeId()).name(), a.getGroup(),
                a.lastDay(), a.getStatus(), (int) ratings.countByAssignmentId(a.getId()),
                total(docs.get(a.getReview().getProfileId())), a.acceptsAnswersOn(LocalDate.now(clock)),
                !a.getReview().isCollecting())).sorted(OPEN_FIRST).toList();
    }

    /** The rater declines a request, with a reason; the employee and manager are told. */
    public void decline(long assignmentId, String reason) {
        RaterAssignment a = assignments.findWithReview(assignmentId).orElseThrow(ReviewAccess::notFound);
        access.requireOwnRequest(a);
        answering.decline(a, reason);
    }

    /** HR reopens one submitted questionnaire for a week, with a reason; audited. */
    @PreAuthorize("hasRole('HR')")
    public void reopen(long assignmentId, String reason) {
        RaterAssignment a = assignments.findWithReview(assignmentId).orElseThrow(ReviewAccess::notFound);
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("questionnaire.error.reason-required");
        }
        if (reason.strip().length() > ReviewLimits.REASON_MAX) {
            throw new UserFacingException("questionnaire.error.reason-too-long", ReviewLimits.REASON_MAX);
        }
        if (!a.getReview().isCollecting() || a.getReview().getCycle().getState() == CycleState.CLOSED) {
            throw new UserFacingException("questionnaire.error.reopen-closed");
        }
        if (a.getStatus() != AssignmentStatus.SUBMITTED) {
            throw new UserFacingException("questionnaire.error.reopen");
        }
        a.setStatus(AssignmentStatus.IN_PROGRESS, clock.instant());
        a.extendUntil(LocalDate.now(clock).plusDays(7));
        audit.record("questionnaire.reopened", "rater_assignment", assignmentId, reason.strip());
    }

    private static int total(@Nullable ProfileDocument document) {
        return document == null ? 0 : document.competencies().stream().mapToInt(ProfileCompetency::indicatorCount)
                .sum();
    }
}

package nl.spiegel360.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRef;
import nl.spiegel360.people.PersonRefs;
import nl.spiegel360.review.ReviewReadModels.AssignmentLine;
import nl.spiegel360.review.ReviewReadModels.Candidate;
import nl.spiegel360.review.ReviewReadModels.Nomination;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What nominating shows: a person's own reviews and their team's, a review's raters as its reader may see them (who
 * has not answered only to the manager and HR while collecting), and who could still be asked.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NominationReads {

    private final ReviewRepository reviews;
    private final RaterAssignmentRepository assignments;
    private final PersonDirectory people;
    private final ReviewAccess access;
    private final ExternalRaterRepository externals;
    private final NominationRules rules;

    NominationReads(ReviewRepository reviews, RaterAssignmentRepository assignments, PersonDirectory people,
            ReviewAccess access, ExternalRaterRepository externals, NominationRules rules) {
        this.reviews = reviews;
        this.assignments = assignments;
        this.people = people;
        this.access = access;
        this.externals = externals;
        this.rules = rules;
    }

    /** The employee's own reviews, newest first. */
    public List<ReviewReadModels.ReviewSummary> myReviews() {
        List<Review> mine = reviews.findByEmployee(access.user().personId());
        PersonRefs refs = people.refs(List.of(access.user().personId()));
        return mine.stream().map(r -> ReviewSummaries.of(r, refs)).toList();
    }

    /** The reviews of the signed-in manager's reports, newest first. */
    public List<ReviewReadModels.ReviewSummary> teamReviews() {
        List<Review> list = reviews.findByManager(access.user().personId());
        PersonRefs refs = people.refs(list.stream().map(Review::getEmployeeId).toList());
        return list.stream().map(r -> ReviewSummaries.of(r, refs)).toList();
    }

    public Nomination nomination(long reviewId) {
        Review review = rules.load(reviewId);
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
        Map<Long, Long> requests = rules.requestCounts(review.getCycle().getId());
        boolean managing = rules.managing(review);
        boolean chasing = managing && review.isCollecting();
        ReviewCycle cycle = review.getCycle();
        List<AssignmentLine> lines = list.stream().map(a -> new AssignmentLine(a.getId(), a.getRaterId(),
                a.getRaterId() != null ? refs.get(a.getRaterId()).name()
                        : outside.containsKey(a.getId()) ? outside.get(a.getId()).shownName() : "—", a.getGroup(),
                chasing ? a.getStatus() : shown(a.getStatus()), a.getDeclineReason(),
                a.getRaterId() == null ? 0 : requests.getOrDefault(a.getRaterId(), 0L),
                rules.removable(a, review, managing), addedDuringRatingBy(a, refs))).toList();
        return new Nomination(reviewId, cycle.getId(), cycle.getName(), cycle.getState(), review.getEmployeeId(),
                refs.get(review.getEmployeeId()).name(), cycle.getNominationDeadline(), cycle.getPeersMin(),
                cycle.getPeersMax(), cycle.getMaxRequestsPerRater(), rules.canNominate(review), managing, lines,
                review.isCollecting(), managing && review.isCollecting()
                        ? KnownAnswers.sealed(list, CycleSettings.read(cycle.getSettings())) : Set.of(),
                cycle.isExternalRaters(), review.getProfileId());
    }

    /** Everyone who could still be nominated for this review, with their request count in the cycle. */
    public List<Candidate> candidates(long reviewId) {
        Review review = rules.load(reviewId);
        access.requireParticipant(review);
        Set<Long> taken = new HashSet<>();
        taken.add(review.getEmployeeId());
        assignments.findByReview(reviewId).forEach(a -> taken.add(a.getRaterId()));
        Map<Long, Long> requests = rules.requestCounts(review.getCycle().getId());
        return people.directory().stream().filter(p -> !taken.contains(p.id()))
                .map(p -> new Candidate(p.id(), p.name(), p.team(), requests.getOrDefault(p.id(), 0L))).toList();
    }

    /** For HR only: who added this rater after the nomination phase. */
    private @Nullable String addedDuringRatingBy(RaterAssignment a,
            PersonRefs refs) {
        if (!access.isHr() || !a.isAddedDuringRating() || a.getNominatedBy() == null) {
            return null;
        }
        PersonRef by = refs.get(a.getNominatedBy());
        return by == null ? "—" : by.name();
    }

    /** What a reader who does not chase answers sees of a request: proposed, declined, or simply asked. */
    private static @Nullable AssignmentStatus shown(AssignmentStatus status) {
        return status == AssignmentStatus.PROPOSED || status == AssignmentStatus.DECLINED ? status : null;
    }

}

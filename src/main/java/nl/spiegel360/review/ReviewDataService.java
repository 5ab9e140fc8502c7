package nl.spiegel360.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.people.PersonRef;
import nl.spiegel360.people.PersonService;
import nl.spiegel360.review.ReviewData.Comment;
import nl.spiegel360.review.ReviewData.SubmittedRater;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submitted ratings of reviews, for reports: loaded in a constant number of queries, for one review or for
 * a whole cycle at once. Only submitted questionnaires count. The caller decides who may see the report; this
 * service refuses anyone who is not the review's employee, their manager or HR.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReviewDataService {

    private final ReviewRepository reviews;
    private final RaterAssignmentRepository assignments;
    private final RatingRepository ratings;
    private final CompetencyCommentRepository comments;
    private final PersonService people;
    private final ReviewAccess access;
    private final AuditLog audit;
    private final java.time.Clock clock;

    ReviewDataService(ReviewRepository reviews, RaterAssignmentRepository assignments, RatingRepository ratings,
            CompetencyCommentRepository comments, PersonService people, ReviewAccess access, AuditLog audit,
            java.time.Clock clock) {
        this.reviews = reviews;
        this.assignments = assignments;
        this.ratings = ratings;
        this.comments = comments;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public ReviewData review(long reviewId) {
        Review review = reviews.findWithCycle(reviewId).orElseThrow(ReviewAccess::notFound);
        access.requireParticipant(review);
        return assemble(List.of(review), assignments.findByReview(reviewId),
                ratings.findSubmittedScoresForReview(reviewId), comments.findSubmittedForReview(reviewId)).getFirst();
    }

    /** Every review of a cycle that the user may follow (HR all, a manager their reports'), in 4 queries. */
    public List<ReviewData> cycle(long cycleId) {
        List<Review> all = reviews.findByCycle(cycleId);
        List<Review> list = all.stream().filter(r -> access.isHr() || access.isManager(r)).toList();
        if (list.isEmpty()) {
            return List.of();
        }
        List<SubmittedScore> scores = list.size() == all.size() ? ratings.findSubmittedScoresForCycle(cycleId)
                : ratings.findSubmittedScoresForReviews(list.stream().map(Review::getId).toList());
        return assemble(list, assignments.findByCycle(cycleId), scores, List.of());
    }

    /** The employee's earlier reviews (for trends), newest first; same access as the review itself. */
    public List<Long> earlierReviews(long reviewId) {
        Review review = reviews.findWithCycle(reviewId).orElseThrow(ReviewAccess::notFound);
        access.requireParticipant(review);
        return reviews.findByEmployee(review.getEmployeeId()).stream()
                .filter(r -> r.getCycle().getOpensOn().isBefore(review.getCycle().getOpensOn()))
                .map(Review::getId).toList();
    }

    /** The manager (or HR) releases the report to the employee. */
    @Transactional
    public void release(long reviewId) {
        Review review = reviews.findWithCycle(reviewId).orElseThrow(ReviewAccess::notFound);
        access.requireManagerOrHr(review);
        if (review.getReleasedAt() == null) {
            review.release(clock.instant());
            audit.record("report.released", "review", reviewId, null);
        }
    }

    /** Whether the signed-in user is the review's manager (or HR), who calibrates and releases. */
    public boolean managesReview(long reviewId) {
        Review review = reviews.findWithCycle(reviewId).orElseThrow(ReviewAccess::notFound);
        access.requireParticipant(review);
        return access.isHr() || access.isManager(review);
    }

    private List<ReviewData> assemble(List<Review> list, List<RaterAssignment> all, List<SubmittedScore> submitted,
            List<CompetencyComment> commentList) {
        Map<Long, RaterAssignment> byId = new HashMap<>();
        Map<Long, List<RaterAssignment>> byReview = new HashMap<>();
        for (RaterAssignment a : all) {
            byId.put(a.getId(), a);
            byReview.computeIfAbsent(a.getReview().getId(), k -> new ArrayList<>()).add(a);
        }
        Map<Long, Map<Long, @Nullable Integer>> scores = new HashMap<>();
        for (SubmittedScore s : submitted) {
            scores.computeIfAbsent(s.assignmentId(), k -> new HashMap<>(96)).put(s.indicatorId(), s.score());
        }
        Map<Long, List<CompetencyComment>> commentsByReview = new HashMap<>();
        for (CompetencyComment c : commentList) {
            RaterAssignment a = byId.get(c.getAssignmentId());
            if (a != null && !c.getText().isBlank()) {
                commentsByReview.computeIfAbsent(a.getReview().getId(), k -> new ArrayList<>()).add(c);
            }
        }
        Set<Long> personIds = new HashSet<>();
        list.forEach(r -> {
            personIds.add(r.getEmployeeId());
            if (r.getManagerId() != null) {
                personIds.add(r.getManagerId());
            }
        });
        Map<Long, PersonRef> refs = people.refs(personIds);
        List<ReviewData> result = new ArrayList<>();
        for (Review review : list) {
            List<SubmittedRater> raters = new ArrayList<>();
            for (RaterAssignment a : byReview.getOrDefault(review.getId(), List.of())) {
                if (a.getStatus() == AssignmentStatus.SUBMITTED) {
                    raters.add(new SubmittedRater("r" + a.getId(), a.getGroup(),
                            scores.getOrDefault(a.getId(), Map.of())));
                }
            }
            List<Comment> texts = new ArrayList<>();
            for (CompetencyComment c : commentsByReview.getOrDefault(review.getId(), List.of())) {
                RaterAssignment a = byId.get(c.getAssignmentId());
                texts.add(new Comment(c.getId(), a.getGroup(), c.getCompetencyId(), c.getText(), c.isHidden(),
                        a.getGroup() == RaterGroup.MANAGER ? name(refs, a.getRaterId()) : null));
            }
            PersonRef employee = refs.get(review.getEmployeeId());
            var cycle = review.getCycle();
            result.add(new ReviewData(review.getId(), cycle.getId(), cycle.getName(), cycle.getState(),
                    cycle.getOpensOn(), review.getEmployeeId(), employee == null ? "?" : employee.name(),
                    employee == null ? null : employee.team(), review.getManagerId(), review.getProfileId(),
                    review.getReleasedAt(), cycle.getSettings(), raters, texts));
        }
        return result;
    }

    private static @Nullable String name(Map<Long, PersonRef> refs, @Nullable Long id) {
        if (id == null) {
            return null;
        }
        PersonRef ref = refs.get(id);
        return ref == null ? null : ref.name();
    }
}

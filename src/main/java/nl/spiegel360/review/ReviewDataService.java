package nl.spiegel360.review;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews as reports name them, for the employee, their manager and HR; nobody else. Answers are not read
 * here: a report reads the result that was stored when its review closed.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReviewDataService {

    private final ReviewRepository reviews;
    private final RaterAssignmentRepository assignments;
    private final ReviewDataAssembler assembler;
    private final ReviewAccess access;
    private final JdbcClient jdbc;

    ReviewDataService(ReviewRepository reviews, RaterAssignmentRepository assignments, ReviewDataAssembler assembler,
            ReviewAccess access, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.reviews = reviews;
        this.assignments = assignments;
        this.assembler = assembler;
        this.access = access;
    }

    public ReviewInfo review(long reviewId) {
        Review review = reviews.findWithCycle(reviewId).orElseThrow(ReviewAccess::notFound);
        access.requireParticipant(review);
        return assembler.infos(List.of(review)).getFirst();
    }

    /** The closed reviews of a cycle that the user may follow (HR all, a manager their reports'). */
    public List<ReviewInfo> closedInCycle(long cycleId) {
        List<Review> list = access.isHr() ? reviews.findByCycle(cycleId)
                : reviews.findByCycleAndManager(cycleId, access.user().personId());
        return assembler.infos(list.stream().filter(r -> !r.isCollecting()).toList());
    }

    /** One page of {@link #closedInCycle(long)}, by the employee's name, read from the database as a page. */
    public List<ReviewInfo> closedInCycle(long cycleId, int offset, int limit) {
        boolean hr = access.isHr();
        List<Long> ids = jdbc.sql("""
                select r.id from review r join person p on p.id = r.employee_id
                where r.cycle_id = :cycle and r.closed_at is not null and (:hr or r.manager_id = :me)
                order by p.name, r.id limit :limit offset :offset""")
                .param("cycle", cycleId).param("hr", hr).param("me", access.user().personId())
                .param("limit", Math.max(1, limit)).param("offset", offset).query((rs, n) -> rs.getLong(1)).list();
        return assembler.infos(reviews.findWithCycleInOrder(ids));
    }

    /** How many reviews {@link #closedInCycle(long)} gives, counted by the database. */
    public long countClosedInCycle(long cycleId) {
        return jdbc.sql("""
                select count(*) from review r where r.cycle_id = :cycle and r.closed_at is not null
                and (:hr or r.manager_id = :me)""").param("cycle", cycleId).param("hr", access.isHr())
                .param("me", access.user().personId()).query(Long.class).single();
    }

    /** The employee's earlier closed reviews (for trends), newest first; same access as the review itself. */
    public List<ReviewInfo> earlierReviews(long reviewId) {
        Review review = reviews.findWithCycle(reviewId).orElseThrow(ReviewAccess::notFound);
        access.requireParticipant(review);
        return assembler.infos(reviews.findByEmployee(review.getEmployeeId()).stream()
                .filter(r -> !r.isCollecting() && r.getCycle().getOpensOn().isBefore(review.getCycle().getOpensOn()))
                .toList());
    }

    /**
     * The released reviews of the signed-in person as employee or as manager, whatever their role: for HR too only
     * their own, not the organisation's.
     */
    public List<ReviewInfo> ownReleasedReviews() {
        long me = access.user().personId();
        return assembler.infos(java.util.stream.Stream.concat(reviews.findByEmployee(me).stream(),
                reviews.findByManager(me).stream()).filter(r -> r.getReleasedAt() != null).distinct().toList());
    }

    /** The released reviews the signed-in person may follow: HR every one, anyone else their own. */
    public List<ReviewInfo> releasedReviews() {
        return access.isHr() ? assembler.infos(reviews.findReleased()) : ownReleasedReviews();
    }

    /**
     * One page of the released reviews the signed-in person may follow, by the employee's name: for HR read from the
     * database a page at a time, so that an organisation's thousands are never all in memory.
     */
    public List<ReviewInfo> releasedReviews(int offset, int limit) {
        if (!access.isHr()) {
            List<ReviewInfo> own = ownReleasedReviews().stream().sorted(java.util.Comparator.comparing(
                    ReviewInfo::employeeName).thenComparing(ReviewInfo::reviewId)).toList();
            return own.subList(Math.min(offset, own.size()), Math.min(offset + Math.max(0, limit), own.size()));
        }
        List<Long> ids = jdbc.sql("""
                select r.id from review r join person p on p.id = r.employee_id where r.released_at is not null
                order by p.name, r.id limit ? offset ?""")
                .params(Math.max(1, limit), offset).query((rs, n) -> rs.getLong(1)).list();
        return assembler.infos(reviews.findWithCycleInOrder(ids));
    }

    /**
     * For HR: the reviews after this id, by id, of one cycle or of all ({@code cycleId} null), all of them or only the
     * released ones; a page read from the database, so that a client can page through thousands with a cursor.
     */
    @PreAuthorize("hasRole('HR')")
    public List<ReviewInfo> reviewsAfter(@org.jspecify.annotations.Nullable Long cycleId, boolean releasedOnly,
            long afterId, int limit) {
        String sql = "select r.id from review r where r.id > :after"
                + (cycleId == null ? "" : " and r.cycle_id = :cycle")
                + (releasedOnly ? " and r.released_at is not null" : "") + " order by r.id limit :limit";
        var query = jdbc.sql(sql).param("after", afterId).param("limit", Math.max(1, limit));
        if (cycleId != null) {
            query = query.param("cycle", cycleId);
        }
        List<Long> ids = query.query((rs, n) -> rs.getLong(1)).list();
        return assembler.infos(reviews.findWithCycleInOrder(ids));
    }

    /** How many released reviews the signed-in person may follow, counted by the database for HR. */
    public long countReleasedReviews() {
        return access.isHr() ? jdbc.sql("select count(*) from review where released_at is not null").query(Long.class)
                .single() : ownReleasedReviews().size();
    }

    /**
     * Who submitted answers in a closed review, and in which group: for a follow-up asking the same raters, set up
     * by the review's manager (or the system). Never shown to the employee.
     */
    public List<ReviewReadModels.SubmittedRater> submittedRaters(long reviewId) {
        Review review = reviews.findWithCycle(reviewId).orElseThrow(ReviewAccess::notFound);
        access.requireManagerOrHr(review);
        return assignments.findByReview(reviewId).stream()
                .filter(a -> a.getStatus() == AssignmentStatus.SUBMITTED && a.getRaterId() != null)
                .map(a -> new ReviewReadModels.SubmittedRater(java.util.Objects.requireNonNull(a.getRaterId()),
                        a.getGroup()))
                .toList();
    }

    /** Whether the signed-in user is the review's manager (or HR), who closes, calibrates and releases. */
    public boolean managesReview(long reviewId) {
        Review review = reviews.findWithCycle(reviewId).orElseThrow(ReviewAccess::notFound);
        access.requireParticipant(review);
        return access.isHr() || access.isManager(review);
    }
}

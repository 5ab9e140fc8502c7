package nl.spiegel360.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewCycleRepository extends JpaRepository<ReviewCycle, Long> {

    @Query("select c from ReviewCycle c order by c.opensOn desc, c.id desc")
    List<ReviewCycle> findAllOrdered();

    @Query("select c from ReviewCycle c where c.state in :states")
    List<ReviewCycle> findByStates(@Param("states") Collection<CycleState> states);
}

interface ReviewRepository extends JpaRepository<Review, Long> {

    @Query("select r from Review r join fetch r.cycle where r.cycle.id = :cycleId order by r.id")
    List<Review> findByCycle(@Param("cycleId") long cycleId);

    @Query("select r from Review r join fetch r.cycle where r.employeeId = :employeeId order by r.cycle.opensOn desc")
    List<Review> findByEmployee(@Param("employeeId") long employeeId);

    @Query("select r from Review r join fetch r.cycle where r.managerId = :managerId order by r.cycle.opensOn desc, r.id")
    List<Review> findByManager(@Param("managerId") long managerId);

    @Query("select r from Review r join fetch r.cycle where r.id = :id")
    Optional<Review> findWithCycle(@Param("id") long id);

    /** Reviews still collecting although their cycle has closed or its rating deadline lies before today. */
    @Query("""
            select r from Review r join fetch r.cycle c where r.closedAt is null
              and (c.state = nl.spiegel360.review.CycleState.CLOSED
                   or c.state <> nl.spiegel360.review.CycleState.DRAFT and c.ratingDeadline < :today)
            order by r.id""")
    List<Review> findCollectingDue(@Param("today") java.time.LocalDate today);

    boolean existsByCycleIdAndEmployeeId(long cycleId, long employeeId);
}

interface RaterAssignmentRepository extends JpaRepository<RaterAssignment, Long> {

    @Query("""
            select a from RaterAssignment a join fetch a.review r join fetch r.cycle
            where a.raterId = :raterId order by r.cycle.ratingDeadline, a.id""")
    List<RaterAssignment> findByRater(@Param("raterId") long raterId);

    @Query("select a from RaterAssignment a join fetch a.review r join fetch r.cycle where a.id = :id")
    Optional<RaterAssignment> findWithReview(@Param("id") long id);

    @Query("select a from RaterAssignment a where a.review.id = :reviewId order by a.group, a.id")
    List<RaterAssignment> findByReview(@Param("reviewId") long reviewId);

    @Query("select a from RaterAssignment a join fetch a.review r where r.cycle.id = :cycleId")
    List<RaterAssignment> findByCycle(@Param("cycleId") long cycleId);

    /** How many requests of a cycle a person has, not counting their own self-assessment or declined ones. */
    @Query("""
            select count(a) from RaterAssignment a
            where a.raterId = :raterId and a.review.cycle.id = :cycleId
              and a.group <> nl.spiegel360.aggregation.RaterGroup.SELF
              and a.status <> nl.spiegel360.review.AssignmentStatus.DECLINED""")
    long countRequests(@Param("raterId") long raterId, @Param("cycleId") long cycleId);

    @Query("""
            select a.raterId, count(a) from RaterAssignment a
            where a.review.cycle.id = :cycleId and a.raterId is not null
              and a.group <> nl.spiegel360.aggregation.RaterGroup.SELF
              and a.status <> nl.spiegel360.review.AssignmentStatus.DECLINED
            group by a.raterId""")
    List<Object[]> countRequestsPerRater(@Param("cycleId") long cycleId);

    boolean existsByReviewIdAndRaterId(long reviewId, long raterId);
}

interface RatingRepository extends JpaRepository<Rating, Long> {

    List<Rating> findByAssignmentId(long assignmentId);

    Optional<Rating> findByAssignmentIdAndIndicatorId(long assignmentId, long indicatorId);

    long countByAssignmentId(long assignmentId);

    /** The scores of every submitted questionnaire of a review, in one query, as plain values. */
    @Query("""
            select new nl.spiegel360.review.SubmittedScore(r.assignmentId, r.indicatorId, r.score) from Rating r
            where r.assignmentId in (
                select a.id from RaterAssignment a
                where a.review.id = :reviewId and a.status = nl.spiegel360.review.AssignmentStatus.SUBMITTED)""")
    List<SubmittedScore> findSubmittedScoresForReview(@Param("reviewId") long reviewId);

    /** The scores of every submitted questionnaire of these reviews, in one query, as plain values. */
    @Query("""
            select new nl.spiegel360.review.SubmittedScore(r.assignmentId, r.indicatorId, r.score) from Rating r
            where r.assignmentId in (
                select a.id from RaterAssignment a
                where a.review.id in :reviewIds and a.status = nl.spiegel360.review.AssignmentStatus.SUBMITTED)""")
    List<SubmittedScore> findSubmittedScoresForReviews(@Param("reviewIds") Collection<Long> reviewIds);

    /** The scores of every submitted questionnaire of a cycle, in one query, as plain values. */
    @Query("""
            select new nl.spiegel360.review.SubmittedScore(r.assignmentId, r.indicatorId, r.score) from Rating r
            where r.assignmentId in (
                select a.id from RaterAssignment a
                where a.review.cycle.id = :cycleId and a.status = nl.spiegel360.review.AssignmentStatus.SUBMITTED)""")
    List<SubmittedScore> findSubmittedScoresForCycle(@Param("cycleId") long cycleId);
}

/** One score of a submitted questionnaire, read without the entity around it (reports read thousands). */
record SubmittedScore(long assignmentId, long indicatorId, @org.jspecify.annotations.Nullable Integer score) {
}

interface CompetencyCommentRepository extends JpaRepository<CompetencyComment, Long> {

    List<CompetencyComment> findByAssignmentId(long assignmentId);

    Optional<CompetencyComment> findByAssignmentIdAndCompetencyId(long assignmentId, long competencyId);

    @Query("""
            select c from CompetencyComment c where c.assignmentId in (
                select a.id from RaterAssignment a
                where a.review.id = :reviewId and a.status = nl.spiegel360.review.AssignmentStatus.SUBMITTED)""")
    List<CompetencyComment> findSubmittedForReview(@Param("reviewId") long reviewId);
}

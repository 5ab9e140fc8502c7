package nl.spiegel360.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

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

    /** The scores of every submitted questionnaire of a cycle, in one query, as plain values. */
    @Query("""
            select new nl.spiegel360.review.SubmittedScore(r.assignmentId, r.indicatorId, r.score) from Rating r
            where r.assignmentId in (
                select a.id from RaterAssignment a
                where a.review.cycle.id = :cycleId and a.status = nl.spiegel360.review.AssignmentStatus.SUBMITTED)""")
    List<SubmittedScore> findSubmittedScoresForCycle(@Param("cycleId") long cycleId);
}

package nl.spiegel360.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CompetencyCommentRepository extends JpaRepository<CompetencyComment, Long> {

    List<CompetencyComment> findByAssignmentId(long assignmentId);

    Optional<CompetencyComment> findByAssignmentIdAndCompetencyId(long assignmentId, long competencyId);

    @Query("""
            select c from CompetencyComment c where c.assignmentId in (
                select a.id from RaterAssignment a
                where a.review.id = :reviewId and a.status = nl.spiegel360.review.AssignmentStatus.SUBMITTED)""")
    List<CompetencyComment> findSubmittedForReview(@Param("reviewId") long reviewId);

    @Query("""
            select c from CompetencyComment c where c.assignmentId in (
                select a.id from RaterAssignment a
                where a.review.id in :reviewIds and a.status = nl.spiegel360.review.AssignmentStatus.SUBMITTED)""")
    List<CompetencyComment> findSubmittedForReviews(@Param("reviewIds") java.util.Collection<Long> reviewIds);
}

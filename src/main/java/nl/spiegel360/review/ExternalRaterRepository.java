package nl.spiegel360.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExternalRaterRepository extends JpaRepository<ExternalRater, Long> {

    List<ExternalRater> findByAssignmentIdIn(Collection<Long> assignmentIds);

    /** How many requests of a cycle go to this address, declined ones left out: the fatigue cap of externals. */
    @Query("""
            select count(e) from ExternalRater e, RaterAssignment a
            where a.id = e.assignmentId and e.cycleId = :cycleId and lower(e.email) = lower(:email)
              and a.status <> nl.spiegel360.review.AssignmentStatus.DECLINED""")
    long countRequests(@Param("email") String email, @Param("cycleId") long cycleId);

    @Query("""
            select count(e) > 0 from ExternalRater e, RaterAssignment a
            where a.id = e.assignmentId and a.review.id = :reviewId and lower(e.email) = lower(:email)""")
    boolean existsInReview(@Param("reviewId") long reviewId, @Param("email") String email);
}

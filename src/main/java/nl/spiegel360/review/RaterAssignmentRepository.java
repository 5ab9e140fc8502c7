package nl.spiegel360.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RaterAssignmentRepository extends JpaRepository<RaterAssignment, Long> {

    @Query("""
            select a from RaterAssignment a join fetch a.review r join fetch r.cycle
            where a.raterId = :raterId order by r.cycle.ratingDeadline, a.id""")
    List<RaterAssignment> findByRater(@Param("raterId") long raterId);

    @Query("select a from RaterAssignment a join fetch a.review r join fetch r.cycle where a.id = :id")
    Optional<RaterAssignment> findWithReview(@Param("id") long id);

    @Query("select a from RaterAssignment a where a.review.id = :reviewId order by a.group, a.id")
    List<RaterAssignment> findByReview(@Param("reviewId") long reviewId);

    @Query("select a from RaterAssignment a where a.review.id in :reviewIds order by a.group, a.id")
    List<RaterAssignment> findByReviewIdIn(@Param("reviewIds") java.util.Collection<Long> reviewIds);

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

    /** Per cycle and status, how many requests (declined and proposed ones included): one query for all cycles. */
    @Query("select a.review.cycle.id, a.status, count(a) from RaterAssignment a"
            + " where a.review.cycle.id in :cycleIds group by a.review.cycle.id, a.status")
    List<Object[]> countByCycleAndStatus(@Param("cycleIds") java.util.Collection<Long> cycleIds);
}

package nl.spiegel360.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewRepository extends JpaRepository<Review, Long> {

    @Query("select r from Review r join fetch r.cycle where r.cycle.id = :cycleId order by r.id")
    List<Review> findByCycle(@Param("cycleId") long cycleId);

    @Query("select r from Review r join fetch r.cycle where r.employeeId = :employeeId order by r.cycle.opensOn desc")
    List<Review> findByEmployee(@Param("employeeId") long employeeId);

    @Query("select r from Review r join fetch r.cycle where r.managerId = :managerId order by r.cycle.opensOn desc, r.id")
    List<Review> findByManager(@Param("managerId") long managerId);

    @Query("select r from Review r join fetch r.cycle where r.releasedAt is not null order by r.releasedAt desc, r.id")
    List<Review> findReleased();

    @Query("select r from Review r join fetch r.cycle where r.id = :id")
    Optional<Review> findWithCycle(@Param("id") long id);

    /** The cycles that have reviews still collecting although their cycle closed or its rating deadline passed. */
    @Query("""
            select distinct c.id from Review r join r.cycle c where r.closedAt is null
              and (c.state = nl.spiegel360.review.CycleState.CLOSED
                   or c.state <> nl.spiegel360.review.CycleState.DRAFT and c.ratingDeadline < :today)""")
    List<Long> findCyclesWithCollectingDue(@Param("today") java.time.LocalDate today);

    /** One page of a cycle's reviews that are still collecting although they are due to close, by id. */
    @Query("""
            select r.id from Review r join r.cycle c where c.id = :cycleId and r.closedAt is null
              and (c.state = nl.spiegel360.review.CycleState.CLOSED
                   or c.state <> nl.spiegel360.review.CycleState.DRAFT and c.ratingDeadline < :today)
            order by r.id""")
    List<Long> findCollectingDueInCycle(@Param("cycleId") long cycleId, @Param("today") java.time.LocalDate today,
            org.springframework.data.domain.Limit limit);

    @Query("select count(r) from Review r where r.cycle.id = :cycleId and r.closedAt is not null")
    long countClosedInCycle(@Param("cycleId") long cycleId);

    @Query("select r from Review r join fetch r.cycle where r.id in :ids order by r.id")
    List<Review> findWithCycleByIdIn(@Param("ids") java.util.Collection<Long> ids);

    /** These reviews with their cycles, in the order of the ids given (a page that the database ordered). */
    default List<Review> findWithCycleInOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Review> byId = new java.util.HashMap<>();
        findWithCycleByIdIn(ids).forEach(r -> byId.put(r.getId(), r));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    long countByCycleId(long cycleId);

    @Query("select r from Review r join fetch r.cycle where r.cycle.id = :cycleId and r.managerId = :managerId "
            + "order by r.id")
    List<Review> findByCycleAndManager(@Param("cycleId") long cycleId, @Param("managerId") long managerId);

    boolean existsByCycleIdAndEmployeeId(long cycleId, long employeeId);
}

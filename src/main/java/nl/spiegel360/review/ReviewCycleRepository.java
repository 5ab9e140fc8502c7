package nl.spiegel360.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewCycleRepository extends JpaRepository<ReviewCycle, Long> {

    @Query("select c from ReviewCycle c order by c.opensOn desc, c.id desc")
    List<ReviewCycle> findAllOrdered();

    @Query("select c from ReviewCycle c where c.state in :states")
    List<ReviewCycle> findByStates(@Param("states") Collection<CycleState> states);
}

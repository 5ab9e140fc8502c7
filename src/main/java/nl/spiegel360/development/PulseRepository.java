package nl.spiegel360.development;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PulseRepository extends JpaRepository<Pulse, Long> {

    Optional<Pulse> findByPlanId(long planId);

    List<Pulse> findByPlanIdIn(Collection<Long> planIds);

    @Query("select p from Pulse p where p.closedAt is null and p.closesOn < :today")
    List<Pulse> findOpenPast(@Param("today") LocalDate today);
}

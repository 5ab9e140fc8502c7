package nl.spiegel360.development;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PulseRequestRepository extends JpaRepository<PulseRequest, Long> {

    List<PulseRequest> findByPulseId(long pulseId);

    /** Per pulse: how many were asked and how many submitted; one query for all of them. */
    @Query("select r.pulse.id, count(r), sum(case when r.submittedAt is not null then 1 else 0 end)"
            + " from PulseRequest r where r.pulse.id in :pulses group by r.pulse.id")
    List<Object[]> countByPulse(@Param("pulses") Collection<Long> pulseIds);

    @Query("select r from PulseRequest r join fetch r.pulse where r.raterId = :rater order by r.id desc")
    List<PulseRequest> findByRater(@Param("rater") long raterId);

    @Modifying
    @Query("update PulseRequest r set r.raterId = null where r.raterId = :person")
    void forgetRater(@Param("person") long personId);

    @Modifying
    @Query(value = "delete from pulse_baseline where pulse_id in (:pulses)", nativeQuery = true)
    void deleteBaselinesForPulses(@Param("pulses") Collection<Long> pulseIds);

    @Modifying
    @Query(value = "delete from pulse_rating where request_id in (select r.id from pulse_request r"
            + " where r.pulse_id in (:pulses))", nativeQuery = true)
    void deleteRatingsForPulses(@Param("pulses") Collection<Long> pulseIds);

    @Modifying
    @Query("delete from PulseRequest r where r.pulse.id in :pulses")
    void deleteForPulses(@Param("pulses") Collection<Long> pulseIds);
}

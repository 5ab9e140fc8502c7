package nl.spiegel360.development;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DevelopmentPlanRepository extends JpaRepository<DevelopmentPlan, Long> {

    Optional<DevelopmentPlan> findByReviewId(long reviewId);

    List<DevelopmentPlan> findByReviewIdIn(Collection<Long> reviewIds);

    /** The agreed plans without a pulse yet, for the daily work that opens pulses when their week has come. */
    @Query("select p from DevelopmentPlan p where p.state = nl.spiegel360.development.PlanState.AGREED"
            + " and not exists (select 1 from Pulse u where u.planId = p.id)")
    List<DevelopmentPlan> findAgreedWithoutPulse();

    /** Plans with actions that are not done, have a date and were not reminded of. */
    @Query("select distinct p from DevelopmentPlan p join p.focus f join f.actions a"
            + " where a.done = false and a.dueOn is not null and a.remindedAt is null")
    List<DevelopmentPlan> findWithActionsToRemind();
}

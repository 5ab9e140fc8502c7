package nl.spiegel360.development;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanEntryRepository extends JpaRepository<PlanEntry, Long> {

    List<PlanEntry> findByPlanIdOrderByCreatedAtAscIdAsc(long planId);

    @Modifying
    @Query("delete from PlanEntry e where e.planId in :plans")
    void deleteForPlans(@Param("plans") Collection<Long> planIds);

    @Modifying
    @Query("update PlanEntry e set e.authorId = null where e.authorId = :person")
    void forgetAuthor(@Param("person") long personId);
}

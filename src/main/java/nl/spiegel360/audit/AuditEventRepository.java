package nl.spiegel360.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Insert and read only: the log offers no way to change or delete an entry. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    /** What HR's search finds: the filter (in lower case) in actor, action or target type; all when empty. */
    String MATCHES_FILTER = """
            where (:filter = '' or lower(e.actor) like concat('%', :filter, '%')
                   or lower(e.action) like concat('%', :filter, '%')
                   or lower(coalesce(e.targetType, '')) like concat('%', :filter, '%'))
            """;

    @Query("select e from AuditEvent e " + MATCHES_FILTER + " order by e.occurredAt desc, e.id desc")
    List<AuditEvent> search(@Param("filter") String filter, Pageable page);

    @Query("select count(e) from AuditEvent e " + MATCHES_FILTER)
    long count(@Param("filter") String filter);

    @Query("select e from AuditEvent e where e.action = :action and e.targetId = :targetId order by e.id")
    List<AuditEvent> findByActionAndTarget(@Param("action") String action, @Param("targetId") long targetId);
}

package nl.spiegel360.review;

import java.time.Instant;
import java.util.List;
import nl.spiegel360.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * External raters as HR sees them on the privacy page: whose identity is kept, and erasing it on request. Erasing
 * removes the name, address and organisation and every link; the request, its answers and the results they went
 * into stay, without a name. Retention needs nothing of its own: purging a cycle deletes its requests, and with
 * them what is kept of their external raters.
 */
@Service
@Transactional
@PreAuthorize("hasRole('HR')")
public class ExternalRaters {

    /** One external rater's request with the identity kept beside it. */
    public record ExternalRaterLine(long assignmentId, String name, String email, @Nullable String organisation,
            String cycle, Instant askedAt) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final java.time.Clock clock;

    ExternalRaters(JdbcClient jdbc, AuditLog audit, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of external raters whose identity is kept, found by name, address or organisation; newest first. */
    @Transactional(readOnly = true)
    public List<ExternalRaterLine> page(String filter, int offset, int limit) {
        String like = "%" + filter.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                select e.assignment_id, e.name, e.email, e.organisation, c.name, e.created_at
                from external_rater e join review_cycle c on c.id = e.cycle_id
                where e.erased_at is null and (lower(e.name) like :f escape '\\' or lower(e.email) like :f escape '\\'
                    or lower(coalesce(e.organisation, '')) like :f escape '\\')
                order by e.created_at desc, e.assignment_id desc offset :offset rows fetch next :limit rows only""")
                .param("f", like).param("offset", offset).param("limit", limit)
                .query((rs, i) -> new ExternalRaterLine(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }

    /**
     * Erases what is kept of the external rater with this address, in every cycle: their name, address and
     * organisation, and every link they were sent. Returns how many requests were theirs.
     */
    public int erase(String email) {
        List<Long> ids = jdbc.sql("select assignment_id from external_rater where lower(email) = lower(?) "
                + "and erased_at is null").param(email.strip()).query((rs, i) -> rs.getLong(1)).list();
        for (long id : ids) {
            jdbc.sql("delete from external_link where assignment_id = ?").param(id).update();
            jdbc.sql("""
                    update external_rater set name = null, email = null, organisation = null, erased_at = ?
                    where assignment_id = ?""").params(java.sql.Timestamp.from(clock.instant()), id).update();
        }
        // the address itself stays out of the log, which outlives the erasure
        audit.record("privacy.external-erased", "external_rater", null, ids.size() + " request(s)");
        return ids.size();
    }
}

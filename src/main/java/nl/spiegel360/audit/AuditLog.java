package nl.spiegel360.audit;

import java.time.Clock;
import nl.spiegel360.base.LogSafe;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records sensitive acts: who (the signed-in user), when, what and which record. Callers never pass rating
 * values or comment texts. HR reads and filters the log; nobody can change or delete an entry.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger("audit");

    private final AuditEventRepository events;
    private final Clock clock;

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    AuditLog(AuditEventRepository events, Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Records an act of the signed-in user, within the caller's transaction. Open to every caller on purpose. */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, @Nullable String targetType, @Nullable Long targetId, @Nullable String details) {
        write(currentActor(), action, targetType, targetId, details);
    }

    /** Records an act in a transaction of its own, for acts that have none (a sign-in, a refusal). */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSeparately(String actor, String action, @Nullable String details) {
        write(actor, action, null, null, details);
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(@Nullable String filter, int offset, int limit) {
        int size = Math.max(1, limit);
        return events.search(normalise(filter), PageRequest.of(offset / size, size)).stream()
                .map(AuditEvent::entry).toList();
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public long count(@Nullable String filter) {
        return events.count(normalise(filter));
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public List<AuditEntry> entries(String action, long targetId) {
        return events.findByActionAndTarget(action, targetId).stream().map(AuditEvent::entry).toList();
    }

    /**
     * Counts a refused request of somebody not signed in, per address and hour: a flood of such requests costs a
     * counter, not a log entry each.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void anonymousRefusal(String address) {
        String where = cut(LogSafe.clean(address), 64);
        java.sql.Timestamp hour = java.sql.Timestamp.from(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS));
        nl.spiegel360.base.Counters.incrementOrCreate(
                () -> jdbc.sql("update anonymous_refusal set refusals = refusals + 1 where address = ? "
                        + "and period_start = ?").params(where, hour).update(),
                () -> jdbc.sql("insert into anonymous_refusal (address, period_start, refusals) values (?, ?, 1) "
                        + "on conflict do nothing")
                        .params(where, hour).update());
    }

    private void write(String actor, String action, @Nullable String targetType, @Nullable Long targetId,
            @Nullable String details) {
        String who = cut(LogSafe.clean(actor), 254);
        String what = cut(LogSafe.clean(action), 64);
        String detail = details == null ? null : cut(LogSafe.clean(details), 1000);
        events.save(new AuditEvent(clock.instant(), who, what, targetType, targetId, detail));
        log.info("{} {} {}#{}", who, what, targetType, targetId);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private static String normalise(@Nullable String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }
}

package nl.spiegel360.audit;

import java.time.Clock;
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

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
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

    private void write(String actor, String action, @Nullable String targetType, @Nullable Long targetId,
            @Nullable String details) {
        events.save(new AuditEvent(clock.instant(), actor, action, targetType, targetId, details));
        log.info("{} {} {}#{}", actor, action, targetType, targetId);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private static String normalise(@Nullable String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }
}

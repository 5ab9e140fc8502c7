package nl.spiegel360.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An audit log entry as HR reads it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, @Nullable String targetType,
        @Nullable Long targetId, @Nullable String details) {
}

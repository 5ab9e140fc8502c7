package nl.spiegel360.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.Secrets;
import nl.spiegel360.base.SqlTimes;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webhooks HR registers: an https address and the events it is told of, with a secret the receiver checks each
 * delivery's signature with (shown once). HR sees the deliveries that keep failing and sends them again.
 */
@Service
@Transactional
@PreAuthorize("hasRole('HR')")
public class Webhooks {

    /** A delivery that failed this often is shown to HR as failing. */
    public static final int FAILING_AFTER = 3;
    static final int URL_MAX = 2000;

    public record Endpoint(long id, String url, Set<WebhookEvent> events, Instant createdAt, String createdBy,
            @Nullable Instant disabledAt) {

        public boolean active() {
            return disabledAt == null;
        }
    }

    /** A new endpoint and the secret its deliveries are signed with, shown this once. */
    public record NewEndpoint(Endpoint endpoint, String secret) {
    }

    /** A delivery that failed: what, where, how often, and why the last time. */
    public record FailingDelivery(long id, String url, String event, Instant createdAt, int attempts,
            @Nullable Integer lastStatus, @Nullable String lastError, @Nullable Instant gaveUpAt) {
    }

    private final JdbcClient jdbc;
    private final WebhookTargets targets;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    Webhooks(JdbcClient jdbc, WebhookTargets targets, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Endpoint> endpoints() {
        return jdbc.sql("select id, url, events, created_at, created_by, disabled_at from webhook_endpoint"
                + " order by disabled_at is not null, id desc").query((rs, n) -> new Endpoint(rs.getLong(1),
                rs.getString(2), events(rs.getString(3)), rs.getTimestamp(4).toInstant(), rs.getString(5),
                SqlTimes.instant(rs.getTimestamp(6)))).list();
    }

    /** A new endpoint for these events at this address, refused unless the address may be sent to. */
    public NewEndpoint register(String url, Collection<WebhookEvent> events) {
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.length() > URL_MAX) {
            throw new UserFacingException("webhook.error.url");
        }
        if (events.isEmpty()) {
            throw new UserFacingException("webhook.error.event-required");
        }
        targets.check(trimmed);
        long id = jdbc.sql("select nextval('webhook_seq')").query(Long.class).single();
        String secret = "whsec_" + Secrets.randomToken();
        Instant now = clock.instant();
        String by = currentUser.require().email();
        jdbc.sql("insert into webhook_endpoint (id, url, events, secret, created_at, created_by) values (?, ?, ?, ?,"
                + " ?, ?)").params(id, trimmed, text(events), secret, Timestamp.from(now), by).update();
        audit.record("webhook.registered", "webhook_endpoint", id, trimmed + " (" + text(events) + ")");
        return new NewEndpoint(new Endpoint(id, trimmed, EnumSet.copyOf(events), now, by, null), secret);
    }

    /** Stops telling an endpoint anything: its deliveries still waiting are given up. */
    public void disable(long id) {
        Instant now = clock.instant();
        int changed = jdbc.sql("update webhook_endpoint set disabled_at = ? where id = ? and disabled_at is null")
                .params(Timestamp.from(now), id).update();
        if (changed == 0) {
            throw new UserFacingException("common.not-found");
        }
        jdbc.sql("update webhook_delivery set gave_up_at = ? where endpoint_id = ? and delivered_at is null"
                + " and gave_up_at is null").params(Timestamp.from(now), id).update();
        audit.record("webhook.disabled", "webhook_endpoint", id, null);
    }

    /** The deliveries that failed at least {@link #FAILING_AFTER} times and did not arrive since, newest first. */
    @Transactional(readOnly = true)
    public List<FailingDelivery> failing() {
        return jdbc.sql("""
                select d.id, e.url, d.event_type, d.created_at, d.attempts, d.last_status, d.last_error, d.gave_up_at
                from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                where d.delivered_at is null and d.attempts >= ? and e.disabled_at is null
                order by d.id desc limit 200""").param(FAILING_AFTER).query((rs, n) -> new FailingDelivery(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getInt(5),
                (Integer) rs.getObject(6), rs.getString(7), SqlTimes.instant(rs.getTimestamp(8)))).list();
    }

    /** Another try of a delivery that failed or was given up: it is due at once. */
    public void resend(long deliveryId) {
        int changed = jdbc.sql("""
                update webhook_delivery set next_attempt_at = ?, gave_up_at = null, claimed_until = null
                where id = ? and delivered_at is null
                and endpoint_id in (select id from webhook_endpoint where disabled_at is null)""")
                .params(Timestamp.from(clock.instant()), deliveryId).update();
        if (changed == 0) {
            throw new UserFacingException("common.not-found");
        }
        audit.record("webhook.resent", "webhook_delivery", deliveryId, null);
    }

    static String text(Collection<WebhookEvent> events) {
        return events.stream().sorted().map(WebhookEvent::value).collect(Collectors.joining(" "));
    }

    static Set<WebhookEvent> events(String text) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(text.split(" ")).map(WebhookEvent::of).flatMap(Optional::stream).forEach(events::add);
        return events;
    }
}

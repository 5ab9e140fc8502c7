package nl.spiegel360.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.spiegel360.base.Backoff;
import nl.spiegel360.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries that are due, each signed: the header {@value #SIGNATURE} holds {@code t=<unix seconds>,
 * v1=<hex HMAC-SHA256 of "<t>.<body>" under the endpoint's secret>}. A delivery is claimed before it is sent, so
 * that of two instances sending at once only one sends it; a 2xx answer delivers it, anything else (or no answer
 * within 10 s, or a redirect) tries again later ({@link Backoff}).
 */
@Component
class WebhookDelivery {

    static final String SIGNATURE = "Spiegel360-Signature";
    static final String EVENT = "Spiegel360-Event";
    static final String DELIVERY = "Spiegel360-Delivery";
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

    private record Due(long id, String url, String secret, String event, String body, int attempts,
            Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final WebhookTargets targets;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** How long a receiver may take to answer before the attempt counts as failed. */
    private volatile Duration answerWithin = Duration.ofSeconds(10);

    WebhookDelivery(JdbcClient jdbc, WebhookTargets targets, Clock clock) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.clock = clock;
    }

    /** For the tests, whose slow receiver should not take ten seconds to be given up on. */
    void answerWithin(Duration timeout) {
        answerWithin = timeout;
    }

    /** Sends what is due now; returns how many arrived. The scheduled task's work. */
    int sendDue() {
        return sendDue(clock.instant());
    }

    int sendDue(Instant now) {
        List<Long> due = jdbc.sql("""
                select id from webhook_delivery where delivered_at is null and gave_up_at is null
                and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?) order by id limit ?""")
                .params(Timestamp.from(now), Timestamp.from(now), BATCH).query((rs, n) -> rs.getLong(1)).list();
        int delivered = 0;
        for (long id : due) {
            int claimed = jdbc.sql("""
                    update webhook_delivery set claimed_until = ? where id = ? and delivered_at is null
                    and gave_up_at is null and (claimed_until is null or claimed_until < ?)""")
                    .params(Timestamp.from(now.plus(CLAIM)), id, Timestamp.from(now)).update();
            if (claimed == 0) {
                continue;
            }
            Due delivery = jdbc.sql("""
                    select d.id, e.url, e.secret, d.event_type, d.body, d.attempts, d.created_at
                    from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id where d.id = ?""")
                    .param(id).query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getInt(6), rs.getTimestamp(7).toInstant()))
                    .single();
            if (send(delivery, now)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean send(Due delivery, Instant now) {
        int status = 0;
        String error;
        try {
            URI target = targets.check(delivery.url());
            long t = clock.instant().getEpochSecond();
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(target).timeout(answerWithin)
                    .header("Content-Type", "application/json")
                    .header(SIGNATURE, "t=" + t + ",v1=" + sign(delivery.secret(), t, delivery.body()))
                    .header(EVENT, delivery.event()).header(DELIVERY, String.valueOf(delivery.id()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
            status = answer.statusCode();
            if (status >= 200 && status < 300) {
                jdbc.sql("""
                        update webhook_delivery set delivered_at = ?, attempts = attempts + 1, last_status = ?,
                        last_error = null, claimed_until = null where id = ?""")
                        .params(Timestamp.from(clock.instant()), status, delivery.id()).update();
                return true;
            }
            error = "HTTP " + status;
        } catch (UserFacingException refused) {
            error = "refused: " + refused.messageKey();
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int attempts = delivery.attempts() + 1;
        boolean giveUp = !now.isBefore(delivery.createdAt().plus(Backoff.GIVE_UP_AFTER));
        log.warn("Webhook delivery {} to {} failed (attempt {}{}): {}", delivery.id(), delivery.url(), attempts,
                giveUp ? ", given up" : "", error);
        jdbc.sql("""
                update webhook_delivery set attempts = ?, next_attempt_at = ?, last_status = ?, last_error = ?,
                gave_up_at = ?, claimed_until = null where id = ?""")
                .params(Arrays.asList(attempts, Timestamp.from(now.plus(Backoff.pause(attempts))),
                        status == 0 ? null : status, error.length() > 500 ? error.substring(0, 500) : error,
                        giveUp ? Timestamp.from(now) : null, delivery.id())).update();
        return false;
    }

    /** The signature of a body sent at {@code t}: hex HMAC-SHA256 of {@code "<t>.<body>"} under the secret. */
    static String sign(String secret, long t, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}

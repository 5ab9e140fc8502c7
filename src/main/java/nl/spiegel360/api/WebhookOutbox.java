package nl.spiegel360.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.development.PlanAgreed;
import nl.spiegel360.development.PulseClosed;
import nl.spiegel360.review.CycleMoved;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.review.ReviewClosed;
import nl.spiegel360.review.ReviewReleased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a delivery for every endpoint that asked for an event, in the transaction of the change it reports (as
 * the mail outbox is written): a change that is rolled back is told to nobody, one that is committed to everyone
 * who asked. A delivery carries ids and the moment, nothing about a person.
 */
@Component
class WebhookOutbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    WebhookOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void closed(ReviewClosed event) {
        // a cycle's close publishes a page of 200 reviews at a time: the endpoints are read once for the page
        List<Long> endpoints = endpoints(WebhookEvent.REVIEW_CLOSED);
        event.reviews().forEach(r -> write(endpoints, WebhookEvent.REVIEW_CLOSED, review(r.info().reviewId(),
                r.info().cycleId())));
    }

    @EventListener
    void released(ReviewReleased event) {
        write(WebhookEvent.REVIEW_RELEASED, review(event.review().reviewId(), event.review().cycleId()));
    }

    @EventListener
    void agreed(PlanAgreed event) {
        write(WebhookEvent.PLAN_AGREED, review(event.reviewId(), event.cycleId()));
    }

    @EventListener
    void pulseClosed(PulseClosed event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reviewId", event.reviewId());
        data.put("pulseId", event.pulseId());
        write(WebhookEvent.PULSE_CLOSED, data);
    }

    @EventListener
    void cycleMoved(CycleMoved event) {
        if (event.state() == CycleState.NOMINATION) {
            write(WebhookEvent.CYCLE_LAUNCHED, Map.of("cycleId", event.cycleId()));
        } else if (event.state() == CycleState.CLOSED) {
            write(WebhookEvent.CYCLE_CLOSED, Map.of("cycleId", event.cycleId()));
        }
    }

    private static Map<String, Object> review(long reviewId, long cycleId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reviewId", reviewId);
        data.put("cycleId", cycleId);
        return data;
    }

    private void write(WebhookEvent event, Map<String, Object> data) {
        write(endpoints(event), event, data);
    }

    /** The active endpoints that asked for this event. */
    private List<Long> endpoints(WebhookEvent event) {
        return jdbc.sql("select id, events from webhook_endpoint where disabled_at is null")
                .query((rs, n) -> Webhooks.events(rs.getString(2)).contains(event) ? rs.getLong(1) : -1L).list()
                .stream().filter(id -> id >= 0).toList();
    }

    private void write(List<Long> endpoints, WebhookEvent event, Map<String, Object> data) {
        Instant now = clock.instant();
        for (long endpoint : endpoints) {
            long id = jdbc.sql("select nextval('webhook_seq')").query(Long.class).single();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id);
            body.put("type", event.value());
            body.put("occurredAt", now.toString());
            body.put("data", data);
            jdbc.sql("""
                    insert into webhook_delivery (id, endpoint_id, event_type, body, created_at, attempts,
                    next_attempt_at) values (?, ?, ?, ?, ?, 0, ?)""").params(id, endpoint, event.value(),
                    JSON.writeValueAsString(body), Timestamp.from(now), Timestamp.from(now)).update();
        }
    }
}

package nl.spiegel360.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.development.PlanEditing;
import nl.spiegel360.development.PlanPages;
import nl.spiegel360.development.PlanPulses;
import nl.spiegel360.report.ReportFixture;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.review.CycleMoved;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.security.SystemTask;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks against a receiver in the test (an HTTP server on this machine): every event of a review's life is
 * delivered, signed, and verified here by the method the README documents (written again here, not borrowed);
 * a tampered body or an old timestamp fails it; a failing receiver is tried again after pauses and shown to HR,
 * who sends it again; two senders at once deliver each once; a change rolled back tells nobody; a private or
 * loopback address is refused.
 */
@IntegrationTest
class WebhooksTest {

    @Autowired Webhooks webhooks;
    @Autowired WebhookDelivery delivery;
    @Autowired WebhookTargets targets;
    @Autowired ReportFixture fixture;
    @Autowired ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.review.ReviewReleases releases;
    @Autowired CycleService cycles;
    @Autowired PlanPages planPages;
    @Autowired PlanEditing planEditing;
    @Autowired PlanPulses planPulses;
    @Autowired nl.spiegel360.review.CycleClosings closings;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired Login login;
    @Autowired java.time.Clock clock;

    record Received(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse("");
        }
    }

    HttpServer receiver;
    final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger failuresLeft = new AtomicInteger();
    volatile long pauseMillis;
    final List<Long> endpoints = new ArrayList<>();

    @BeforeEach
    void receive() throws IOException {
        targets.allowPrivate(true);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            if (status == 204) {
                received.add(new Received(Map.copyOf(exchange.getRequestHeaders()),
                        new String(body, StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        login.as(DemoPeople.HR_EMAIL);
        endpoints.forEach(id -> {
            try {
                webhooks.disable(id);
            } catch (UserFacingException alreadyDisabled) {
                // disabled by the test itself
            }
        });
        login.out();
        targets.allowPrivate(false);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
    }

    private Webhooks.NewEndpoint register(Set<WebhookEvent> events) {
        login.as(DemoPeople.HR_EMAIL);
        var made = webhooks.register(url(), events);
        login.out();
        endpoints.add(made.endpoint().id());
        return made;
    }

    private int send(Instant now) {
        return SystemTask.call(() -> delivery.sendDue(now));
    }

    /**
     * The verification the README documents: the header's t and v1; HMAC-SHA256 of "t.body" under the secret, in
     * hex, compared in constant time; t within five minutes of now.
     */
    static boolean verify(String secret, String header, String body, Instant now) throws Exception {
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2 && kv[0].strip().equals("t")) {
                t = kv[1].strip();
            } else if (kv.length == 2 && kv[0].strip().equals("v1")) {
                v1 = kv[1].strip();
            }
        }
        if (t == null || v1 == null || Math.abs(now.getEpochSecond() - Long.parseLong(t)) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
        return java.security.MessageDigest.isEqual(expected, java.util.HexFormat.of().parseHex(v1));
    }

    @Test
    void every_event_of_a_review_s_life_is_delivered_signed_with_ids_only() throws Exception {
        var endpoint = register(EnumSet.allOf(WebhookEvent.class));
        var rated = fixture.rated(3, ReportFixture::spread);
        login.as(rated.team().manager().email());
        for (var row : reports.report(rated.reviewId()).rows()) {
            reports.calibrate(rated.reviewId(), row.competencyId(), row.consensusLevel(), null);
        }
        releases.release(rated.reviewId());
        login.as(rated.employee().email());
        var first = planPages.plan(rated.reviewId()).proposals().getFirst();
        planEditing.addFocus(rated.reviewId(), first.competencyId(), first.reason(),
                List.of(first.indicators().getFirst().indicatorId()));
        long focusId = planPages.plan(rated.reviewId()).focus().getFirst().focusId();
        planEditing.addAction(rated.reviewId(), focusId, "Oefenen", TestClock.today().plusDays(2), null);
        planEditing.propose(rated.reviewId());
        login.as(rated.team().manager().email());
        planEditing.agree(rated.reviewId(), null);
        planPulses.startPulse(rated.reviewId());
        planPulses.closePulse(rated.reviewId());
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(rated.team().cycleId(), CycleState.RATING);
        cycles.advance(rated.team().cycleId(), CycleState.CLOSED);
        login.out();

        assertThat(send(TestClock.now())).isEqualTo(6);
        assertThat(received).extracting(r -> r.header("Spiegel360-Event")).containsExactly("cycle.launched",
                "review.closed", "review.released", "plan.agreed", "pulse.closed", "cycle.closed");
        Instant now = clock.instant();
        for (Received r : received) {
            String signature = r.header("Spiegel360-Signature");
            assertThat(verify(endpoint.secret(), signature, r.body(), now)).as(r.body()).isTrue();
            assertThat(verify(endpoint.secret(), signature, r.body().replace("\"data\":", "\"data\": "), now))
                    .as("a tampered body fails").isFalse();
            assertThat(verify(endpoint.secret() + "x", signature, r.body(), now)).isFalse();
            assertThat(verify(endpoint.secret(), signature, r.body(), now.plus(Duration.ofMinutes(6))))
                    .as("an old delivery replayed fails").isFalse();
            JsonNode body = ApiClient.JSON.readTree(r.body());
            assertThat(body.propertyNames()).containsExactly("id", "type", "occurredAt", "data");
            assertThat(body.path("type").asString()).isEqualTo(r.header("Spiegel360-Event"));
            assertThat(body.path("id").asString()).isEqualTo(r.header("Spiegel360-Delivery"));
            assertThat(body.path("data").propertyNames()).isSubsetOf("reviewId", "cycleId", "pulseId");
            assertThat(r.body()).doesNotContain(rated.employee().name()).doesNotContain("@");
        }
        assertThat(received.get(1).body()).contains("\"reviewId\":" + rated.reviewId());
        assertThat(send(TestClock.now())).as("each is delivered once").isZero();
    }

    @Test
    void a_failing_receiver_is_tried_again_after_pauses_and_hr_sees_it_and_sends_it_again() {
        register(EnumSet.of(WebhookEvent.CYCLE_LAUNCHED));
        long cycle = launchEvent();
        failuresLeft.set(100);
        Instant start = TestClock.now();
        assertThat(send(start)).isZero();
        assertThat(send(start.plusSeconds(30))).as("not due before its pause").isZero();
        assertThat(send(start.plusSeconds(61))).isZero();
        assertThat(send(start.plusSeconds(61 + 121))).isZero();
        login.as(DemoPeople.HR_EMAIL);
        var failing = webhooks.failing().stream().filter(f -> f.url().equals(url())).toList();
        assertThat(failing).singleElement().satisfies(f -> {
            assertThat(f.attempts()).isEqualTo(3);
            assertThat(f.lastStatus()).isEqualTo(500);
            assertThat(f.event()).isEqualTo("cycle.launched");
        });
        failuresLeft.set(0);
        webhooks.resend(failing.getFirst().id());
        login.out();
        assertThat(send(start.plusSeconds(200))).isEqualTo(1);
        assertThat(received).singleElement().satisfies(r -> assertThat(r.body()).contains("\"cycleId\":" + cycle));
        login.as(DemoPeople.HR_EMAIL);
        assertThat(webhooks.failing()).noneMatch(f -> f.url().equals(url()));
        login.out();
    }

    @Test
    void a_receiver_that_does_not_answer_is_given_up_on_in_time_and_tried_again_later() {
        long endpoint = register(EnumSet.of(WebhookEvent.CYCLE_LAUNCHED)).endpoint().id();
        launchEvent();
        pauseMillis = 6_000;
        delivery.answerWithin(java.time.Duration.ofSeconds(1));
        try {
            Instant start = TestClock.now();
            long began = System.nanoTime();
            assertThat(send(start)).isZero();
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - began))
                    .as("the sender waits for its timeout, not for the receiver").isLessThan(
                            java.time.Duration.ofSeconds(5));
            String error = jdbc.queryForObject("select last_error from webhook_delivery where endpoint_id = ?",
                    String.class, endpoint);
            assertThat(error).contains("HttpTimeoutException");
            pauseMillis = 0;
            assertThat(send(start.plusSeconds(61))).as("tried again after its pause").isEqualTo(1);
        } finally {
            delivery.answerWithin(java.time.Duration.ofSeconds(10));
            pauseMillis = 0;
        }
    }

    @Test
    void two_senders_at_once_deliver_each_delivery_once() throws Exception {
        register(EnumSet.of(WebhookEvent.CYCLE_LAUNCHED));
        for (int i = 0; i < 12; i++) {
            launchEvent();
        }
        pauseMillis = 50;
        ExecutorService instances = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(instances.submit(() -> {
                start.await();
                return send(TestClock.now());
            }));
        }
        start.countDown();
        int delivered = runs.get(0).get() + runs.get(1).get();
        instances.shutdown();
        assertThat(delivered).isEqualTo(12);
        assertThat(received).hasSize(12);
        assertThat(received.stream().map(r -> r.header("Spiegel360-Delivery")).distinct()).hasSize(12);
        assertThat(runs.get(0).get()).as("both senders took part").isBetween(1, 11);
    }

    @Test
    void a_change_that_is_rolled_back_is_told_to_nobody() {
        var endpoint = register(EnumSet.of(WebhookEvent.CYCLE_LAUNCHED));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new CycleMoved(424242L, CycleState.NOMINATION));
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from webhook_delivery where endpoint_id = ?", Integer.class,
                endpoint.endpoint().id())).isZero();
    }

    @Test
    void a_private_or_loopback_address_is_refused_unless_an_administrator_allows_it() {
        targets.allowPrivate(false);
        login.as(DemoPeople.HR_EMAIL);
        for (String address : List.of(url(), "https://127.0.0.1/hooks", "https://localhost/hooks",
                "https://10.1.2.3/hooks", "https://192.168.1.10/hooks", "https://169.254.169.254/latest",
                "https://[::1]/hooks", "https://100.64.0.1/hooks", "ftp://example.org/hooks", "not a url")) {
            assertThatThrownBy(() -> webhooks.register(address, EnumSet.of(WebhookEvent.REVIEW_RELEASED)))
                    .as(address).isInstanceOf(UserFacingException.class);
        }
        login.out();
        // an endpoint that was allowed, and no longer is, gets nothing
        targets.allowPrivate(true);
        register(EnumSet.of(WebhookEvent.CYCLE_LAUNCHED));
        launchEvent();
        targets.allowPrivate(false);
        assertThat(send(TestClock.now())).isZero();
        assertThat(received).isEmpty();
        assertThat(jdbc.queryForObject("select last_error from webhook_delivery where endpoint_id = ? order by id"
                + " desc fetch first 1 rows only", String.class, endpoints.getLast()))
                .as("plain http to this machine is refused once internal addresses are").startsWith("refused: webhook.error");
    }

    /** A cycle launched, as its event reaches the outbox in a committed transaction; returns its id. */
    private long launchEvent() {
        long cycle = 900_000 + received.size() + System.nanoTime() % 100_000;
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                events.publishEvent(new CycleMoved(cycle, CycleState.NOMINATION)));
        return cycle;
    }
}

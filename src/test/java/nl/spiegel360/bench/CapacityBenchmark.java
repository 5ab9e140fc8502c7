package nl.spiegel360.bench;

import static nl.spiegel360.bench.Measure.ms;
import static nl.spiegel360.bench.Measure.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.KaribuSessions;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * How many raters one instance serves: steps of concurrent raters, each in a browserless session of its own thread,
 * open their questionnaire and answer items with a think time of 0.5 to 1.5 s, as people do. Per step the server
 * time of a round trip (as in the load benchmark) and the live heap per open session with all of them open. The
 * floor is one rater alone. A step in which a rater's work fails (no database connection within the pool's wait,
 * for instance) is not served, whatever its p95. From the largest step served with a p95 under 100 ms and under
 * 300 ms comes the sizing.
 */
@IntegrationTest
class CapacityBenchmark {

    private static final int[] STEPS = java.util.Arrays.stream(System.getProperty("spiegel360.bench.steps",
            "1,50,100,200,400,600").split(",")).mapToInt(Integer::parseInt).toArray();
    /** At the larger organisation, the steps around where the first one ended. */
    private static final int[] LARGER_STEPS = java.util.Arrays.stream(System.getProperty(
            "spiegel360.bench.larger-steps", "1,100,200,400").split(",")).mapToInt(Integer::parseInt).toArray();
    private static final int ITEMS = 20;
    private static final int FIRST = 100;
    private static final int THINK_MIN_MS = 500;
    private static final int THINK_MAX_MS = 1500;

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    private BenchData data;
    @Autowired
    Login login;

    /** One step: its round trips, how long it took, the heap per session, and the raters whose work failed. */
    private record Step(int raters, List<Long> roundTrips, double seconds, long heapPerSession, int failed) {
    }

    @Test
    void concurrentRatersOneInstanceServes() throws Exception {
        MockSpringServlet servlet = KaribuSessions.servlet(context);
        var results = new Measure.Results("6-capacity", "6. Capacity of one instance (concurrent raters)")
                .line("| Organisation | Concurrent raters | Round trips | Round trips a second | p50 | p95 | p99 "
                        + "| Live heap per session | Raters failed |")
                .line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<String> served = new ArrayList<>();
        for (int n : BenchData.SIZES) {
            data = BenchData.get(dataSource, n);
            step(servlet, 1);
            step(servlet, 10);
            List<Step> steps = new ArrayList<>();
            for (int raters : n == BenchData.SIZES.getFirst() ? STEPS : LARGER_STEPS) {
                steps.add(step(servlet, raters));
            }
            Step floor = steps.getFirst();
            for (Step s : steps) {
                results.line("| %s | %s%d | %d | %.0f | %.2f ms | %.2f ms | %.2f ms | %d kB | %d |", data.label(),
                        s == floor ? "Floor: " : "", s.raters(), s.roundTrips().size(),
                        s.roundTrips().size() / s.seconds(), ms(percentile(s.roundTrips(), 50)),
                        ms(percentile(s.roundTrips(), 95)), ms(percentile(s.roundTrips(), 99)),
                        s.heapPerSession() / 1024, s.failed());
            }
            served.add(Measure.f("%s: served with p95 under 100 ms %s, under 300 ms %s", data.label(),
                    served(steps, 100), served(steps, 300)));
            assertThat(steps).filteredOn(s -> s.failed() == 0)
                    .allSatisfy(s -> assertThat(s.roundTrips()).hasSize(s.raters() * ITEMS));
        }
        results.line("")
                .line("Each rater answers %d items with %d to %d ms of think time between answers; a step's raters "
                        + "arrive within the first %d ms. %s.", ITEMS, THINK_MIN_MS, THINK_MAX_MS, THINK_MAX_MS,
                        String.join("; ", served))
                .write();
    }

    /** The steps of the scenario as people rate, at the larger organisation. */
    private static final int[] RATING_STEPS = java.util.Arrays.stream(System.getProperty(
            "spiegel360.bench.rating-steps", "250,500,1000").split(",")).mapToInt(Integer::parseInt).toArray();
    private static final int ARRIVAL_MS = 60_000;
    private static final int ANSWER_MIN_MS = 3_000;
    private static final int ANSWER_MAX_MS = 8_000;

    /** A rater's whole questionnaire: opened, every item answered, submitted; or failed, with why. */
    private record Session(long openNanos, List<Long> answers, long submitNanos, @org.jspecify.annotations.Nullable
            String failure) {
    }

    /**
     * The scenario of the goal: a step's raters arrive spread over 60 s, each opens their questionnaire, answers all
     * of its items one every 3 to 8 s, and submits, as people rate. Every round trip counts (opening, each answer,
     * the submission), and a step is served only when no rater failed. Run at the larger organisation.
     */
    @Test
    void ratersAsPeopleRateOneInstanceServes() throws Exception {
        MockSpringServlet servlet = KaribuSessions.servlet(context);
        data = BenchData.get(dataSource, BenchData.SIZES.getLast());
        var results = new Measure.Results("6b-capacity-as-people-rate", "6b. Capacity of one instance as people "
                + "rate (" + data.label() + " organisation)")
                .line("| Raters | Round trips | Round trips a second | p50 | p95 | p99 | Opening p95 | Submitting p95 "
                        + "| Raters failed |")
                .line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<String> failures = new ArrayList<>();
        int served = 0;
        boolean servedSoFar = true;
        for (int raters : RATING_STEPS) {
            long began = System.nanoTime();
            List<Session> sessions = asPeopleRate(servlet, raters);
            double seconds = (System.nanoTime() - began) / 1e9;
            List<Long> all = new ArrayList<>();
            List<Long> opens = new ArrayList<>();
            List<Long> submits = new ArrayList<>();
            int failed = 0;
            for (Session session : sessions) {
                if (session.failure() != null) {
                    failed++;
                    failures.add(raters + ": " + session.failure());
                    continue;
                }
                opens.add(session.openNanos());
                submits.add(session.submitNanos());
                all.add(session.openNanos());
                all.addAll(session.answers());
                all.add(session.submitNanos());
            }
            results.line("| %d | %d | %.0f | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %d |", raters,
                    all.size(), all.size() / seconds, ms(percentile(all, 50)), ms(percentile(all, 95)),
                    ms(percentile(all, 99)), ms(percentile(opens, 95)), ms(percentile(submits, 95)), failed);
            servedSoFar = servedSoFar && failed == 0 && ms(percentile(all, 95)) < 100;
            if (servedSoFar) {
                served = raters;
            }
        }
        results.line("")
                .line("Each step's raters arrive spread evenly over %d s; each opens their self-assessment, answers "
                        + "all of its items with %d to %d ms between answers, and submits. Served with p95 under "
                        + "100 ms and no rater failed: %s.%s", ARRIVAL_MS / 1000, ANSWER_MIN_MS, ANSWER_MAX_MS,
                        served == 0 ? "no step" : "up to " + served + " raters at once",
                        failures.isEmpty() ? "" : " Failures: " + String.join("; ", failures.stream().distinct()
                                .limit(5).toList()) + ".")
                .write();
    }

    /** One step of the scenario; afterwards the raters' questionnaires are open and empty again. */
    private List<Session> asPeopleRate(MockSpringServlet servlet, int raters) throws Exception {
        List<Future<Session>> running = new ArrayList<>();
        try (ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
            for (int u = 0; u < raters; u++) {
                int employee = u;
                long arrives = (long) ARRIVAL_MS * u / raters;
                running.add(pool.submit(() -> {
                    Thread.sleep(arrives);
                    return questionnaire(servlet, employee, new Random(employee * 31L + raters));
                }));
            }
            List<Session> sessions = new ArrayList<>();
            for (Future<Session> session : running) {
                sessions.add(session.get());
            }
            return sessions;
        } finally {
            var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
            List<Long> used = new ArrayList<>();
            for (int u = 0; u < raters; u++) {
                used.add(data.openSelfAssignment(u));
            }
            String ids = String.join(",", used.stream().map(String::valueOf).toList());
            jdbc.update("delete from rating where assignment_id in (" + ids + ")");
            jdbc.update("delete from competency_comment where assignment_id in (" + ids + ")");
            jdbc.update("update rater_assignment set status = 'NOT_STARTED', submitted_at = null, "
                    + "version = version + 1 where id in (" + ids + ")");
        }
    }

    /** One rater's questionnaire from opening to submitting, timed round trip by round trip. */
    private Session questionnaire(MockSpringServlet servlet, int employee, Random random) {
        List<Long> answers = new ArrayList<>();
        try {
            login.as(data.employeeEmail(employee));
            KaribuSessions.open(servlet);
            long open = Measure.nanos(() -> {
                UI.getCurrent().navigate("requests/" + data.openSelfAssignment(employee));
                KaribuSessions.respond();
            });
            List<Map.Entry<Long, Component>> items = new ArrayList<>(QuestionnairePage.items().entrySet());
            for (Map.Entry<Long, Component> item : items) {
                Thread.sleep(ANSWER_MIN_MS + random.nextInt(ANSWER_MAX_MS - ANSWER_MIN_MS + 1));
                int score = 1 + random.nextInt(4);
                answers.add(Measure.nanos(() -> {
                    QuestionnairePage.choose(item.getValue(), item.getKey(), score);
                    KaribuSessions.respond();
                }));
            }
            long submit = Measure.nanos(() -> {
                com.github.mvysny.kaributesting.v10.LocatorJ._click(com.github.mvysny.kaributesting.v10.LocatorJ
                        ._get(com.vaadin.flow.component.button.Button.class,
                                spec -> spec.withId("questionnaire-submit")));
                com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(com.github.mvysny.kaributesting.v10
                        .LocatorJ._get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
                KaribuSessions.respond();
            });
            String status = new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject(
                    "select status from rater_assignment where id = ?", String.class,
                    data.openSelfAssignment(employee));
            if (!"SUBMITTED".equals(status) || answers.size() != data.indicatorIds.size()) {
                return new Session(open, answers, submit, "not submitted (" + status + ", " + answers.size()
                        + " answers)");
            }
            return new Session(open, answers, submit, null);
        } catch (RuntimeException | InterruptedException e) {
            return new Session(0, answers, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            MockVaadin.tearDown();
            login.out();
        }
    }

    /** The largest step whose p95 stays under the limit, written as "up to N" (or "at least N" for the last). */
    private static String served(List<Step> steps, double limitMs) {
        Step best = null;
        for (Step s : steps) {
            if (s.failed() == 0 && ms(percentile(s.roundTrips(), 95)) < limitMs) {
                best = s;
            } else {
                break;
            }
        }
        if (best == null) {
            return "not even one rater";
        }
        return (best == steps.getLast() ? "at least " : "") + best.raters() + " concurrent raters";
    }

    private Step step(MockSpringServlet servlet, int raters) throws Exception {
        List<Long> roundTrips = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(raters);
        CountDownLatch measured = new CountDownLatch(1);
        long baseline = Measure.liveHeap();
        long began;
        long took;
        long heap;
        int failed = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(raters)) {
            List<Future<?>> users = new ArrayList<>();
            for (int u = 0; u < raters; u++) {
                int employee = FIRST + u;
                users.add(pool.submit(() -> {
                    start.await();
                    Random random = new Random(employee * 31L + raters);
                    Thread.sleep(random.nextInt(THINK_MAX_MS));
                    rate(servlet, employee, roundTrips, random, answered, measured);
                    return null;
                }));
            }
            began = System.nanoTime();
            start.countDown();
            answered.await();
            took = System.nanoTime() - began;
            heap = Math.max(0, Measure.liveHeap() - baseline) / raters;
            measured.countDown();
            for (Future<?> user : users) {
                try {
                    user.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failed++;
                }
            }
        }
        return new Step(raters, roundTrips, took / 1e9, heap, failed);
    }

    /** One rater: opens the questionnaire and answers items; keeps the session until the heap is measured. */
    private void rate(MockSpringServlet servlet, int employee, List<Long> roundTrips, Random random,
            CountDownLatch answered, CountDownLatch measured) throws InterruptedException {
        boolean counted = false;
        try {
            login.as(data.employeeEmail(employee));
            KaribuSessions.open(servlet);
            UI.getCurrent().navigate("requests/" + data.openSelfAssignment(employee));
            KaribuSessions.respond();
            List<Map.Entry<Long, Component>> items = new ArrayList<>(QuestionnairePage.items().entrySet());
            for (Map.Entry<Long, Component> item : items.subList(0, ITEMS)) {
                Thread.sleep(THINK_MIN_MS + random.nextInt(THINK_MAX_MS - THINK_MIN_MS + 1));
                int score = 1 + random.nextInt(4);
                roundTrips.add(Measure.nanos(() -> {
                    QuestionnairePage.choose(item.getValue(), item.getKey(), score);
                    KaribuSessions.respond();
                }));
            }
            answered.countDown();
            counted = true;
            measured.await();
        } finally {
            if (!counted) {
                answered.countDown();
            }
            MockVaadin.tearDown();
            login.out();
        }
    }
}

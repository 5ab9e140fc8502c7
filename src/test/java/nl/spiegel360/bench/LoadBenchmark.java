package nl.spiegel360.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.spiegel360.bench.Measure.ms;
import static nl.spiegel360.bench.Measure.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.Component;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Round trips under load: 50 simulated raters at once, each in a browserless session of its own thread, open
 * their questionnaire, answer all 68 items with a think time between answers, and submit. A round trip's
 * server time is the event's handling (the listener, the service and its transaction) and Vaadin's work before
 * the response (beforeClientResponse, the UI's access queue); it leaves out the network and the JSON encoding.
 * The floor is the same round trip by one rater alone, without think time.
 */
@IntegrationTest
class LoadBenchmark {

    private static final int USERS = 50;
    private static final int FIRST = 700;
    private static final int SOLO = 690;
    private static final int THINK_MIN_MS = 500;
    private static final int THINK_MAX_MS = 1500;

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    private BenchData data;
    @Autowired
    Login login;

    /** What one size measured: one rater alone, and all raters at once; how long the raters took. */
    private record Run(List<Long> solo, List<Long> soloOpens, List<Long> all, List<Long> opens, long took) {
    }

    @Test
    void roundTripsUnderLoad() throws Exception {
        MockSpringServlet servlet = KaribuSessions.servlet(context);
        var results = new Measure.Results("4-load", "4. Round trips under load (" + USERS + " concurrent raters)")
                .line("| Organisation | Round trip (server time) | Round trips | p50 | p95 | p99 | max |")
                .line("|---|---|---:|---:|---:|---:|---:|");
        List<String> notes = new ArrayList<>();
        for (int n : BenchData.SIZES) {
            data = BenchData.get(dataSource, n);
            Run r = run(servlet);
            String size = data.label();
            results.line("| %s | Floor: one rater alone, answer an item | %d | %.2f ms | %.2f ms | %.2f ms | %.2f ms |",
                    size, r.solo().size(), ms(percentile(r.solo(), 50)), ms(percentile(r.solo(), 95)),
                    ms(percentile(r.solo(), 99)), ms(percentile(r.solo(), 100)))
                    .line("| %s | %d raters at once: answer an item, submit | %d | %.2f ms | %.2f ms | %.2f ms "
                            + "| %.2f ms |", size, USERS, r.all().size(), ms(percentile(r.all(), 50)),
                            ms(percentile(r.all(), 95)), ms(percentile(r.all(), 99)), ms(percentile(r.all(), 100)))
                    .line("| %s | Floor: one rater alone, open the questionnaire | %d | %.2f ms | | | |", size,
                            r.soloOpens().size(), ms(percentile(r.soloOpens(), 50)))
                    .line("| %s | %d raters at once: open the questionnaire | %d | %.2f ms | %.2f ms | %.2f ms "
                            + "| %.2f ms |", size, USERS, r.opens().size(), ms(percentile(r.opens(), 50)),
                            ms(percentile(r.opens(), 95)), ms(percentile(r.opens(), 99)),
                            ms(percentile(r.opens(), 100)));
            notes.add(Measure.f("%s: the %d raters finished in %.1f s (%.0f round trips a second), p95 under load "
                    + "%.2f times the p95 of one rater alone", size, USERS, r.took() / 1e9,
                    r.all().size() / (r.took() / 1e9), percentile(r.all(), 95) / percentile(r.solo(), 95)));
        }
        results.line("")
                .line("The raters arrive within the first %d ms. Think time %d to %d ms between answers. %s.",
                        2 * THINK_MAX_MS, THINK_MIN_MS, THINK_MAX_MS, String.join("; ", notes))
                .write();
    }

    private Run run(MockSpringServlet servlet) throws Exception {
        List<Long> solo = new ArrayList<>();
        List<Long> soloOpens = new ArrayList<>();
        for (int warm = SOLO - 5; warm < SOLO; warm++) {
            rate(servlet, warm, new ArrayList<>(), new ArrayList<>(), 0, 0, new Random(warm));
        }
        rate(servlet, SOLO, solo, soloOpens, 0, 0, new Random(SOLO));

        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        List<Long> opens = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        long started;
        long took;
        try (ExecutorService pool = Executors.newFixedThreadPool(USERS)) {
            List<Future<?>> users = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                int employee = FIRST + u;
                users.add(pool.submit(() -> {
                    start.await();
                    Thread.sleep(new Random(-employee).nextInt(2 * THINK_MAX_MS));
                    rate(servlet, employee, all, opens, THINK_MIN_MS, THINK_MAX_MS, new Random(employee));
                    return null;
                }));
            }
            started = System.nanoTime();
            start.countDown();
            for (Future<?> user : users) {
                user.get();
            }
            took = System.nanoTime() - started;
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from rater_assignment where id between ? and ? and status = "
                + "'SUBMITTED'", Long.class, data.openSelfAssignment(FIRST),
                data.openSelfAssignment(FIRST + USERS - 1))).isEqualTo(USERS);
        return new Run(solo, soloOpens, all, opens, took);
    }

    /** One rater: opens the questionnaire, answers every item, submits; records each round trip's time. */
    private void rate(MockSpringServlet servlet, int employee, List<Long> roundTrips, List<Long> opens, int thinkMin,
            int thinkMax, Random random) throws InterruptedException {
        login.as(data.employeeEmail(employee));
        try {
            KaribuSessions.open(servlet);
            opens.add(Measure.nanos(() -> {
                UI.getCurrent().navigate("requests/" + data.openSelfAssignment(employee));
                KaribuSessions.respond();
            }));
            Map<Long, Component> items = QuestionnairePage.items();
            assertThat(items).hasSize(68);
            for (Map.Entry<Long, Component> item : items.entrySet()) {
                think(thinkMin, thinkMax, random);
                int score = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(4);
                roundTrips.add(Measure.nanos(() -> {
                    QuestionnairePage.choose(item.getValue(), item.getKey(), score);
                    KaribuSessions.respond();
                }));
            }
            think(thinkMin, thinkMax, random);
            roundTrips.add(Measure.nanos(() -> {
                _click(_get(Button.class, spec -> spec.withId("questionnaire-submit")));
                KaribuSessions.respond();
            }));
            think(thinkMin, thinkMax, random);
            roundTrips.add(Measure.nanos(() -> {
                ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
                KaribuSessions.respond();
            }));
        } finally {
            MockVaadin.tearDown();
            login.out();
        }
    }

    private static void think(int min, int max, Random random) throws InterruptedException {
        if (max > 0) {
            Thread.sleep(min + random.nextInt(max - min + 1));
        }
    }
}

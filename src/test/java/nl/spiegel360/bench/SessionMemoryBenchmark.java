package nl.spiegel360.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.KaribuSessions;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Memory per UI session: N = 500 browserless sessions (Karibu-Testing on the real servlet, routes and services),
 * each signed in as another rater with their questionnaire open; live heap after full collections against the
 * same JVM with no session open. The start page is measured the same way, for comparison.
 */
@IntegrationTest
class SessionMemoryBenchmark {

    private static final int N = Integer.getInteger("spiegel360.bench.sessions", 500);
    private static final int ROUNDS = 3;
    private static final int FIRST = 100;

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    Login login;

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        login.out();
    }

    @Test
    void memoryPerSession() {
        BenchData.get(dataSource);
        MockSpringServlet servlet = KaribuSessions.servlet(context);
        Reference.reachabilityFence(open(servlet, 50, true));
        MockVaadin.tearDown();

        List<Long> questionnaire = new ArrayList<>();
        List<Long> startPage = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            questionnaire.add(perSession(servlet, true));
            startPage.add(perSession(servlet, false));
        }
        double q = Measure.median(questionnaire) / 1024;
        double s = Measure.median(startPage) / 1024;
        new Measure.Results("3-memory", "3. Memory per UI session (N = " + N + ")")
                .line("| Open view | Live heap per session, median of %d rounds | Rounds |", ROUNDS)
                .line("|---|---:|---|")
                .line("| Floor: no session (N = 0) | 0 kB | |")
                .line("| Start page | %.0f kB | %s |", s, kb(startPage))
                .line("| Questionnaire (68 items on a 4-point scale and \"can't judge\", 6 comment fields) "
                        + "| %.0f kB | %s |",
                        q, kb(questionnaire))
                .write();
    }

    private long perSession(MockSpringServlet servlet, boolean questionnaire) {
        long before = Measure.liveHeap();
        List<VaadinSession> sessions = open(servlet, N, questionnaire);
        long after = Measure.liveHeap();
        System.out.printf("%d sessions (%s): %.0f kB each%n", N, questionnaire ? "questionnaire" : "start page",
                (after - before) / 1024.0 / N);
        Reference.reachabilityFence(sessions);
        sessions.clear();
        MockVaadin.tearDown();
        return (after - before) / N;
    }

    /** Opens n sessions, each signed in as another employee, on their questionnaire or on the start page. */
    private List<VaadinSession> open(MockSpringServlet servlet, int n, boolean questionnaire) {
        List<VaadinSession> sessions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int employee = FIRST + i;
            login.as(BenchData.employeeEmail(employee));
            UI ui = KaribuSessions.open(servlet);
            if (questionnaire) {
                ui.navigate("requests/" + BenchData.openSelfAssignment(employee));
                assertThat(QuestionnairePage.items()).hasSize(68);
            }
            KaribuSessions.respond();
            sessions.add(VaadinSession.getCurrent());
            login.out();
        }
        return sessions;
    }

    private static String kb(List<Long> bytes) {
        return String.join(", ", bytes.stream().map(b -> Measure.f("%.0f", b / 1024.0)).toList()) + " kB";
    }
}

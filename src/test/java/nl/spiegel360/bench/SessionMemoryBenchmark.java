package nl.spiegel360.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.security.SessionTerminator;
import nl.spiegel360.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Memory per signed-in session, through the application's real HTTP port: each session signs in with the login
 * form (the security filter chain, the session registry, the security context stored in the session), then opens
 * Vaadin's UI on its questionnaire (or the start page) with the request the browser's bootstrap sends. Live heap
 * after full collections with N sessions open, against the same JVM before they were opened: N = 0 and 1 (the
 * floor), 500 and 2,000.
 */
@IntegrationTest
class SessionMemoryBenchmark {

    private static final int[] COUNTS = {1, 500, 2000};
    private static final int THREADS = 4;

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    SessionTerminator sessions;

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper
            .builder().build();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private BenchData data;
    /** The length of the last response that opened a questionnaire, in characters. */
    private final java.util.concurrent.atomic.AtomicInteger navigation = new java.util.concurrent.atomic.AtomicInteger();
    private int next = 5000;

    /** One signed-in session: its person and its cookie; once its UI is open, its UI's key and last sync id. */
    private record Session(String email, String id, String key, int syncId) {
        Session(String email, String id) {
            this(email, id, "", 0);
        }
    }

    @Test
    void memoryPerSignedInSession() throws Exception {
        data = BenchData.get(dataSource, BenchData.SIZES.getLast());
        next = Math.min(next, data.employees / 2);
        end(open(50, true));
        long empty = Measure.liveHeap();
        var results = new Measure.Results("3-memory", "3. Memory per signed-in session");
        results.line("| Sessions open (N) | Open view | Live heap | Above N = 0 | Per session |")
                .line("|---:|---|---:|---:|---:|")
                .line("| 0 (floor) | | %.1f MB | | |", empty / 1e6);
        for (int n : COUNTS) {
            long before = Measure.liveHeap();
            List<Session> open = open(n, true);
            long after = Measure.liveHeap();
            results.line("| %,d | Questionnaire, as opened | %.1f MB | %.1f MB | %.0f kB |", n, after / 1e6,
                    (after - before) / 1e6, (after - before) / 1024.0 / n);
            List<Session> answered = new ArrayList<>();
            for (Session s : open) {
                answered.add(next(s));
            }
            long later = Measure.liveHeap();
            results.line("| %,d | Questionnaire, after the browser's next message | %.1f MB | %.1f MB | %.0f kB |", n,
                    later / 1e6, (later - before) / 1e6, (later - before) / 1024.0 / n);
            end(answered);
        }
        long before = Measure.liveHeap();
        List<Session> start = open(500, false);
        long after = Measure.liveHeap();
        results.line("| 500 | Start page | %.1f MB | %.1f MB | %.0f kB |", after / 1e6, (after - before) / 1e6,
                (after - before) / 1024.0 / 500);
        end(start);
        long ended = Measure.liveHeap();
        results.line("")
                .line("Each session signed in through the login form and opened its UI with Vaadin's bootstrap "
                        + "request; \"Above N = 0\" is the live heap with the sessions open minus the live heap just "
                        + "before they were opened. After the last round every session was ended: live heap %.1f MB "
                        + "(%.1f MB with none open at the start). The response that opens a questionnaire is %,d "
                        + "characters long.", ended / 1e6, empty / 1e6, navigation.get())
                .write();
    }

    /** Opens n sessions, each signed in as another employee, on their questionnaire or on the start page. */
    private List<Session> open(int n, boolean questionnaire) throws Exception {
        List<Session> open = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            List<Future<Session>> started = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int employee = next++ % data.employees;
                started.add(pool.submit(() -> {
                    Session signedIn = signIn(data.employeeEmail(employee));
                    Session session = init(signedIn, questionnaire ? "requests/" + data.openSelfAssignment(employee)
                            : "", questionnaire);
                    return session;
                }));
            }
            for (Future<Session> s : started) {
                open.add(s.get());
            }
        }
        return open;
    }

    private Session signIn(String email) throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(DemoPeople.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session for " + email + ": "
                        + response.statusCode() + " " + response.headers().map()));
        assertThat(response.headers().firstValue("Location").orElse("")).as("signed in")
                .doesNotContain("error").doesNotContain("paused");
        return new Session(email, cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')));
    }

    /**
     * What the browser sends after signing in: Vaadin's bootstrap request, which creates the session's UI, then the
     * UI's first round trip, in which the client router asks the server to navigate to the location. Returns the
     * navigation's response.
     */
    private Session init(Session session, String location, boolean questionnaire) throws Exception {
        HttpResponse<String> boot = http.send(HttpRequest.newBuilder(url("/?v-r=init&location="
                + URLEncoder.encode(location, StandardCharsets.UTF_8))).header("Cookie", "JSESSIONID=" + session.id())
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(boot.statusCode()).as("bootstrap of " + location).isEqualTo(200);
        var uidl = JSON.readTree(boot.body()).get("appConfig").get("uidl");
        String key = uidl.get("Vaadin-Security-Key").asString();
        var navigate = JSON.createObjectNode();
        navigate.put("csrfToken", key).put("syncId", uidl.get("syncId").asInt()).put("clientId", 0);
        var event = navigate.putArray("rpc").addObject().put("type", "event").put("node", 1)
                .put("event", "ui-navigate");
        event.putObject("data").put("route", location).put("query", "").put("appShellTitle", "")
                .put("trigger", "").putObject("historyState").put("idx", 0);
        String body = uidl(session.id(), navigate.toString());
        if (questionnaire) {
            assertThat(body).as("the questionnaire is open").contains("questionnaire-item");
            navigation.set(body.length());
        }
        return new Session(session.email(), session.id(), key, syncId(body));
    }

    /**
     * The browser's next message, without events (as after a rater's first answer, without its change): Vaadin
     * answers it and keeps that small response instead of the large one that opened the page, which it kept to send
     * again if the browser repeated its message.
     */
    private Session next(Session session) throws Exception {
        var message = JSON.createObjectNode();
        message.put("csrfToken", session.key()).put("syncId", session.syncId()).put("clientId", 1).putArray("rpc");
        String body = uidl(session.id(), message.toString());
        return new Session(session.email(), session.id(), session.key(), syncId(body));
    }

    private String uidl(String session, String message) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/?v-r=uidl&v-uiId=0"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("a message of the UI").isEqualTo(200);
        assertThat(response.body()).doesNotContain("sessionExpired").doesNotContain("\"resynchronize\"");
        return response.body();
    }

    private static int syncId(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        var node = JSON.readTree(json);
        return (node.isArray() ? node.get(0) : node).get("syncId").asInt();
    }

    /** Ends the sessions as a sign-out elsewhere does: expired in the registry, invalidated on their next request. */
    private void end(List<Session> open) throws Exception {
        for (Session s : open) {
            sessions.endAllSessionsOf(s.email());
            http.send(HttpRequest.newBuilder(url("/")).header("Cookie", "JSESSIONID=" + s.id()).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

package nl.spiegel360.bench;

import static nl.spiegel360.bench.Measure.median;
import static nl.spiegel360.bench.Measure.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.spiegel360.api.ApiClients;
import nl.spiegel360.api.ApiScope;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the API pages through every released result of a cycle of 1,000 and of 10,000 reviews, 100 a page,
 * over HTTP with its token, against the floor that reads the same rows with JDBC, a page at a time (each review,
 * its employee, its stored result and its calibrations), and writes them as JSON. Both give the same reviews in the
 * same order, compared before anything is timed.
 */
@IntegrationTest
class ApiBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE = 100;
    private static final String FLOOR = "Floor: JDBC reads each page's reviews, names, stored results and calibrations,"
            + " written as JSON";
    private static final String API = "`GET /api/v1/cycles/{id}/results?limit=100`, every page over HTTP";

    @LocalServerPort int port;
    @Autowired DataSource dataSource;
    @Autowired ApiClients clients;
    @Autowired nl.spiegel360.review.CycleService cycles;
    @Autowired nl.spiegel360.review.CycleClosings closings;
    @Autowired Login login;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagingReleasedResults() throws Exception {
        List<String> sizes = Measure.sizeLabels();
        var time = new Measure.SizeTable(sizes, "").row(FLOOR, null).row(API, FLOOR);
        List<String> notes = new ArrayList<>();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        login.as("hr@spiegel360.example");
        var client = clients.create("Benchmark " + System.nanoTime(), EnumSet.of(ApiScope.RESULTS_READ));
        login.out();
        for (int n : BenchData.SIZES) {
            BenchData data = BenchData.get(dataSource, n);
            data.closeFinished(cycles, closings);
            long cycle = data.finishedCycleId;
            jdbc.update("update review set released_at = closed_at where cycle_id = ? and released_at is null", cycle);
            try {
                String token = token(client.client().clientId(), client.secret());
                List<Long> floorIds = floor(jdbc, cycle);
                List<Long> apiIds = api(token, cycle);
                assertThat(apiIds).hasSize(n).isEqualTo(floorIds);
                int runs = n <= 1000 ? 3 : 1;
                List<Long> floorTimes = new ArrayList<>();
                List<Long> apiTimes = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    floorTimes.add(Measure.nanos(() -> floor(jdbc, cycle)));
                    String fresh = token(client.client().clientId(), client.secret());
                    apiTimes.add(Measure.nanos(() -> api(fresh, cycle)));
                }
                String size = data.label();
                time.put(FLOOR, size, ms(median(floorTimes)));
                time.put(API, size, ms(median(apiTimes)));
                notes.add(Measure.f("%s: %,d results in %d pages, floor %s ms, API %s ms", size, n,
                        (n + PAGE - 1) / PAGE, Measure.list(floorTimes), Measure.list(apiTimes)));
            } finally {
                jdbc.update("update review set released_at = null where cycle_id = ?", cycle);
            }
        }
        var results = new Measure.Results("10-api", "10. Paging all released results of a cycle through the API");
        results.line("Time to read every page, 100 results a page (median of 3 runs at 1k, 1 at 10k):").line("");
        time.writeTo(results);
        results.line("").line("%s.", String.join("; ", notes)).write();
    }

    private String token(String clientId, String secret) {
        var answer = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        return JSON.readTree(answer).get("access_token").asString();
    }

    /** Every page of the cycle's results through the API; the review ids in the order given. */
    private List<Long> api(String token, long cycle) {
        List<Long> ids = new ArrayList<>();
        String next = null;
        do {
            String body = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cycles/"
                    + cycle + "/results?limit=" + PAGE + (next == null ? "" : "&next=" + next)))
                    .header("Authorization", "Bearer " + token).GET().build());
            JsonNode page = JSON.readTree(body);
            page.path("items").forEach(r -> ids.add(r.path("reviewId").asLong()));
            next = page.has("next") ? page.path("next").asString() : null;
        } while (next != null);
        return ids;
    }

    /** The same rows a page at a time with JDBC: reviews, names, stored results, calibrations; written as JSON. */
    private List<Long> floor(JdbcTemplate jdbc, long cycle) {
        List<Long> ids = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Map<String, Object>> rows = jdbc.queryForList("""
                    select r.id, r.cycle_id, r.employee_id, p.name, p.email, r.closed_at, r.released_at, rr.content
                    from review r join person p on p.id = r.employee_id join review_result rr on rr.review_id = r.id
                    where r.cycle_id = ? and r.released_at is not null and r.id > ? order by r.id limit ?""",
                    cycle, after, PAGE);
            if (rows.isEmpty()) {
                return ids;
            }
            List<Long> page = rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
            Map<Long, List<Map<String, Object>>> calibrations = new LinkedHashMap<>();
            jdbc.queryForList("select review_id, competency_id, consensus_level, level from calibration"
                    + " where review_id in (" + String.join(",", page.stream().map(String::valueOf).toList()) + ")")
                    .forEach(c -> calibrations.computeIfAbsent(((Number) c.get("review_id")).longValue(),
                            k -> new ArrayList<>()).add(c));
            List<Map<String, Object>> out = new ArrayList<>();
            for (var row : rows) {
                Map<String, Object> item = new LinkedHashMap<>(row);
                item.put("content", JSON.readTree(String.valueOf(row.get("content"))));
                item.put("calibrations", calibrations.getOrDefault(((Number) row.get("id")).longValue(), List.of()));
                item.put("closed_at", String.valueOf(row.get("closed_at")));
                item.put("released_at", String.valueOf(row.get("released_at")));
                out.add(item);
            }
            JSON.writeValueAsString(Map.of("items", out));
            ids.addAll(page);
            after = page.getLast();
        }
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return answer.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

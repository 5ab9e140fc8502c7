package nl.spiegel360.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.report.Report;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The API over real HTTP as another system uses it: a token by client credentials, every resource through its
 * scope, cursor paging, problem details, refused scopes, a revoked client and a replaced secret, the limit per
 * client, the audit of every call. Each answer is checked against the served OpenAPI document ({@link ApiClient}).
 */
@IntegrationTest
class ApiTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired ApiClients clients;
    @Autowired ApiCalls calls;
    @Autowired CycleService cycles;
    @Autowired ReportService reports;
    @Autowired JdbcTemplate jdbc;
    @Autowired Login login;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void signOut() {
        login.out();
    }

    private ApiClients.NewSecret client(ApiScope... scopes) {
        login.as(DemoPeople.HR_EMAIL);
        try {
            return clients.create("Warehouse " + NAMES.incrementAndGet() + " " + System.nanoTime(),
                    scopes.length == 0 ? EnumSet.allOf(ApiScope.class) : EnumSet.of(scopes[0], scopes));
        } finally {
            login.out();
        }
    }

    private String token(ApiScope... scopes) {
        var made = client(scopes);
        return api.token(made.client().clientId(), made.secret());
    }

    @Test
    void the_document_is_openapi_3_1_with_every_operation_and_the_client_credentials_flow() {
        JsonNode document = api.document();
        assertThat(document.path("openapi").asString()).startsWith("3.1");
        assertThat(document.path("paths").propertyNames()).contains("/api/v1/cycles", "/api/v1/cycles/{id}",
                "/api/v1/cycles/{id}/reviews", "/api/v1/cycles/{id}/results", "/api/v1/reviews/{id}/result",
                "/api/v1/cycles/{id}/participants", "/api/v1/cycles/{id}/launch", "/api/v1/plans",
                "/api/v1/insight");
        JsonNode flow = document.path("components").path("securitySchemes").path("oauth2").path("flows")
                .path("clientCredentials");
        assertThat(flow.path("tokenUrl").asString()).endsWith("/oauth2/token");
        assertThat(flow.path("scopes").propertyNames()).containsExactlyInAnyOrder("cycles:read", "cycles:write",
                "results:read", "plans:read", "insight:read");
    }

    @Test
    void a_client_gets_a_short_lived_token_with_its_secret_by_basic_or_in_the_form_and_none_with_another() {
        var made = client(ApiScope.CYCLES_READ);
        var basic = api.tokenResponse(made.client().clientId(), made.secret(), null);
        assertThat(basic.statusCode()).isEqualTo(200);
        JsonNode token = ApiClient.JSON.readTree(basic.body());
        assertThat(token.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.path("expires_in").asInt()).isBetween(1, 600);
        assertThat(token.path("scope").asString()).isEqualTo("cycles:read");
        assertThat(api.tokenResponseByPost(made.client().clientId(), made.secret()).statusCode()).isEqualTo(200);
        assertThat(api.tokenResponse(made.client().clientId(), made.secret() + "x", null).statusCode())
                .isEqualTo(401);
        assertThat(api.tokenResponse("s360c_unknown", made.secret(), null).statusCode()).isEqualTo(401);
        // a scope the client was not given is not granted
        assertThat(api.tokenResponse(made.client().clientId(), made.secret(), "results:read").statusCode())
                .isEqualTo(400);
    }

    @Test
    void without_a_valid_token_every_call_is_refused_with_a_problem() {
        String counted = "select coalesce(sum(refusals), 0) from anonymous_refusal where address = '127.0.0.1'";
        long refusedBefore = jdbc.queryForObject(counted, Long.class);
        long entriesBefore = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        var none = api.get(null, "/api/v1/cycles");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h ->
                assertThat(h).startsWith("Bearer"));
        assertThat(api.get("not-a-token", "/api/v1/cycles").status()).isEqualTo(401);
        // a token signed with another key
        String forged = ApiTokens.forged();
        assertThat(api.get(forged, "/api/v1/cycles").status()).isEqualTo(401);
        assertThat(jdbc.queryForObject(counted, Long.class))
                .as("the call without a token and each wrong one counted against its address")
                .isEqualTo(refusedBefore + 3);
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class))
                .as("a flood of wrong tokens costs a counter, not a log entry each").isEqualTo(entriesBefore);
    }

    @Test
    void cycles_page_with_an_opaque_cursor_to_the_last_and_refuse_a_wrong_one() {
        String token = token(ApiScope.CYCLES_READ);
        List<Long> ids = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            var page = api.get(token, "/api/v1/cycles?limit=1" + (next == null ? "" : "&next=" + next));
            assertThat(page.status()).isEqualTo(200);
            page.body().path("items").forEach(c -> ids.add(c.path("id").asLong()));
            next = page.body().has("next") ? page.body().path("next").asString() : null;
            pages++;
        } while (next != null && pages < 1000);
        login.as(DemoPeople.HR_EMAIL);
        List<Long> expected = cycles.cycles().stream().map(c -> c.id()).sorted().toList();
        login.out();
        assertThat(ids).isEqualTo(expected);
        assertThat(api.get(token, "/api/v1/cycles?next=bm9wZQ").status()).isEqualTo(400);
        assertThat(api.get(token, "/api/v1/cycles?limit=0").status()).isEqualTo(400);
        assertThat(api.get(token, "/api/v1/cycles?limit=101").status()).isEqualTo(400);
        assertThat(api.get(token, "/api/v1/cycles?limit=many").status()).isEqualTo(400);
        assertThat(api.get(token, "/api/v1/cycles/987654321").status()).isEqualTo(404);
    }

    @Test
    void released_results_are_the_report_as_hr_reads_it_without_raters_ratings_or_comments() {
        String token = token(ApiScope.RESULTS_READ, ApiScope.CYCLES_READ);
        long cycle = jdbc.queryForObject("select min(cycle_id) from review where released_at is not null",
                Long.class);
        List<Long> released = jdbc.queryForList("select id from review where cycle_id = ? and released_at is not"
                + " null order by id", Long.class, cycle);
        List<JsonNode> results = new ArrayList<>();
        String next = null;
        do {
            var page = api.get(token, "/api/v1/cycles/" + cycle + "/results?limit=2"
                    + (next == null ? "" : "&next=" + next));
            assertThat(page.status()).isEqualTo(200);
            page.body().path("items").forEach(results::add);
            next = page.body().has("next") ? page.body().path("next").asString() : null;
        } while (next != null);
        assertThat(results).extracting(r -> r.path("reviewId").asLong()).isEqualTo(released);

        login.as(DemoPeople.HR_EMAIL);
        for (JsonNode result : results) {
            Report report = reports.reportForFollowUp(result.path("reviewId").asLong(), Locale.ENGLISH);
            JsonNode english = api.get(token, "/api/v1/reviews/" + report.reviewId() + "/result",
                    Map.of("Accept-Language", "en")).body();
            for (int i = 0; i < report.rows().size(); i++) {
                Report.CompetencyRow row = report.rows().get(i);
                JsonNode competency = english.path("competencies").get(i);
                assertThat(competency.path("label").asString()).isEqualTo(row.label());
                assertThat(competency.path("norm").asInt()).isEqualTo(row.norm());
                assertThat(competency.has("level") ? competency.path("level").asInt() : null)
                        .isEqualTo(row.finalLevel());
                for (Report.GroupCell cell : row.groups()) {
                    JsonNode group = find(competency.path("groups"), cell.group());
                    assertThat(group.path("respondents").asInt()).isEqualTo(cell.respondents());
                    assertThat(group.path("shown").asBoolean()).isEqualTo(cell.reported());
                    // a group below its minimum gives its number of respondents, never a level
                    assertThat(group.has("level")).isEqualTo(cell.reported() && cell.level() != null);
                }
            }
            assertThat(english.toString()).doesNotContainIgnoringCase("comment");
        }
        login.out();
        // a review still collecting, or of someone else's cycle, has no result here
        Long collecting = jdbc.query("select id from review where closed_at is null order by id fetch first 1 rows"
                + " only", (rs, n) -> rs.getLong(1)).stream().findFirst().orElse(null);
        if (collecting != null) {
            assertThat(api.get(token, "/api/v1/reviews/" + collecting + "/result").status()).isEqualTo(404);
        }
        for (JsonNode result : results) {
            for (String rater : jdbc.queryForList("select p.name from rater_assignment a join person p on p.id ="
                    + " a.rater_id join review r on r.id = a.review_id where r.id = ? and a.rater_id <>"
                    + " r.employee_id", String.class, result.path("reviewId").asLong())) {
                assertThat(result.toString()).as("no rater is named").doesNotContain(rater);
            }
        }
    }

    private static JsonNode find(JsonNode groups, RaterGroup group) {
        for (JsonNode g : groups) {
            if (g.path("group").asString().equals(group.name().toLowerCase(Locale.ROOT))) {
                return g;
            }
        }
        throw new AssertionError("no group " + group + " in " + groups);
    }

    @Test
    void reviews_plans_and_the_organisation_read_through_their_scopes() {
        String token = token();
        long cycle = jdbc.queryForObject("select min(cycle_id) from review where released_at is not null",
                Long.class);
        var reviews = api.get(token, "/api/v1/cycles/" + cycle + "/reviews?limit=100");
        assertThat(reviews.status()).isEqualTo(200);
        assertThat(reviews.body().path("items").size()).isEqualTo(jdbc.queryForObject(
                "select count(*) from review where cycle_id = ?", Integer.class, cycle));
        assertThat(reviews.body().toString()).doesNotContain("rater");

        String viewings = "select count(*) from audit_event where action = 'plan.viewed' and target_id = ?";
        var plans = api.get(token, "/api/v1/plans?cycle=" + cycle);
        assertThat(plans.status()).isEqualTo(200);
        for (JsonNode plan : plans.body().path("items")) {
            long review = plan.path("reviewId").asLong();
            boolean shared = Boolean.TRUE.equals(jdbc.queryForObject("select coalesce(max(case when shared_with_hr"
                    + " then 1 else 0 end), 0) = 1 from development_plan where review_id = ?", Boolean.class,
                    review));
            assertThat(plan.has("focus")).as("the focus only of a shared plan").isEqualTo(shared);
            long before = jdbc.queryForObject(viewings, Long.class, review);
            api.get(token, "/api/v1/plans?cycle=" + cycle);
            assertThat(jdbc.queryForObject(viewings, Long.class, review))
                    .as("reading a shared plan's content is recorded as HR's viewing, as on screen")
                    .isEqualTo(before + (shared ? 1 : 0));
        }

        var insight = api.get(token, "/api/v1/insight?grouping=team");
        assertThat(insight.status()).isEqualTo(200);
        assertThat(insight.body().path("minimum").asInt()).isEqualTo(5);
        for (JsonNode row : insight.body().path("rows")) {
            for (JsonNode cell : row.path("cells")) {
                if (cell.path("hidden").asBoolean()) {
                    assertThat(cell.has("people") || cell.has("share") || cell.has("levels"))
                            .as("a hidden cell gives nothing").isFalse();
                }
            }
        }
        var trend = api.get(token, "/api/v1/insight?grouping=cycle");
        assertThat(trend.status()).isEqualTo(200);
        assertThat(trend.body().has("people")).as("a trend counts no one cycle's people").isFalse();
        assertThat(trend.body().path("needs").isEmpty()).as("nor one cycle's learning needs").isTrue();
        assertThat(api.get(token, "/api/v1/insight?grouping=person").status()).isEqualTo(400);
    }

    @Test
    void a_cycle_is_made_from_a_template_filled_by_address_and_launched_and_a_wrong_address_adds_nobody() {
        String token = token(ApiScope.CYCLES_WRITE, ApiScope.CYCLES_READ);
        long template = jdbc.queryForObject("select min(id) from review_cycle", Long.class);
        var before = api.get(token, "/api/v1/cycles/" + template).body();
        var made = api.post(token, "/api/v1/cycles", Map.of("name", "Voorjaar via API " + System.nanoTime(),
                "opensOn", "2026-04-01", "nominationDeadline", "2026-04-10", "ratingDeadline", "2026-04-30",
                "templateCycleId", template));
        assertThat(made.status()).isEqualTo(201);
        long id = made.body().path("id").asLong();
        assertThat(made.raw().headers().firstValue("Location")).hasValue("/api/v1/cycles/" + id);
        assertThat(made.body().path("state").asString()).isEqualTo("draft");
        assertThat(made.body().path("settings")).isEqualTo(before.path("settings"));

        var wrong = api.post(token, "/api/v1/cycles/" + id + "/participants", Map.of("emails",
                List.of(DemoPeople.SANNE_EMAIL, "nobody@elsewhere.example")));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body().path("detail").asString()).contains("nobody@elsewhere.example");
        assertThat(jdbc.queryForObject("select count(*) from review where cycle_id = ?", Integer.class, id))
                .isZero();
        var added = api.post(token, "/api/v1/cycles/" + id + "/participants",
                Map.of("emails", List.of(DemoPeople.SANNE_EMAIL.toUpperCase(Locale.ROOT))));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body().path("added").asInt()).isEqualTo(1);

        var launched = api.post(token, "/api/v1/cycles/" + id + "/launch", null);
        assertThat(launched.status()).isEqualTo(200);
        assertThat(launched.body().path("state").asString()).isEqualTo("nomination");
        assertThat(api.post(token, "/api/v1/cycles/" + id + "/launch", null).status()).isEqualTo(409);

        var broken = api.post(token, "/api/v1/cycles", Map.of("name", "Achterstevoren " + System.nanoTime(),
                "opensOn", "2026-05-30", "nominationDeadline", "2026-05-10", "ratingDeadline", "2026-05-01"));
        assertThat(broken.status()).isEqualTo(422);
        assertThat(api.post(token, "/api/v1/cycles", "{\"name\": ").status()).isEqualTo(400);
        assertThat(api.post(token, "/api/v1/cycles", Map.of("name", "Zonder data")).status()).isEqualTo(400);
    }

    @Test
    void a_cycle_tells_the_aggregation_settings_it_closes_with_the_defaults_filled_in() {
        String token = token(ApiScope.CYCLES_WRITE, ApiScope.CYCLES_READ);
        long template = jdbc.queryForObject("select min(id) from review_cycle", Long.class);
        var made = api.post(token, "/api/v1/cycles", Map.of("name", "Drempel via API " + System.nanoTime(),
                "opensOn", "2026-04-01", "nominationDeadline", "2026-04-10", "ratingDeadline", "2026-04-30",
                "templateCycleId", template));
        long id = made.body().path("id").asLong();
        jdbc.update("update review_cycle set settings = ? where id = ?",
                "{\"threshold\": 2.5, \"weights\": {\"PEER\": 2}}", id);
        var aggregation = api.get(token, "/api/v1/cycles/" + id).body().path("settings").path("aggregation");
        var engine = nl.spiegel360.review.CycleSettings.read("{\"threshold\": 2.5, \"weights\": {\"PEER\": 2}}");
        assertThat(aggregation.path("threshold").asDouble()).isEqualTo(2.5);
        assertThat(aggregation.path("scaleMax").asInt()).isEqualTo(engine.scaleMax());
        assertThat(aggregation.path("minCoverage").asDouble()).isEqualTo(engine.minCoverage());
        assertThat(aggregation.path("weights").path("peer").asDouble()).isEqualTo(2.0);
        assertThat(aggregation.path("weights").path("manager").asDouble())
                .isEqualTo(engine.weight(RaterGroup.MANAGER));
        assertThat(aggregation.path("anonymityMin").path("peer").asInt())
                .isEqualTo(engine.minimum(RaterGroup.PEER));

        jdbc.update("update review_cycle set settings = ? where id = ?", "{\"threshold\": 99}", id);
        var broken = api.get(token, "/api/v1/cycles/" + id);
        assertThat(broken.status()).as("a stored setting the engine refuses is the server's fault").isEqualTo(500);
        assertThat(broken.body().path("detail").asString()).doesNotContain("threshold");
    }

    @Test
    void a_scope_the_client_lacks_is_refused_and_changes_nothing() {
        String token = token(ApiScope.CYCLES_READ);
        long cycle = jdbc.queryForObject("select min(cycle_id) from review where released_at is not null",
                Long.class);
        int cyclesBefore = jdbc.queryForObject("select count(*) from review_cycle", Integer.class);
        assertThat(api.get(token, "/api/v1/cycles/" + cycle + "/results").status()).isEqualTo(403);
        assertThat(api.get(token, "/api/v1/plans").status()).isEqualTo(403);
        assertThat(api.get(token, "/api/v1/insight").status()).isEqualTo(403);
        assertThat(api.post(token, "/api/v1/cycles", Map.of("name", "Niet toegestaan", "opensOn", "2026-04-01",
                "nominationDeadline", "2026-04-10", "ratingDeadline", "2026-04-30")).status()).isEqualTo(403);
        assertThat(api.post(token, "/api/v1/cycles/" + cycle + "/launch", null).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from review_cycle", Integer.class)).isEqualTo(cyclesBefore);
        assertThat(api.get(token, "/api/v1/cycles").status()).isEqualTo(200);
    }

    @Test
    void a_new_secret_ends_the_old_one_and_its_tokens_and_a_revoked_client_is_refused() {
        var made = client(ApiScope.CYCLES_READ);
        String old = api.token(made.client().clientId(), made.secret());
        assertThat(api.get(old, "/api/v1/cycles").status()).isEqualTo(200);

        login.as(DemoPeople.HR_EMAIL);
        var rotated = clients.rotate(made.client().id());
        login.out();
        assertThat(api.get(old, "/api/v1/cycles").status()).isEqualTo(401);
        assertThat(api.tokenResponse(made.client().clientId(), made.secret(), null).statusCode()).isEqualTo(401);
        String fresh = api.token(made.client().clientId(), rotated.secret());
        assertThat(api.get(fresh, "/api/v1/cycles").status()).isEqualTo(200);

        login.as(DemoPeople.HR_EMAIL);
        clients.revoke(made.client().id());
        login.out();
        var refused = api.get(fresh, "/api/v1/cycles");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().path("detail").asString()).contains("revoked");
        assertThat(api.tokenResponse(made.client().clientId(), rotated.secret(), null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_client_past_its_limit_is_told_when_to_call_again_and_others_are_not() {
        String busy = token(ApiScope.CYCLES_READ);
        String other = token(ApiScope.CYCLES_READ);
        int limit = calls.perMinute();
        try {
            calls.perMinute(3);
            for (int i = 0; i < 3; i++) {
                assertThat(api.get(busy, "/api/v1/cycles").status()).isEqualTo(200);
            }
            var refused = api.get(busy, "/api/v1/cycles");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.raw().headers().firstValue("Retry-After")).hasValueSatisfying(s ->
                    assertThat(Integer.parseInt(s)).isBetween(1, 60));
            assertThat(api.get(other, "/api/v1/cycles").status()).isEqualTo(200);
        } finally {
            calls.perMinute(limit);
        }
    }

    @Test
    void every_call_is_audited_with_its_client() {
        var made = client(ApiScope.CYCLES_READ);
        String token = api.token(made.client().clientId(), made.secret());
        api.get(token, "/api/v1/cycles?limit=2");
        api.get(token, "/api/v1/plans");
        List<String> details = jdbc.queryForList("select details from audit_event where actor = ? and action ="
                + " 'api.called' order by id", String.class, ApiSecurity.ACTOR_PREFIX + made.client().name());
        assertThat(details).containsExactly("GET /api/v1/cycles?limit=2 200", "GET /api/v1/plans 403");
        login.as(DemoPeople.HR_EMAIL);
        assertThat(clients.clients()).filteredOn(c -> c.id() == made.client().id()).singleElement()
                .satisfies(c -> assertThat(c.lastUsedAt()).isNotNull());
        login.out();
        assertThat(Set.of(made.secret())).allSatisfy(secret -> assertThat(jdbc.queryForObject(
                "select count(*) from api_client where secret_hash like ?", Integer.class, "%" + secret + "%"))
                .as("the secret is kept only as a hash").isZero());
    }
}

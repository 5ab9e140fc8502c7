package nl.spiegel360.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.Manager;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.UserResource;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.security.Role;
import nl.spiegel360.security.SpiegelUser;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.glassfish.jersey.apache5.connector.Apache5ConnectorProvider;
import org.glassfish.jersey.client.ClientConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.session.SessionRegistry;

/**
 * SCIM 2.0 over real HTTP, driven by an independent client (UnboundID's SCIM 2 SDK on Jersey): joiners, movers and
 * leavers, filters and pages, the hold on mass deactivation, revoked tokens, and malformed requests that change
 * nothing.
 */
@IntegrationTest
class ScimProvisioningTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    @LocalServerPort int port;
    @Autowired ScimTokens tokens;
    @Autowired DeactivationHold hold;
    @Autowired SessionRegistry sessions;
    @Autowired JdbcTemplate jdbc;
    @Autowired Login login;

    private String tokenName;
    private String secret;
    private Client client;
    private ScimService scim;

    @BeforeEach
    void tokenForTheClient() {
        jdbc.update("delete from scim_held_deactivation");
        jdbc.update("delete from scim_held_activation");
        jdbc.update("delete from scim_deactivation");
        jdbc.update("delete from scim_creation");
        login.as(DemoPeople.HR_EMAIL);
        tokenName = "Entra " + System.nanoTime();
        secret = tokens.create(tokenName).secret();
        login.out();
        client = client(secret);
        scim = new ScimService(client.target("http://localhost:" + port + "/scim/v2"));
    }

    @AfterEach
    void close() {
        client.close();
        hold.share(0.4);
        hold.activationFloor(20);
        login.out();
    }

    @Test
    void a_joiner_is_created_with_team_title_and_manager_and_found_by_filter_and_in_pages() throws Exception {
        String managerId = idOf(DemoPeople.MANAGER_EMAIL);
        String email = "joiner-" + System.nanoTime() + "@example.org";
        UserResource created = scim.create("Users", user(email, "Jet Nieuwkomer", managerId));
        assertThat(created.getId()).isNotBlank();
        assertThat(created.getActive()).isTrue();
        UserResource read = scim.retrieve("Users", created.getId(), UserResource.class);
        assertThat(read.getUserName()).isEqualTo(email);
        assertThat(read.getName().getFormatted()).isEqualTo("Jet Nieuwkomer");
        assertThat(read.getTitle()).isEqualTo("Klantadviseur");
        EnterpriseUserExtension enterprise = read.getExtension(EnterpriseUserExtension.class);
        assertThat(enterprise.getDepartment()).isEqualTo(DemoPeople.TEAM);
        assertThat(enterprise.getManager().getValue()).isEqualTo(managerId);
        assertThat(jdbc.queryForObject("select manager_id from person where lower(email) = ?", Long.class, email))
                .isEqualTo(Long.valueOf(managerId));

        var found = scim.searchRequest("Users").filter("userName eq \"" + email.toUpperCase() + "\"")
                .invoke(UserResource.class);
        assertThat(found.getTotalResults()).isEqualTo(1);
        assertThat(found.getResources().getFirst().getId()).isEqualTo(created.getId());

        var first = scim.searchRequest("Users").page(1, 2).invoke(UserResource.class);
        var second = scim.searchRequest("Users").page(3, 2).invoke(UserResource.class);
        Integer everyone = jdbc.queryForObject("select count(*) from person where email not like '%@invalid'",
                Integer.class);
        assertThat(first.getTotalResults()).isEqualTo(everyone);
        assertThat(first.getItemsPerPage()).isEqualTo(2);
        assertThat(second.getStartIndex()).isEqualTo(3);
        assertThat(first.getResources()).extracting(UserResource::getId)
                .doesNotContainAnyElementsOf(second.getResources().stream().map(UserResource::getId).toList());

        assertThatThrownBy(() -> scim.create("Users", user(email, "Tweede Jet", null)))
                .isInstanceOf(ScimException.class).satisfies(e -> {
                    assertThat(((ScimException) e).getScimError().getStatus()).isEqualTo(409);
                    assertThat(((ScimException) e).getScimError().getScimType()).isEqualTo("uniqueness");
                });
        assertThat(audit("person.created", created.getId())).contains("SCIM: " + tokenName);
    }

    @Test
    void a_mover_gets_a_new_manager_and_a_leaver_is_deactivated_with_every_session_ended() throws Exception {
        String newManager = scim.create("Users", user("chef-" + System.nanoTime() + "@example.org", "Nieuwe Chef",
                null)).getId();
        String email = "mover-" + System.nanoTime() + "@example.org";
        UserResource mover = scim.create("Users", user(email, "Mo Verhuizer", idOf(DemoPeople.MANAGER_EMAIL)));
        UserResource moved = scim.modifyRequest("Users", mover.getId())
                .replaceValue(ENTERPRISE + ":manager", new Manager().setValue(newManager))
                .replaceValue("title", "Senior klantadviseur").invoke(UserResource.class);
        assertThat(moved.getExtension(EnterpriseUserExtension.class).getManager().getValue()).isEqualTo(newManager);
        assertThat(jdbc.queryForObject("select manager_id from person where id = ?", Long.class,
                Long.valueOf(mover.getId()))).isEqualTo(Long.valueOf(newManager));

        long id = Long.parseLong(mover.getId());
        sessions.registerNewSession("session-of-" + id, new SpiegelUser(id, email, "Mo Verhuizer", null, true,
                Set.of(Role.EMPLOYEE)));
        UserResource left = scim.modifyRequest("Users", mover.getId()).replaceValue("active", false)
                .invoke(UserResource.class);
        assertThat(left.getActive()).isFalse();
        assertThat(jdbc.queryForObject("select active from person where id = ?", Boolean.class, id)).isFalse();
        assertThat(sessions.getSessionInformation("session-of-" + id).isExpired()).isTrue();
        assertThat(audit("person.deactivated", mover.getId())).contains("SCIM: " + tokenName);
    }

    @Test
    void deactivating_more_than_the_share_in_an_hour_is_held_until_hr_confirms() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(scim.create("Users", user("leaver" + i + "-" + System.nanoTime() + "@example.org",
                    "Vertrekker " + i, null)).getId());
        }
        Integer active = jdbc.queryForObject("select count(*) from person where active", Integer.class);
        hold.share(2.5 / active);
        hold.activationFloor(10_000); // this attack is about the deactivation hold's count; bursts are below
        for (String id : ids.subList(0, 2)) {
            scim.modifyRequest("Users", id).replaceValue("active", false).invoke(UserResource.class);
        }
        UserResource third = scim.modifyRequest("Users", ids.get(2)).replaceValue("active", false)
                .invoke(UserResource.class);
        assertThat(third.getActive()).as("held, so still active").isTrue();
        scim.delete("Users", ids.get(3));
        assertThat(activeOf(ids)).containsExactly(false, false, true, true);

        login.as(DemoPeople.HR_EMAIL);
        assertThat(hold.held()).extracting(DeactivationHold.Held::personId)
                .containsExactly(Long.valueOf(ids.get(2)), Long.valueOf(ids.get(3)));
        assertThat(hold.held()).extracting(DeactivationHold.Held::tokenName).containsOnly(tokenName);
        assertThat(hold.confirm()).isEqualTo(2);
        assertThat(activeOf(ids)).containsExactly(false, false, false, false);
        assertThat(hold.held()).isEmpty();
    }

    @Autowired nl.spiegel360.people.PersonAdministration administration;

    @Test
    void filler_accounts_created_within_the_hour_make_no_room_for_deactivating_real_people() throws Exception {
        // the real people, made by HR; then a stolen token creates fillers to raise the share the hold allows
        // (a quarter more people: counted, they would let a third deactivation through)
        List<String> real = new ArrayList<>();
        login.as(DemoPeople.HR_EMAIL);
        for (int i = 0; i < 5; i++) {
            real.add(String.valueOf(administration.create(new nl.spiegel360.people.PersonDraft("Echt " + i,
                    "echt" + i + "-" + System.nanoTime() + "@example.org", null, null, null, false, null)).id()));
        }
        login.out();
        Integer active = jdbc.queryForObject("select count(*) from person where active", Integer.class);
        hold.share(2.5 / active);
        hold.activationFloor(10_000); // this attack is about the deactivation hold's count; bursts are below
        for (int i = 0; i < active * 0.25; i++) {
            scim.create("Users", user("vulling" + i + "-" + System.nanoTime() + "@example.org", "Vulling " + i,
                    null));
        }
        List<Integer> statuses = new ArrayList<>();
        for (String id : real) {
            statuses.add(patch(id, "{\"op\":\"replace\",\"path\":\"active\",\"value\":false}"));
        }
        assertThat(statuses).as("two of the people active at the start of the hour, the rest held")
                .containsExactly(200, 200, 202, 202, 202);
        assertThat(activeOf(real)).containsExactly(false, false, true, true, true);
        login.as(DemoPeople.HR_EMAIL);
        assertThat(hold.reject()).isEqualTo(3);
        assertThat(activeOf(real)).containsExactly(false, false, true, true, true);
    }

    @Test
    void a_burst_of_new_or_activated_accounts_waits_inactive_for_hr_whatever_provisioning_sends() throws Exception {
        hold.share(0.0);
        hold.activationFloor(3);
        List<String> ids = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var created = post(userJson("burst" + i + "-" + System.nanoTime() + "@example.org", "Burst " + i, true));
            statuses.add(created.statusCode());
            ids.add(created.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"(\\d+)\".*", "$1"));
            assertThat(created.body()).contains("\"active\":" + (i < 3));
        }
        assertThat(statuses).as("three an hour pass, the rest is accepted for HR, not done")
                .containsExactly(201, 201, 201, 202, 202);
        assertThat(activeOf(ids)).containsExactly(true, true, true, false, false);
        assertThat(audit("provisioning.activation.held", ids.get(3))).contains(tokenName);

        // an account created inactive and then activated is an activation too: held
        var sleeper = post(userJson("slaper-" + System.nanoTime() + "@example.org", "Slaper", false));
        assertThat(sleeper.statusCode()).isEqualTo(201);
        String sleeperId = sleeper.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"(\\d+)\".*", "$1");
        assertThat(patch(sleeperId, "{\"op\":\"replace\",\"path\":\"active\",\"value\":true}")).isEqualTo(202);

        // whatever the identity system sends next is applied, but it does not activate a held account
        assertThat(patch(ids.get(3), "{\"op\":\"replace\",\"path\":\"active\",\"value\":true}")).isEqualTo(202);
        assertThat(patch(ids.get(4), "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Adviseur\"}"))
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("select job_title from person where id = ?", String.class,
                Long.valueOf(ids.get(4)))).isEqualTo("Adviseur");
        assertThat(activeOf(List.of(ids.get(3), ids.get(4), sleeperId))).containsExactly(false, false, false);

        login.as(DemoPeople.HR_EMAIL);
        assertThat(hold.held()).extracting(DeactivationHold.Held::change).containsOnly(
                DeactivationHold.Change.ACTIVATION).hasSize(3);
        assertThat(hold.confirm()).isEqualTo(3);
        assertThat(activeOf(List.of(ids.get(3), ids.get(4), sleeperId))).containsExactly(true, true, true);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'provisioning.hold.confirmed'"
                + " and details like '%3 activated%'", Integer.class)).isEqualTo(1);
    }

    private static String userJson(String email, String name, boolean active) {
        return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + email
                + "\",\"name\":{\"formatted\":\"" + name + "\"},\"active\":" + active + "}";
    }

    private java.net.http.HttpResponse<String> post(String json) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/scim/v2/Users")).header("Authorization", "Bearer " + secret)
                .header("Content-Type", "application/scim+json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
        return java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_hr_account_is_not_deactivated_by_provisioning_without_hrs_confirmation() throws Exception {
        hold.share(1.0);
        login.as(DemoPeople.HR_EMAIL);
        String hr = String.valueOf(administration.create(new nl.spiegel360.people.PersonDraft("Hanna Personeelszaken",
                "hanna-" + System.nanoTime() + "@example.org", null, null, null, true, null)).id());
        login.out();
        assertThat(delete(hr)).as("accepted for HR to decide, not done").isEqualTo(202);
        assertThat(activeOf(List.of(hr))).containsExactly(true);
        assertThat(audit("provisioning.deactivation.held", hr)).contains("SCIM: " + tokenName);

        // a routine change of the same person later applies, and the deactivation stays held
        assertThat(patch(hr, "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"HR-adviseur\"}"))
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("select job_title from person where id = ?", String.class, Long.valueOf(hr)))
                .isEqualTo("HR-adviseur");
        login.as(DemoPeople.HR_EMAIL);
        assertThat(hold.held()).extracting(DeactivationHold.Held::personId).containsExactly(Long.valueOf(hr));
        assertThat(hold.confirm()).isEqualTo(1);
        assertThat(activeOf(List.of(hr))).containsExactly(false);
    }

    /** A PATCH as an identity system sends it; returns the status. */
    private int patch(String id, String operation) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/scim/v2/Users/" + id)).header("Authorization", "Bearer " + secret)
                .header("Content-Type", "application/scim+json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"schemas\":"
                        + "[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operation + "]}"))
                .build();
        return java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int delete(String id) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/scim/v2/Users/" + id)).header("Authorization", "Bearer " + secret).DELETE().build();
        return java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void a_revoked_token_and_a_wrong_one_are_refused() throws Exception {
        assertThat(scim.getServiceProviderConfig().getPatch().isSupported()).isTrue();
        assertThat(scim.getResourceTypes().getResources()).extracting(r -> r.getName()).containsExactly("User");
        assertThat(scim.getSchemas().getTotalResults()).isEqualTo(2);
        login.as(DemoPeople.HR_EMAIL);
        long id = tokens.tokens().stream().filter(t -> t.name().equals(tokenName)).findFirst().orElseThrow().id();
        assertThat(tokens.tokens().stream().filter(t -> t.id() == id).findFirst().orElseThrow().lastUsedAt())
                .isNotNull();
        tokens.revoke(id);
        login.out();
        assertThatThrownBy(() -> scim.searchRequest("Users").invoke(UserResource.class))
                .isInstanceOf(ScimException.class)
                .satisfies(e -> assertThat(((ScimException) e).getScimError().getStatus()).isEqualTo(401));
        try (Client wrong = client(secret + "x")) {
            var other = new ScimService(wrong.target("http://localhost:" + port + "/scim/v2"));
            assertThatThrownBy(() -> other.retrieve("Users", "1", UserResource.class))
                    .isInstanceOf(ScimException.class)
                    .satisfies(e -> assertThat(((ScimException) e).getScimError().getStatus()).isEqualTo(401));
        }
        assertThat(jdbc.queryForObject("select token_hash from scim_token where id = ?", String.class, id))
                .hasSize(64).doesNotContain(secret);
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/scim/v2/Users")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("no token at all").isEqualTo(401);
        assertThat(anonymous.body()).contains("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(anonymous.headers().firstValue("Set-Cookie")).as("no session is made").isEmpty();
    }

    @Test
    void a_flood_of_wrong_tokens_is_counted_per_address_and_hour_not_written_one_by_one() throws Exception {
        long entries = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        long counted = refusals();
        for (int i = 0; i < 200; i++) {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/scim/v2/Users"))
                    .header("Authorization", "Bearer guess-" + i).GET().build();
            assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
                    .isEqualTo(401);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class) - entries)
                .as("no log entry per guess").isZero();
        assertThat(refusals() - counted).as("each guess counted").isEqualTo(200);
    }

    @Test
    void every_answer_under_scim_is_in_scims_format_with_its_status_refusals_and_limits_included() throws Exception {
        assertScimError(send("GET", "/Groups", null), 404);
        assertScimError(send("GET", "/Users?count=abc", null), 400);
        assertScimError(send("GET", "/Users?startIndex=x", null), 400);
        assertScimError(send("GET", "/Nothing/here", null), 404);
        String longId = "x".repeat(300);
        var longFilter = send("GET", "/Users?filter=" + java.net.URLEncoder.encode("externalId eq \"" + longId + "\"",
                java.nio.charset.StandardCharsets.UTF_8), null);
        assertThat(longFilter.statusCode()).as("a value longer than any stored matches nobody").isEqualTo(200);
        assertThat(longFilter.body()).contains("\"totalResults\":0");
        long people = jdbc.queryForObject("select count(*) from person", Long.class);
        // a body over the limit is refused before it is read
        String huge = "{\"userName\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        assertScimError(send("POST", "/Users", huge), 413);
        // so is an object of very many keys or a very deep one
        StringBuilder keys = new StringBuilder("{");
        for (int i = 0; i < 20_000; i++) {
            keys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
        }
        assertScimError(send("POST", "/Users", keys.append('}').toString()), 400);
        assertScimError(send("POST", "/Users", "[".repeat(5000) + "]".repeat(5000)), 400);
        assertThat(jdbc.queryForObject("select count(*) from person", Long.class)).isEqualTo(people);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/scim/v2" + path))
                .header("Authorization", "Bearer " + secret).header("Content-Type", "application/scim+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertScimError(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("%s %s", response.request().method(), response.request().uri())
                .isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/scim+json");
        assertThat(response.body()).contains("urn:ietf:params:scim:api:messages:2.0:Error")
                .contains("\"status\":\"" + status + "\"");
    }

    private long refusals() {
        return jdbc.queryForObject("select coalesce(sum(refusals), 0) from anonymous_refusal", Long.class);
    }

    @Test
    void a_malformed_or_invalid_request_is_answered_with_a_scim_error_and_changes_nothing() throws Exception {
        String email = "stabiel-" + System.nanoTime() + "@example.org";
        UserResource person = scim.create("Users", user(email, "Stan Stabiel", null));
        long id = Long.parseLong(person.getId());
        String before = row(id);
        HttpClient http = HttpClient.newHttpClient();
        for (String body : List.of("{\"schemas\": [", "[1, 2]", "{\"schemas\":[\"urn:ietf:params:scim:api:"
                + "messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"x\"}]}",
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"replace\","
                        + "\"path\":\"active\",\"value\":\"maybe\"}]}")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/scim/v2/Users/" + id)).header("Authorization", "Bearer " + secret)
                    .header("Content-Type", "application/scim+json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/scim+json");
            assertThat(response.body()).contains("urn:ietf:params:scim:api:messages:2.0:Error").contains("scimType");
        }
        UserResource nameless = scim.retrieve("Users", person.getId(), UserResource.class);
        nameless.setName(null);
        nameless.setDisplayName(null);
        assertThatThrownBy(() -> scim.replace(nameless)).isInstanceOf(ScimException.class)
                .satisfies(e -> assertThat(((ScimException) e).getScimError().getScimType())
                        .isEqualTo("invalidValue"));
        UserResource ownManager = scim.retrieve("Users", person.getId(), UserResource.class);
        ownManager.setExtension(new EnterpriseUserExtension().setManager(new Manager().setValue(person.getId())));
        assertThatThrownBy(() -> scim.replace(ownManager)).isInstanceOf(ScimException.class);
        assertThat(row(id)).isEqualTo(before);
    }

    private UserResource user(String email, String name, String managerId) {
        UserResource user = new UserResource().setUserName(email).setName(new Name().setFormatted(name))
                .setTitle("Klantadviseur").setEmails(List.of(new Email().setValue(email).setType("work")
                        .setPrimary(true)));
        user.setActive(true);
        var enterprise = new EnterpriseUserExtension().setDepartment(DemoPeople.TEAM);
        if (managerId != null) {
            enterprise.setManager(new Manager().setValue(managerId));
        }
        user.setExtension(enterprise);
        return user;
    }

    private String idOf(String email) throws ScimException {
        return scim.searchRequest("Users").filter("userName eq \"" + email + "\"").invoke(UserResource.class)
                .getResources().getFirst().getId();
    }

    private List<Boolean> activeOf(List<String> ids) {
        return ids.stream().map(id -> jdbc.queryForObject("select active from person where id = ?", Boolean.class,
                Long.valueOf(id))).toList();
    }

    private String row(long id) {
        return jdbc.queryForMap("select name, email, job_title, team, manager_id, active, version from person"
                + " where id = ?", id).toString();
    }

    private String audit(String action, String id) {
        return jdbc.queryForList("select actor from audit_event where action = ? and target_id = ?", String.class,
                action, Long.valueOf(id)).toString();
    }

    private static Client client(String bearer) {
        ClientConfig config = new ClientConfig().connectorProvider(new Apache5ConnectorProvider());
        Client client = ClientBuilder.newClient(config);
        client.register((ClientRequestFilter) request -> request.getHeaders().add("Authorization",
                "Bearer " + bearer));
        return client;
    }
}

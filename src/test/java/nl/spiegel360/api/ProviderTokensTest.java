package nl.spiegel360.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * API clients that take their tokens from the organisation's own OpenID provider (a maintained provider running in
 * the test, mock-oauth2-server, at the issuer the test configuration names): HR registers the client by the id the
 * provider gave it; its tokens are accepted with the API as their audience, refused for another audience, from
 * another issuer, for a client HR did not register or revoked.
 */
@IntegrationTest
class ProviderTokensTest {

    private static final String ISSUER = "corp";
    private static MockOAuth2Server provider;

    @LocalServerPort int port;
    @Autowired ApiClients clients;
    @Autowired JdbcTemplate jdbc;
    @Autowired Login login;

    ApiClient api;

    @BeforeAll
    static void provider() {
        provider = new MockOAuth2Server();
        provider.start(Integer.getInteger("spiegel360.test.oidc-port", 3126));
    }

    @AfterAll
    static void stop() {
        provider.shutdown();
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String token(String issuer, String subject, List<String> audience, Map<String, Object> claims) {
        String clientId = String.valueOf(claims.getOrDefault("azp", subject));
        return provider.issueToken(issuer, clientId, new DefaultOAuth2TokenCallback(issuer, subject, "JWT", audience,
                claims, 600)).serialize();
    }

    private ApiClients.ClientInfo register(String providerClientId, ApiScope... scopes) {
        login.as(DemoPeople.HR_EMAIL);
        try {
            return clients.createExternal("Leerplatform " + System.nanoTime(), providerClientId,
                    EnumSet.of(scopes[0], scopes));
        } finally {
            login.out();
        }
    }

    @Test
    void a_registered_client_of_the_provider_reads_within_its_scopes_here() {
        String id = "corp-lms-" + System.nanoTime();
        var client = register(id, ApiScope.CYCLES_READ);
        String token = token(ISSUER, id, List.of("spiegel360-api"), Map.of());
        var read = api.get(token, "/api/v1/cycles");
        assertThat(read.status()).as(read.raw().body()).isEqualTo(200);
        assertThat(api.get(token, "/api/v1/plans").status()).as("a scope HR did not give").isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'api.called'",
                Integer.class, ApiSecurity.ACTOR_PREFIX + client.name())).isEqualTo(2);
        // as Entra ID names a client: its application in azp, a service principal in sub
        String entra = "corp-entra-" + System.nanoTime();
        register(entra, ApiScope.CYCLES_READ);
        assertThat(api.get(token(ISSUER, "3f1c-service-principal", List.of("spiegel360-api"), Map.of("azp", entra)),
                "/api/v1/cycles").status()).isEqualTo(200);
    }

    @Test
    void a_token_for_another_audience_issuer_or_client_is_refused() {
        String id = "corp-bi-" + System.nanoTime();
        var client = register(id, ApiScope.CYCLES_READ);
        assertThat(api.get(token(ISSUER, id, List.of("another-api"), Map.of()), "/api/v1/cycles").status())
                .isEqualTo(401);
        assertThat(api.get(token("elsewhere", id, List.of("spiegel360-api"), Map.of()), "/api/v1/cycles").status())
                .isEqualTo(401);
        assertThat(api.get(token(ISSUER, "corp-unknown", List.of("spiegel360-api"), Map.of()), "/api/v1/cycles")
                .status()).isEqualTo(401);
        String token = token(ISSUER, id, List.of("spiegel360-api"), Map.of());
        assertThat(api.get(token, "/api/v1/cycles").status()).isEqualTo(200);
        login.as(DemoPeople.HR_EMAIL);
        clients.revoke(client.id());
        login.out();
        assertThat(api.get(token, "/api/v1/cycles").status()).isEqualTo(401);
        // the application issues it no token: it has no secret here
        assertThat(api.tokenResponse(id, "", null).statusCode()).isIn(400, 401);
    }
}

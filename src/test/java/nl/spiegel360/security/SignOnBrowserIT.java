package nl.spiegel360.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.types.UserResource;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.PackagedApplication;
import okhttp3.mockwebserver.RecordedRequest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.glassfish.jersey.apache5.connector.Apache5ConnectorProvider;
import org.glassfish.jersey.client.ClientConfig;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Single sign-on against a maintained OpenID provider that runs in the test (NAV's mock-oauth2-server), in a real
 * browser against the packaged application: the redirects, the code exchanged with PKCE and the client's secret in
 * the body ({@code client_secret_post}), the ID token checked against the provider's published keys (also after the
 * provider rotated them), the person matched by verified e-mail and then by subject, HR from a group, sign-out at the
 * provider too; and the refusals: a stranger, an address not verified (false, the text "false", or no claim at all),
 * a token of another issuer or for another audience, a forged signature, an expired token, and a person that
 * provisioning deactivated (whose open session ends at once).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignOnBrowserIT {

    private static final String ISSUER = "organisation";
    private static final String CLIENT = "spiegel360";
    private static final String SECRET = "client-secret-for-the-test";
    private static final String HR_GROUP = "spiegel360-hr";
    private static final RotatingKeys KEYS = new RotatingKeys();
    private static MockOAuth2Server provider;
    private static PackagedApplication app;

    /** An account at the provider: the claims its ID token carries beside the standard ones. */
    private record Account(String subject, Map<String, Object> claims) {

        static Account of(String subject, String email, @Nullable Object emailVerified, String name,
                String... groups) {
            Map<String, Object> claims = new HashMap<>(Map.of("email", email, "name", name, "groups",
                    List.of(groups)));
            if (emailVerified != null) {
                claims.put("email_verified", emailVerified);
            }
            return new Account(subject, claims);
        }

        Account with(String claim, Object value) {
            Map<String, Object> changed = new HashMap<>(claims);
            changed.put(claim, value);
            return new Account(subject, changed);
        }
    }

    private static final Account EMMA = Account.of("emma-7f3a", "emma@spiegel360.example", true, "Emma Meijer");
    private static final Account THIJS = Account.of("thijs-91c2", "thijs@spiegel360.example", true,
            "Thijs de Groot", HR_GROUP);
    private static final Account BRAM = Account.of("bram-55d0", "bram@spiegel360.example", true, "Bram Vos");
    private static final Account STRANGER = Account.of("stranger-0001", "stranger@elsewhere.example", true,
            "Onbekende");

    @BeforeAll
    static void start() throws Exception {
        provider = new MockOAuth2Server(new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(KEYS)));
        provider.start();
        app = PackagedApplication.start("sign-on",
                "--spring.security.oauth2.client.registration.test.client-id=" + CLIENT,
                "--spring.security.oauth2.client.registration.test.client-secret=" + SECRET,
                "--spring.security.oauth2.client.registration.test.client-authentication-method=client_secret_post",
                "--spring.security.oauth2.client.registration.test.client-name=Testaanbieder",
                "--spring.security.oauth2.client.registration.test.scope=openid,email,profile",
                "--spring.security.oauth2.client.provider.test.issuer-uri=" + provider.issuerUrl(ISSUER),
                "--spiegel360.sign-in.oidc.hr-group=" + HR_GROUP);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Test
    @Order(1)
    void a_person_signs_on_with_pkce_is_matched_by_verified_address_then_by_subject_and_signs_out_there_too()
            throws Exception {
        try (Browser browser = new Browser(1280, 800)) {
            drainRequests();
            signOn(browser, EMMA);
            browser.await(By.id("home-greeting"));
            assertThat(browser.await(By.id("current-user")).getText()).isEqualTo("emma@spiegel360.example");
            Map<String, String> token = form(request("/" + ISSUER + "/token"));
            assertThat(token.get("code_verifier")).as("the PKCE code verifier").hasSizeGreaterThan(42);
            assertThat(token).as("client_secret_post: the client's credentials in the body")
                    .containsEntry("client_id", CLIENT).containsEntry("client_secret", SECRET);
            browser.screenshot("90-signed-on");

            browser.await(By.id("logout")).click();
            browser.await(By.id("login-sso-test"));
            RecordedRequest endSession = request("/" + ISSUER + "/endsession");
            assertThat(endSession.getRequestUrl().queryParameter("id_token_hint"))
                    .as("the provider's session ended with the ID token as hint").contains(".");

            // the provider changes her address: the stored subject still finds her
            signOn(browser, EMMA.with("email", "emma.meijer@elsewhere.example"));
            assertThat(browser.await(By.id("current-user")).getText()).isEqualTo("emma@spiegel360.example");
            browser.await(By.id("logout")).click();
            browser.await(By.id("login-sso-test"));

            // the provider rotates its signing key: the new key is fetched from its published set
            KEYS.rotate();
            signOn(browser, EMMA);
            assertThat(browser.await(By.id("current-user")).getText()).isEqualTo("emma@spiegel360.example");
        }
    }

    @Test
    @Order(2)
    void hr_comes_from_the_group_claim_while_roles_stay_spiegel360s() throws Exception {
        try (Browser browser = new Browser(1280, 800)) {
            signOn(browser, THIJS);
            browser.await(By.id("home-greeting"));
            browser.open(app.url("/people"));
            browser.await(By.id("people-filter"));
        }
    }

    @Test
    @Order(3)
    void strangers_unverified_addresses_and_tokens_not_meant_for_us_or_not_genuine_are_refused() throws Exception {
        String noAccount = "Er is geen account voor deze aanmelding";
        String notChecked = "kon niet worden gecontroleerd";
        try (Browser browser = new Browser(1280, 800)) {
            refused(browser, STRANGER, noAccount);
            Account daan = Account.of("daan-unverified", "daan@spiegel360.example", false, "Daan Smit");
            refused(browser, daan, noAccount);
            refused(browser, daan.with("email_verified", "false"), noAccount);
            refused(browser, Account.of("daan-unclaimed", "daan@spiegel360.example", null, "Daan Smit"), noAccount);
            browser.screenshot("91-sign-on-refused");

            refused(browser, EMMA.with("iss", "https://elsewhere.example/" + ISSUER), notChecked);
            refused(browser, EMMA.with("aud", List.of("another-application")), notChecked);
            KEYS.forge(true);
            try {
                refused(browser, EMMA, notChecked);
            } finally {
                KEYS.forge(false);
            }
            provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, EMMA.subject(), "JWT", null,
                    EMMA.claims(), -300));
            signOnAsQueued(browser);
            browser.awaitText(By.id("login-sso-error"), notChecked);
            browser.open(app.url("/"));
            assertThat(browser.driver().getCurrentUrl()).contains("/login");

            // the address verified as the text "true", as some providers send it, is a verified address
            signOn(browser, Account.of("daan-textual", "daan@spiegel360.example", "true", "Daan Smit"));
            assertThat(browser.await(By.id("current-user")).getText()).isEqualTo("daan@spiegel360.example");
        }
    }

    @Test
    @Order(4)
    void provisioning_deactivates_a_signed_on_person_whose_session_ends_and_who_is_refused_from_then_on()
            throws Exception {
        try (Browser bram = new Browser(1280, 800); Browser hr = new Browser(1280, 800)) {
            signOn(bram, BRAM);
            bram.await(By.id("home-greeting"));

            hr.signIn(app.url(""), DemoPeople.HR_EMAIL, DemoPeople.PASSWORD);
            hr.open(app.url("/provisioning"));
            hr.clickCentred(By.id("provisioning-token-new"));
            hr.await(By.cssSelector("#provisioning-token-name input")).sendKeys("Testaanbieder SCIM",
                    org.openqa.selenium.Keys.TAB);
            hr.clickCentred(By.id("provisioning-token-create"));
            String secret = hr.await(By.cssSelector("#provisioning-token-secret input")).getAttribute("value");
            hr.screenshot("92-provisioning-token");

            Client client = ClientBuilder.newClient(new ClientConfig().connectorProvider(
                    new Apache5ConnectorProvider()));
            try {
                client.register((ClientRequestFilter) r -> r.getHeaders().add("Authorization", "Bearer " + secret));
                ScimService scim = new ScimService(client.target(app.url("/scim/v2")));
                String id = scim.searchRequest("Users").filter("userName eq \"bram@spiegel360.example\"")
                        .invoke(UserResource.class).getResources().getFirst().getId();
                UserResource left = scim.modifyRequest("Users", id).replaceValue("active", false)
                        .invoke(UserResource.class);
                assertThat(left.getActive()).isFalse();
            } finally {
                client.close();
            }

            bram.open(app.url("/"));
            bram.await(By.id("login-sso-test"));
            signOn(bram, BRAM);
            bram.awaitText(By.id("login-sso-error"), "gedeactiveerd");
        }
    }

    /** Signs on as this account and expects the login page to say why it was refused. */
    private static void refused(Browser browser, Account account, String why) {
        signOn(browser, account);
        browser.awaitText(By.id("login-sso-error"), why);
    }

    /** From the login page through the provider, which signs this account on without asking. */
    private static void signOn(Browser browser, Account account) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, account.subject(), "JWT", null,
                account.claims(), 3600));
        signOnAsQueued(browser);
    }

    private static void signOnAsQueued(Browser browser) {
        browser.open(app.url("/login"));
        browser.await(By.id("login-sso-test")).click();
        browser.await(By.cssSelector("#home-greeting, #login-sso-error"));
    }

    private static void drainRequests() {
        try {
            while (true) {
                provider.takeRequest(10, TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException empty) {
            // nothing more in the provider's queue
        }
    }

    /** The next request the provider received on this path, skipping the others. */
    private static RecordedRequest request(String path) {
        List<String> seen = new ArrayList<>();
        while (true) {
            RecordedRequest r = provider.takeRequest(10, TimeUnit.SECONDS);
            if (r.getRequestUrl().encodedPath().equals(path)) {
                return r;
            }
            seen.add(r.getRequestUrl().encodedPath());
            assertThat(seen).as("requests before " + path).hasSizeLessThan(50);
        }
    }

    private static Map<String, String> form(RecordedRequest request) {
        Map<String, String> values = new HashMap<>();
        for (String pair : request.getBody().readUtf8().split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    /**
     * The provider's signing key, which the test can rotate (a new key under a new id, published in place of the
     * old) or forge (tokens signed with another key under the published key's id, while the published set stays).
     */
    static final class RotatingKeys extends KeyProvider {

        private volatile RSAKey published = newKey("key-1");
        private volatile @Nullable RSAKey forged;
        private int rotations = 1;

        RotatingKeys() {
            super(List.of(), "RS256");
        }

        @Override
        public JWK signingKey(String issuerId) {
            RSAKey forger = forged;
            boolean publishing = StackWalker.getInstance().walk(frames -> frames.anyMatch(
                    f -> f.getMethodName().equals("publicJwkSet")));
            return forger != null && !publishing ? forger : published;
        }

        /** The keys the provider checks its own tokens with (its published set). */
        @Override
        public List<JWK> get(com.nimbusds.jose.jwk.JWKSelector selector,
                com.nimbusds.jose.proc.SecurityContext context) {
            return selector == null ? List.of() : selector.select(new com.nimbusds.jose.jwk.JWKSet(published)
                    .toPublicJWKSet());
        }

        synchronized void rotate() {
            published = newKey("key-" + ++rotations);
        }

        void forge(boolean on) {
            forged = on ? newKey(published.getKeyID()) : null;
        }

        private static RSAKey newKey(String keyId) {
            try {
                return new RSAKeyGenerator(2048).keyID(keyId).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

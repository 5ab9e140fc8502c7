package nl.spiegel360.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.types.UserResource;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.util.List;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.OpenIdProvider;
import nl.spiegel360.test.OpenIdProvider.Account;
import nl.spiegel360.test.PackagedApplication;
import org.glassfish.jersey.apache5.connector.Apache5ConnectorProvider;
import org.glassfish.jersey.client.ClientConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Single sign-on through an OpenID provider running in the test, in a real browser against the packaged application:
 * the redirects, the code exchanged with PKCE, the ID token checked against the provider's published key, the person
 * matched by verified e-mail and then by subject, HR from a group, sign-out at the provider too; and the refusals: a
 * stranger, an unverified address, a forged or expired token, and a person that provisioning deactivated (whose open
 * session ends at once).
 */
class SignOnBrowserIT {

    private static final String HR_GROUP = "spiegel360-hr";
    private static OpenIdProvider provider;
    private static PackagedApplication app;

    @BeforeAll
    static void start() throws Exception {
        provider = new OpenIdProvider("spiegel360", "client-secret-for-the-test");
        provider.add(new Account("emma-7f3a", "emma@spiegel360.example", true, "Emma Meijer", List.of()));
        provider.add(new Account("thijs-91c2", "thijs@spiegel360.example", true, "Thijs de Groot",
                List.of(HR_GROUP)));
        provider.add(new Account("bram-55d0", "bram@spiegel360.example", true, "Bram Vos", List.of()));
        provider.add(new Account("daan-unverified", "daan@spiegel360.example", false, "Daan Smit", List.of()));
        provider.add(new Account("stranger-0001", "stranger@elsewhere.example", true, "Onbekende", List.of()));
        app = PackagedApplication.start("sign-on",
                "--spring.security.oauth2.client.registration.test.client-id=spiegel360",
                "--spring.security.oauth2.client.registration.test.client-secret=client-secret-for-the-test",
                "--spring.security.oauth2.client.registration.test.client-name=Testaanbieder",
                "--spring.security.oauth2.client.registration.test.scope=openid,email,profile",
                "--spring.security.oauth2.client.provider.test.issuer-uri=" + provider.issuer(),
                "--spiegel360.sign-in.oidc.hr-group=" + HR_GROUP);
        provider.allowRedirectsTo(app.url("/"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void a_person_signs_on_with_pkce_is_matched_by_verified_address_then_by_subject_and_signs_out_there_too()
            throws Exception {
        try (Browser browser = new Browser(1280, 800)) {
            signOn(browser, "emma-7f3a");
            browser.await(By.id("home-greeting"));
            assertThat(browser.await(By.id("current-user")).getText()).isEqualTo("emma@spiegel360.example");
            assertThat(provider.tokenRequests().getLast()).as("the PKCE code verifier").hasSizeGreaterThan(42);
            browser.screenshot("90-signed-on");

            browser.await(By.id("logout")).click();
            browser.await(By.id("login-sso-test"));
            assertThat(provider.loggedOut()).as("the provider's session ended with the ID token as hint")
                    .anySatisfy(hint -> assertThat(hint).contains("."));

            // the provider changes her address: the stored subject still finds her
            provider.add(new Account("emma-7f3a", "emma.meijer@elsewhere.example", true, "Emma Meijer", List.of()));
            signOn(browser, "emma-7f3a");
            assertThat(browser.await(By.id("current-user")).getText()).isEqualTo("emma@spiegel360.example");
        }
    }

    @Test
    void hr_comes_from_the_group_claim_while_roles_stay_spiegel360s() throws Exception {
        try (Browser browser = new Browser(1280, 800)) {
            signOn(browser, "thijs-91c2");
            browser.await(By.id("home-greeting"));
            browser.open(app.url("/people"));
            browser.await(By.id("people-filter"));
        }
    }

    @Test
    void a_stranger_an_unverified_address_and_forged_or_expired_tokens_are_refused() throws Exception {
        try (Browser browser = new Browser(1280, 800)) {
            signOn(browser, "stranger-0001");
            browser.awaitText(By.id("login-sso-error"), "Er is geen account voor deze aanmelding");
            signOn(browser, "daan-unverified");
            browser.awaitText(By.id("login-sso-error"), "Er is geen account voor deze aanmelding");
            browser.screenshot("91-sign-on-refused");

            provider.issue(OpenIdProvider.Tokens.FORGED_SIGNATURE);
            signOn(browser, "emma-7f3a");
            browser.awaitText(By.id("login-sso-error"), "kon niet worden gecontroleerd");
            provider.issue(OpenIdProvider.Tokens.EXPIRED);
            signOn(browser, "emma-7f3a");
            browser.awaitText(By.id("login-sso-error"), "kon niet worden gecontroleerd");
            provider.issue(OpenIdProvider.Tokens.GENUINE);
            browser.open(app.url("/"));
            assertThat(browser.driver().getCurrentUrl()).contains("/login");
        } finally {
            provider.issue(OpenIdProvider.Tokens.GENUINE);
        }
    }

    @Test
    void provisioning_deactivates_a_signed_on_person_whose_session_ends_and_who_is_refused_from_then_on()
            throws Exception {
        try (Browser bram = new Browser(1280, 800); Browser hr = new Browser(1280, 800)) {
            signOn(bram, "bram-55d0");
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
            signOn(bram, "bram-55d0");
            bram.awaitText(By.id("login-sso-error"), "gedeactiveerd");
        }
    }

    /** From the login page through the provider's sign-in page, as that account. */
    private static void signOn(Browser browser, String account) {
        browser.open(app.url("/login"));
        browser.await(By.id("login-sso-test")).click();
        browser.await(By.id("account")).sendKeys(account);
        browser.await(By.id("sign-in")).click();
        browser.await(By.cssSelector("#home-greeting, #login-sso-error"));
    }
}

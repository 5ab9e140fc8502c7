package nl.spiegel360.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.PackagedApplication;
import nl.spiegel360.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two instances of the packaged application on one fresh PostgreSQL database, started at the same moment: the
 * start-up work happens once, the sign-in throttle is shared, and a change of rights made elsewhere ends a session
 * held by the other instance.
 */
class TwoInstancesIT {

    private static String jdbcUrl;
    private static PackagedApplication first;
    private static PackagedApplication second;

    @BeforeAll
    static void startBoth() throws Exception {
        jdbcUrl = TestDatabase.create("spiegel360_two_" + ProcessHandle.current().pid());
        var instances = PackagedApplication.startTogetherOnPostgres(jdbcUrl, "instance-a", "instance-b");
        first = instances.get(0);
        second = instances.get(1);
    }

    @AfterAll
    static void stopBoth() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void instances_started_together_load_the_demo_organisation_once() throws Exception {
        assertThat(query("select count(*) from person where email = '" + DemoPeople.HR_EMAIL + "'")).isEqualTo(1);
        assertThat(query("select count(*) from review_cycle")).isEqualTo(1);
        assertThat(query("select count(*) from role_profile")).isEqualTo(1);
    }

    @Test
    void wrong_passwords_on_one_instance_pause_that_address_on_the_other_but_not_the_owner_elsewhere()
            throws Exception {
        String account = "daan@spiegel360.example";
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(first, account, "niet-het-wachtwoord-" + i, "198.51.100.7").location())
                    .contains("error");
        }
        assertThat(signIn(second, account, DemoPeople.PASSWORD, "198.51.100.7").location()).contains("paused");
        SignIn owner = signIn(second, account, DemoPeople.PASSWORD, "192.0.2.44");
        assertThat(owner.location()).doesNotContain("error");
        assertThat(owner.cookie()).as("the session cookie").contains("SameSite=Lax").contains("HttpOnly");
        assertThat(query("select count(*) from audit_event where action = 'login.failed' and details like "
                + "'address 198.51.100.7%'")).as("the client's address, forwarded by a trusted proxy").isEqualTo(5);
    }

    @Test
    void a_role_removed_by_hr_on_one_instance_ends_the_session_on_the_other_at_its_next_request() throws Exception {
        String daan = "daan@spiegel360.example";
        long cycle = query("select min(id) from review_cycle");
        try (Browser hr = new Browser(1280, 800); Browser daansBrowser = new Browser(1280, 800)) {
            hr.signIn(first.url(""), DemoPeople.HR_EMAIL, DemoPeople.PASSWORD);
            SignIn employee = signIn(second, daan, DemoPeople.PASSWORD, "192.0.2.60");
            assertThat(get(second, "/export/cycles/" + cycle + "/report.csv", employee.session()).body())
                    .as("an employee's cycle download holds none of the others").doesNotContain("Emma Meijer");

            toggleHr(hr, "Daan Smit");
            assertThat(query("select count(*) from person where hr and email = '" + daan + "'")).isEqualTo(1);
            SignIn promoted = signIn(second, daan, DemoPeople.PASSWORD, "192.0.2.60");
            assertThat(get(second, "/export/cycles/" + cycle + "/report.csv", promoted.session()).body())
                    .as("as HR, every closed review of the cycle").contains("Emma Meijer");

            daansBrowser.signIn(second.url(""), daan, DemoPeople.PASSWORD);
            daansBrowser.await(By.xpath("//vaadin-side-nav-item[contains(.,'Personen')]"));

            toggleHr(hr, "Daan Smit");
            // the open page on the other instance: its next request finds the session ended and asks to sign in
            daansBrowser.await(By.xpath("//vaadin-side-nav-item[contains(.,'Mijn verzoeken')]")).click();
            daansBrowser.await(By.cssSelector("vaadin-login-form input[name='username']"));
            HttpResponse<String> after = get(second, "/export/cycles/" + cycle + "/report.csv", promoted.session());
            assertThat(after.statusCode()).as("the removed role ends the session held by the other instance")
                    .isEqualTo(302);
            assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
            assertThat(query("select count(*) from audit_event where action = 'session.ended' and actor = '" + daan
                    + "'")).isGreaterThanOrEqualTo(1);
            assertThat(query("select count(*) from audit_event where action = 'person.updated' and details like "
                    + "'%HR: yes → no%'")).isEqualTo(1);
        }
    }

    /** HR opens the person in the people view and ticks or unticks "HR", then saves. */
    private static void toggleHr(Browser browser, String name) {
        browser.open(first.url("/people"));
        browser.await(By.cssSelector("#people-filter input")).sendKeys(name);
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20));
        // the grid keeps rendered rows for reuse: wait until the filter leaves one visible row, the person's
        wait.until(d -> d.findElements(By.cssSelector("#people-grid vaadin-button[aria-label]")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).count() == 1);
        var edit = browser.driver().findElements(By.xpath("//vaadin-button[contains(@aria-label,'" + name + "')]"))
                .stream().filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElseThrow();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", edit);
        var hr = browser.await(By.id("person-hr"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].checked = !arguments[0].checked", hr);
        browser.await(By.id("person-save")).click();
        wait.until(d -> d.findElements(By.id("person-form")).isEmpty());
    }

    private record SignIn(String location, String cookie, String session) {
    }

    private static SignIn signIn(PackagedApplication app, String email, String password, String forwardedFor)
            throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = client().send(HttpRequest.newBuilder(URI.create(app.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse("");
        String session = cookie.isEmpty() ? "" : cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
        return new SignIn(response.headers().firstValue("Location").orElse(""), cookie, session);
    }

    private static HttpResponse<String> get(PackagedApplication app, String path, String session) throws Exception {
        return client().send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Cookie",
                "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static long query(String sql) {
        return TestDatabase.number(jdbcUrl, sql);
    }

}

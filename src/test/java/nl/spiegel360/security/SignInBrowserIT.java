package nl.spiegel360.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.PackagedApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The packaged application in a real browser: sign in, see the start page, switch language, sign out. */
class SignInBrowserIT {

    private static PackagedApplication app;

    @BeforeAll
    static void start() throws Exception {
        app = PackagedApplication.shared();
    }

    @Test
    void a_demo_manager_signs_in_switches_to_english_and_signs_out() throws Exception {
        try (Browser browser = new Browser(1280, 800)) {
            browser.open(app.url("/"));
            browser.await(By.cssSelector("vaadin-login-form input[name='username']"));
            browser.screenshot("01-login-nl");
            signIn(browser, DemoPeople.MANAGER_EMAIL, DemoPeople.PASSWORD);

            browser.awaitText(By.id("home-greeting"), "Welkom, Marieke Bakker");
            assertThat(menu(browser)).contains("Start").doesNotContain("Personen");
            assertThat(browser.await(By.id("home-roles")).getText()).contains("Leidinggevende");
            browser.screenshot("02-home-nl");

            browser.await(By.id("language-switch")).click();
            browser.await(By.xpath("//vaadin-select-item[normalize-space()='English']")).click();
            browser.awaitText(By.id("home-greeting"), "Welcome, Marieke Bakker");
            assertThat(browser.await(By.id("home-roles")).getText()).contains("Manager");
            browser.screenshot("03-home-en");

            browser.await(By.id("logout")).click();
            browser.await(By.cssSelector("vaadin-login-form input[name='username']"));
            browser.awaitUrlEnding("/login");

            signIn(browser, DemoPeople.MANAGER_EMAIL, DemoPeople.PASSWORD);
            browser.awaitText(By.id("home-greeting"), "Welcome, Marieke Bakker");
        }
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_login_view() throws Exception {
        try (Browser browser = new Browser(390, 844)) {
            browser.open(app.url("/login"));
            browser.await(By.cssSelector("vaadin-login-form input[name='username']"));
            signIn(browser, DemoPeople.HR_EMAIL, "not-the-password");
            browser.awaitUrlEnding("/login?error");
            browser.await(By.cssSelector("vaadin-login-form input[name='username']"));
            browser.screenshot("04-login-error-phone");
            signIn(browser, DemoPeople.HR_EMAIL, DemoPeople.PASSWORD);
            browser.await(By.id("home-greeting"));
            browser.screenshot("05-home-hr-phone");
            browser.open(app.url("/mail"));
            browser.await(By.id("mail-summary"));
            browser.screenshot("06-mail-outbox-phone");
            Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            org.assertj.core.api.Assertions.assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0L);
        }
    }

    @Test
    void signing_out_in_one_browser_ends_the_session_in_the_other_too() throws Exception {
        try (Browser first = new Browser(1280, 800); Browser second = new Browser(1280, 800)) {
            for (Browser b : List.of(first, second)) {
                b.open(app.url("/login"));
                signIn(b, "emma@spiegel360.example", DemoPeople.PASSWORD);
                b.await(By.id("home-greeting"));
            }
            first.await(By.id("logout")).click();
            first.await(By.cssSelector("vaadin-login-form input[name='username']"));
            second.open(app.url("/my-profile"));
            second.await(By.cssSelector("vaadin-login-form input[name='username']"));
            assertThat(second.driver().getCurrentUrl()).contains("/login");
        }
    }

    @Test
    void every_page_carries_the_security_headers() throws Exception {
        var client = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/login", "/actuator/health", "/people")) {
            var response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.url(path)))
                    .GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("frame-ancestors 'none'").contains("default-src 'self'").contains("object-src 'none'");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void repeated_wrong_passwords_pause_the_account_and_the_right_one_works_afterwards_in_time() throws Exception {
        try (Browser browser = new Browser(1280, 800)) {
            for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
                browser.open(app.url("/login"));
                signIn(browser, "daan@spiegel360.example", "wrong-password-" + i);
                browser.awaitUrlEnding("error");
            }
            browser.open(app.url("/login"));
            signIn(browser, "daan@spiegel360.example", DemoPeople.PASSWORD);
            browser.await(By.cssSelector("vaadin-login-form input[name='username']"));
            assertThat(browser.driver().getCurrentUrl()).contains("paused=");
            browser.screenshot("06-login-paused");
        }
    }

    private static void signIn(Browser browser, String email, String password) {
        WebElement user = browser.await(By.cssSelector("vaadin-login-form input[name='username']"));
        user.clear();
        user.sendKeys(email);
        WebElement pass = browser.await(By.cssSelector("vaadin-login-form input[name='password']"));
        pass.clear();
        pass.sendKeys(password);
        pass.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    private static List<String> menu(Browser browser) {
        browser.await(By.cssSelector("#main-menu vaadin-side-nav-item"));
        return browser.driver().findElements(By.cssSelector("#main-menu vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }
}

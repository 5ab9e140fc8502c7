package nl.spiegel360.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.spiegel360.people.DemoPeople;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.PackagedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The manager opens a demo report; its PDF and the cycle's CSV download for them and for nobody else. */
class ReportBrowserIT {

    @Test
    void the_manager_reads_the_report_and_downloads_what_an_employee_cannot() throws Exception {
        PackagedApplication app = PackagedApplication.shared();
        String reportPath;
        String csvPath;
        try (Browser browser = new Browser(1280, 800)) {
            signIn(browser, app, DemoPeople.MANAGER_EMAIL);
            browser.open(app.url("/team"));
            browser.await(By.id("team-grid"));
            browser.screenshot("30-team");
            browser.await(By.xpath("//vaadin-grid-cell-content[contains(.,'Sanne')]/following::a[contains(.,'Rapport')][1]"))
                    .click();
            browser.await(By.id("report-table"));
            browser.awaitTextContent("report-title", "Sanne Visser");
            reportPath = browser.driver().getCurrentUrl().replace(app.url(""), "");
            browser.screenshot("31-report");
            browser.open(app.url("/team-overview"));
            browser.await(By.id("heatmap"));
            browser.screenshot("32-heatmap");
            csvPath = browser.await(By.id("overview-csv")).getAttribute("href").replace(app.url(""), "");

            String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            String reviewId = reportPath.replaceAll("\\D+", " ").trim().split(" ")[0];
            assertThat(get(app, "/export/reviews/" + reviewId + "/report.pdf", session).body()).startsWith("%PDF");
            HttpResponse<String> csv = get(app, csvPath.startsWith("/") ? csvPath : "/" + csvPath, session);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body()).contains("Sanne Visser").contains("Eigenaarschap");
            assertThat(csv.body()).doesNotContain("Daan Smit;\"Eigenaarschap\"");

            browser.await(By.id("logout")).click();
            signIn(browser, app, "bram@spiegel360.example");
            String employeeSession = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertThat(get(app, "/export/reviews/" + reviewId + "/report.pdf", employeeSession).statusCode())
                    .isEqualTo(404);
            assertThat(get(app, csvPath.startsWith("/") ? csvPath : "/" + csvPath, employeeSession).body())
                    .doesNotContain("Sanne Visser");
            assertThat(get(app, "/export/reviews/" + reviewId + "/report.pdf", "no-session").statusCode())
                    .isNotEqualTo(200);
        }
    }

    private static void signIn(Browser browser, PackagedApplication app, String email) {
        browser.open(app.url("/login"));
        browser.await(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(email);
        browser.await(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(DemoPeople.PASSWORD, Keys.ENTER);
        browser.await(By.id("home-greeting"));
    }

    private static HttpResponse<String> get(PackagedApplication app, String path, String session) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Cookie", "JSESSIONID=" + session)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

}

package nl.spiegel360.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.PackagedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

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

    /**
     * The whole life of a review in the browser: Fleur's review collects (no result, only counts), Marieke closes it
     * early, agrees every level and releases it; Fleur reads her report, HR finds nothing left to reopen, and
     * Fleur's report reads the same afterwards.
     */
    @Test
    void a_review_collects_closes_early_is_calibrated_released_and_stays_as_released() throws Exception {
        PackagedApplication app = PackagedApplication.shared();
        try (Browser browser = new Browser(1280, 800)) {
            signIn(browser, app, DemoPeople.MANAGER_EMAIL);
            browser.open(app.url("/team"));
            browser.await(By.id("team-grid"));
            browser.await(By.xpath("//vaadin-grid-cell-content[contains(.,'Fleur')]/following::a[contains(.,'Rapport')][1]"))
                    .click();
            browser.await(By.id("report-collecting"));
            assertThat(browser.driver().findElements(By.id("report-table"))).isEmpty();
            browser.awaitText(By.id("report-progress"), "Collega: 3 van 3 ingediend");
            String reportUrl = browser.driver().getCurrentUrl();
            browser.screenshot("33-review-collecting");
            browser.await(By.id("review-close")).click();
            browser.await(By.cssSelector("vaadin-button[slot='confirm-button']")).click();
            browser.await(By.id("report-table"));
            browser.awaitTextContent("report-state", "Nog niet vrijgegeven");

            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            List<String> buttons = browser.driver().findElements(By.cssSelector("vaadin-button[id^='calibrate-']"))
                    .stream().map(b -> b.getAttribute("id")).toList();
            assertThat(buttons).hasSize(6);
            for (int i = 0; i < buttons.size(); i++) {
                js.executeScript("document.getElementById(arguments[0]).click()", buttons.get(i));
                int agreed = i + 1;
                browser.waitFor(java.time.Duration.ofSeconds(10))
                        .until(d -> d.findElements(By.xpath("//p[starts-with(.,'Vastgesteld')]")).size() >= agreed);
            }
            browser.waitFor(java.time.Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.id("report-release-missing")).isEmpty());
            WebElement release = browser.await(By.id("report-release"));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", release);
            release.click();
            WebElement confirm = browser.waitFor(java.time.Duration.ofSeconds(10)).until(d -> d.findElements(
                    By.cssSelector("vaadin-button[slot='confirm-button']")).stream().filter(WebElement::isDisplayed)
                    .findFirst().orElse(null));
            browser.screenshot("34-release-confirm");
            js.executeScript("arguments[0].click()", confirm);
            browser.awaitTextContent("report-state", "vrijgegeven aan de medewerker");
            browser.screenshot("35-review-released");
            browser.await(By.id("logout")).click();

            signIn(browser, app, "fleur@spiegel360.example");
            browser.open(reportUrl);
            browser.awaitTextContent("report-state", "Dit is jouw rapport");
            String before = browser.await(By.id("report-table")).getText();
            browser.screenshot("36-my-released-report");
            browser.await(By.id("logout")).click();

            signIn(browser, app, DemoPeople.HR_EMAIL);
            browser.open(app.url("/cycles"));
            browser.await(By.xpath("//a[contains(.,'Feedbackronde najaar 2026')]")).click();
            browser.await(By.id("cycle-progress"));
            browser.screenshot("37-cycle-page");
            WebElement fleur = browser.await(By.xpath("//vaadin-grid-cell-content[contains(.,'Fleur Mulder')]"));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", fleur);
            fleur.click();
            assertThat(browser.driver().findElements(By.cssSelector("vaadin-button[id^='reopen-']")))
                    .noneMatch(WebElement::isDisplayed);
            browser.await(By.id("logout")).click();

            signIn(browser, app, "fleur@spiegel360.example");
            browser.open(reportUrl);
            browser.awaitTextContent("report-state", "Dit is jouw rapport");
            assertThat(browser.await(By.id("report-table")).getText()).isEqualTo(before);
        }
    }

    private static void signIn(Browser browser, PackagedApplication app, String email) {
        browser.signIn(app.url(""), email, DemoPeople.PASSWORD);
    }

    private static HttpResponse<String> get(PackagedApplication app, String path, String session) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Cookie", "JSESSIONID=" + session)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

}

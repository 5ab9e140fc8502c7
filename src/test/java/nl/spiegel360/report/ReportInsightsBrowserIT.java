package nl.spiegel360.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Accessibility;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.PackagedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A manager prepares the conversation from a closed demo review: the summary, the chart and what holds each level
 * back, on a laptop and on a phone, without anything cut off or scrolling sideways, and without serious
 * accessibility problems.
 */
class ReportInsightsBrowserIT {

    private static final List<String> COMPETENCIES = List.of("Eigenaarschap", "Samenwerken", "Inlevingsvermogen",
            "Zorgvuldigheid", "Klantpartnerschap", "Communiceren");

    @Test
    void the_report_explains_itself_on_a_laptop_and_a_phone() throws Exception {
        PackagedApplication app = PackagedApplication.shared();
        String report = null;
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            try (Browser browser = new Browser(size[0], size[1])) {
                browser.signIn(app.url(""), DemoPeople.MANAGER_EMAIL, DemoPeople.PASSWORD);
                if (report == null) {
                    browser.open(app.url("/team"));
                    browser.await(By.id("team-grid"));
                    browser.await(By.xpath("//vaadin-grid-cell-content[contains(.,'Sanne')]"
                            + "/following::a[contains(.,'Rapport')][1]")).click();
                    browser.await(By.id("report-insights"));
                    report = browser.driver().getCurrentUrl();
                } else {
                    browser.open(report);
                }
                browser.await(By.id("report-insights"));
                browser.awaitText(By.id("insights-strengths"), "Sterkste gedrag");
                assertThat(browser.driver().findElements(By.cssSelector("#insights-strengths li"))).hasSize(5);
                assertThat(browser.driver().findElements(By.cssSelector("#insights-areas li"))).hasSize(5);
                assertThat(browser.driver().findElements(By.cssSelector("#insights-gaps li"))).isNotEmpty();
                String progress = browser.await(By.id("insights-progress")).getText();
                COMPETENCIES.forEach(c -> assertThat(progress).contains(c));
                assertThat(text(browser, "report-insights")).containsAnyOf("ziet zichzelf", "eens met anderen");
                assertThat(String.join(" ", browser.driver().findElements(By.cssSelector("p.explanation")).stream()
                        .map(e -> e.getAttribute("textContent")).toList()))
                        .containsAnyOf("blijven", "blijft op niveau");

                String svg = String.valueOf(((JavascriptExecutor) browser.driver()).executeAsyncScript(
                        "var done = arguments[0]; fetch(document.getElementById('report-chart').src)"
                                + ".then(r => r.text()).then(done, e => done('failed ' + e));"));
                COMPETENCIES.forEach(c -> assertThat(svg).as("the chart names %s in full", c).contains(">" + c + "<"));

                Number pageWidth = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                        "return document.documentElement.scrollWidth;");
                Number viewport = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                        "return document.documentElement.clientWidth;");
                assertThat(pageWidth.intValue()).as("no sideways scrolling at %d px", size[0])
                        .isLessThanOrEqualTo(viewport.intValue());
                browser.screenshot("40-report-insights-" + size[0]);
                ((JavascriptExecutor) browser.driver()).executeScript(
                        "document.getElementById('report-chart').scrollIntoView();");
                browser.screenshot("41-report-chart-" + size[0]);
                ((JavascriptExecutor) browser.driver()).executeScript(
                        "var d = document.querySelector('vaadin-details'); d.opened = true; d.scrollIntoView();");
                browser.await(By.cssSelector("vaadin-details[opened] img[id^='indicator-chart-']"));
                browser.screenshot("42-report-drilldown-" + size[0]);
                ((JavascriptExecutor) browser.driver()).executeScript(
                        "document.querySelector('img[id^=\"indicator-chart-\"]').scrollIntoView();");
                browser.screenshot("43-report-indicator-chart-" + size[0]);
                // the table of indicators: the text keeps a readable width, the table scrolls within its frame
                Number textWidth = (Number) ((JavascriptExecutor) browser.driver()).executeScript("""
                        const cell = document.querySelector('table[id^="indicators-"] td.indicator-cell');
                        cell.scrollIntoView({block: 'center'});
                        return cell.getBoundingClientRect().width;""");
                assertThat(textWidth.intValue()).as("the indicator's column at %d px", size[0])
                        .isGreaterThanOrEqualTo(Math.min(200, size[0] / 2));
                pageWidth = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                        "return document.documentElement.scrollWidth;");
                assertThat(pageWidth.intValue()).as("no sideways scrolling with the indicators open at %d px",
                        size[0]).isLessThanOrEqualTo(viewport.intValue());
                browser.screenshot("44-report-indicators-" + size[0]);

                assertThat(Accessibility.seriousViolations(browser.driver()))
                        .as("serious or critical accessibility violations").isEmpty();
            }
        }
    }

    private static String text(Browser browser, String id) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById(arguments[0]).textContent;", id));
    }
}

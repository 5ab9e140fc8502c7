package nl.spiegel360.quality;

import static org.assertj.core.api.Assertions.assertThat;

import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Accessibility;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.PackagedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** HR opens a profile's quality page from the profiles page; a manager and an employee are refused it. */
class QualityBrowserIT {

    @Test
    void hr_reads_the_quality_page_and_a_manager_and_an_employee_are_refused() throws Exception {
        PackagedApplication app = PackagedApplication.shared();
        String quality;
        try (Browser browser = new Browser(1280, 800)) {
            browser.signIn(app.url(""), DemoPeople.HR_EMAIL, DemoPeople.PASSWORD);
            browser.open(app.url("/profiles"));
            quality = browser.await(By.cssSelector("a[id^='profile-quality-']")).getAttribute("href");
            browser.open(quality);
            browser.awaitText(By.id("quality-title"), "Klantadviseur");
            assertThat(browser.await(By.id("quality-summary")).getText()).contains("vragenlijsten");
            assertThat(browser.driver().findElements(By.cssSelector("vaadin-grid"))).hasSize(7);
            // the demo's earlier cycles fill the page: colleagues can hardly ever see someone's own checklist
            browser.await(By.xpath("//vaadin-grid-cell-content[contains(.,'Heeft en gebruikt eigen checklist')]"
                    + "/following::vaadin-grid-cell-content[contains(.,'vaak niet te beoordelen')]"));
            browser.clickCentred(By.id("quality-raters-show"));
            // and one colleague rates everyone far more leniently than the others: first in HR's table
            browser.await(By.xpath("//vaadin-grid[@id='quality-raters-grid']//vaadin-grid-cell-content"
                    + "[contains(.,'Thijs de Groot')]"));
            assertThat(browser.driver().findElements(By.xpath("//vaadin-grid-cell-content[contains(.,'mild')]")))
                    .isNotEmpty();
            assertThat(Accessibility.seriousViolations(browser.driver())).isEmpty();
            Long overflow = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0L);
            browser.screenshot("80-quality");
        }
        for (String reader : new String[] {DemoPeople.MANAGER_EMAIL, "lucas@spiegel360.example"}) {
            try (Browser browser = new Browser(1280, 800)) {
                browser.signIn(app.url(""), reader, DemoPeople.PASSWORD);
                browser.open(quality);
                browser.await(By.id("not-found"));
                assertThat(browser.driver().findElements(By.id("quality-title"))).as(reader).isEmpty();
            }
        }
    }
}

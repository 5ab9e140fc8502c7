package nl.spiegel360.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Accessibility;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.PackagedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The start page of each role in a real browser, at 1280x800 and at a phone's width: the inbox is there, readable
 * without sideways scrolling, and free of serious accessibility violations.
 */
class HomeBrowserIT {

    private static final Map<String, String> ROLES = Map.of("hr", DemoPeople.HR_EMAIL, "manager",
            DemoPeople.MANAGER_EMAIL, "employee", "lucas@spiegel360.example");

    @Test
    void each_role_finds_its_inbox_on_the_start_page_on_a_desktop_and_a_phone() throws Exception {
        PackagedApplication app = PackagedApplication.shared();
        for (var role : ROLES.entrySet()) {
            try (Browser browser = new Browser(1280, 800)) {
                browser.signIn(app.url(""), role.getValue(), DemoPeople.PASSWORD);
                browser.await(By.id("home-inbox"));
                assertThat(browser.await(By.id("home-inbox")).findElements(By.tagName("a")))
                        .as("%s has something to do in the demo", role.getKey()).isNotEmpty();
                browser.screenshot("70-home-" + role.getKey());
                assertThat(Accessibility.seriousViolations(browser.driver())).as(role.getKey()).isEmpty();

                browser.driver().manage().window().setSize(new Dimension(390, 844));
                browser.await(By.id("home-inbox"));
                Thread.sleep(300);
                long overflow = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(overflow).as("%s on a phone scrolls sideways", role.getKey()).isLessThanOrEqualTo(0);
                browser.screenshot("71-home-" + role.getKey() + "-phone");
                assertThat(Accessibility.seriousViolations(browser.driver())).as(role.getKey() + " on a phone")
                        .isEmpty();
            }
        }
    }
}

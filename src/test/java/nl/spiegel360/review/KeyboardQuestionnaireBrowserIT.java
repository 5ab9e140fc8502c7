package nl.spiegel360.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.PackagedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A rater who uses no mouse: signs in, opens their self-assessment from the start page, answers all 68 items and submits,
 * with Tab, Space and Enter alone. The page is never clicked.
 */
class KeyboardQuestionnaireBrowserIT {

    private static final String RATER = "thijs@spiegel360.example";
    private static final int MAX_KEYS = 600;

    @Test
    void the_questionnaire_is_answered_from_start_to_submit_by_keyboard_alone() throws Exception {
        PackagedApplication app = PackagedApplication.shared();
        try (Browser browser = new Browser(1280, 800)) {
            browser.signIn(app.url(""), RATER, DemoPeople.PASSWORD);
            WebDriver driver = browser.driver();

            // from the start page's inbox: Tab to the self-assessment and open it with Enter
            tabUntil(driver, "a.closest && a.closest('#home-questionnaires') !== null"
                    + " && a.textContent.includes('zelfbeoordeling')");
            press(driver, Keys.ENTER);
            browser.await(By.id("questionnaire-title"));
            browser.await(By.cssSelector("fieldset.questionnaire-item"));

            // every item: Tab into its group, Space chooses the option that has the focus
            int keys = 0;
            while (keys++ < MAX_KEYS) {
                Map<?, ?> focus = focus(driver);
                if ("questionnaire-submit".equals(focus.get("id"))) {
                    break;
                }
                if (Boolean.TRUE.equals(focus.get("unansweredItem"))) {
                    press(driver, Keys.SPACE);
                    continue;
                }
                press(driver, Keys.TAB);
            }
            assertThat(keys).as("reached the submit button").isLessThan(MAX_KEYS);
            browser.awaitTextContent("questionnaire-progress", "68 van 68");
            browser.screenshot("25-questionnaire-by-keyboard");
            press(driver, Keys.ENTER);
            tabUntil(driver, "a.getAttribute('slot') === 'confirm-button'");
            press(driver, Keys.ENTER);
            browser.awaitTextContent("questionnaire-status", "Ingediend");
        }
    }

    /** What has the focus: its id, and whether it is an option of an item not answered yet. */
    private static Map<?, ?> focus(WebDriver driver) {
        return (Map<?, ?>) ((JavascriptExecutor) driver).executeScript("""
                const a = document.activeElement;
                const item = a && a.closest ? a.closest('fieldset.questionnaire-item') : null;
                return {id: a ? a.id : null, unansweredItem: !!item && a.type === 'radio'
                        && item.querySelector('input:checked') === null};""");
    }

    private static void tabUntil(WebDriver driver, String condition) {
        for (int i = 0; i < 100; i++) {
            Object reached = ((JavascriptExecutor) driver).executeScript(
                    "const a = document.activeElement; return !!a && (" + condition + ");");
            if (Boolean.TRUE.equals(reached)) {
                return;
            }
            press(driver, Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + condition);
    }

    private static void press(WebDriver driver, Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }
}

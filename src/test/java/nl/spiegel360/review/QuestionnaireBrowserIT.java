package nl.spiegel360.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.PackagedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The demo team's manager answers a whole questionnaire in the browser and submits it. */
class QuestionnaireBrowserIT {

    @Test
    void a_rater_opens_the_request_answers_every_item_submits_and_sees_it_read_only() throws Exception {
        PackagedApplication app = PackagedApplication.shared();
        try (Browser browser = new Browser(1280, 800)) {
            browser.open(app.url("/login"));
            browser.await(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(
                    DemoPeople.MANAGER_EMAIL);
            browser.await(By.cssSelector("vaadin-login-form input[name='password']"))
                    .sendKeys(DemoPeople.PASSWORD, Keys.ENTER);
            browser.await(By.id("home-greeting"));
            browser.open(app.url("/requests"));
            browser.await(By.id("requests-grid"));
            browser.screenshot("20-my-requests");
            browser.await(By.xpath("//a[starts-with(@id,'request-') and contains(.,'Lucas')]")).click();
            browser.awaitText(By.id("questionnaire-title"), "Lucas de Boer");
            browser.screenshot("21-questionnaire");

            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            List<WebElement> groups = browser.driver().findElements(By.cssSelector("fieldset.questionnaire-item"));
            assertThat(groups).hasSize(68);
            String firstId = groups.getFirst().getAttribute("id");
            WebElement first = groups.getFirst().findElement(By.cssSelector("input[value='3']"));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", first);
            first.click();
            // the keyboard: arrow keys move the choice within a group, and every move is saved
            first.sendKeys(Keys.ARROW_RIGHT);
            browser.awaitTextContent("questionnaire-progress", "1 van 68");
            for (WebElement group : groups.subList(1, groups.size())) {
                WebElement option = group.findElement(By.cssSelector("label:nth-of-type(3)"));
                js.executeScript("arguments[0].scrollIntoView({block: 'center'})", option);
                option.click();
            }
            browser.awaitTextContent("questionnaire-progress", "68 van 68");
            browser.screenshot("22-questionnaire-complete");
            WebElement submit = browser.await(By.id("questionnaire-submit"));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
            submit.click();
            browser.await(By.cssSelector("vaadin-button[slot='confirm-button']")).click();
            browser.awaitTextContent("questionnaire-status", "Ingediend");
            assertThat(browser.driver().findElements(By.cssSelector("fieldset.questionnaire-item")))
                    .hasSize(68).allMatch(g -> g.getAttribute("disabled") != null);
            assertThat(browser.driver().findElement(By.cssSelector("#" + firstId + " input[value='4']")).isSelected())
                    .as("the arrow key's choice was saved").isTrue();
            assertThat(browser.driver().findElements(By.id("questionnaire-submit"))).isEmpty();
            browser.screenshot("23-questionnaire-submitted");
        }
    }

    @Test
    void the_questionnaire_fits_a_phone() throws Exception {
        PackagedApplication app = PackagedApplication.shared();
        try (Browser browser = new Browser(390, 844)) {
            browser.open(app.url("/login"));
            browser.await(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(
                    "fleur@spiegel360.example");
            browser.await(By.cssSelector("vaadin-login-form input[name='password']"))
                    .sendKeys(DemoPeople.PASSWORD, Keys.ENTER);
            browser.await(By.id("home-greeting"));
            browser.open(app.url("/requests"));
            browser.await(By.xpath("//a[starts-with(@id,'request-')]")).click();
            browser.await(By.id("questionnaire-title"));
            WebElement item = browser.await(By.cssSelector("fieldset.questionnaire-item"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
            browser.screenshot("24-questionnaire-phone");
            Long overflow = (Long) js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0L);
            assertThat(item.findElements(By.cssSelector("input[type='radio']"))).hasSize(5)
                    .allMatch(WebElement::isDisplayed);
        }
    }

    @Test
    void a_choice_made_after_the_session_ended_is_named_as_not_saved_after_signing_in_again() throws Exception {
        PackagedApplication app = PackagedApplication.shared();
        try (Browser browser = new Browser(1280, 800)) {
            signIn(browser, app, "lucas@spiegel360.example");
            browser.open(app.url("/requests"));
            browser.await(By.xpath("//a[starts-with(@id,'request-') and contains(.,'Lucas')]")).click();
            browser.await(By.id("questionnaire-title"));
            String requestUrl = browser.driver().getCurrentUrl();
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            WebElement open = browser.driver().findElements(By.cssSelector("fieldset.questionnaire-item")).stream()
                    .filter(g -> g.findElements(By.cssSelector("input:checked")).isEmpty()).findFirst().orElseThrow();
            String item = open.getAttribute("id").substring("item-".length());
            String text = open.findElement(By.tagName("legend")).getText();
            String progress = browser.await(By.id("questionnaire-progress")).getText();

            WebElement saved = open.findElement(By.cssSelector("label:nth-of-type(2)"));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", saved);
            saved.click();
            browser.awaitTextContent("state-" + item, "Opgeslagen");

            // the session ends on the server (it expired, or the node that held it went away)
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("JSESSIONID", "ended-on-the-server",
                    "/"));
            WebElement lost = browser.driver().findElement(By.cssSelector("#item-" + item + " label:nth-of-type(4)"));
            lost.click();
            // the page finds the session gone and asks to sign in, saying why; after that, the questionnaire opens
            assertThat(browser.await(By.id("login-expired")).getText()).contains("sessie is verlopen");
            browser.await(By.cssSelector("vaadin-login-form input[name='username']"))
                    .sendKeys("lucas@spiegel360.example");
            browser.await(By.cssSelector("vaadin-login-form input[name='password']"))
                    .sendKeys(DemoPeople.PASSWORD, Keys.ENTER);
            browser.await(By.id("questionnaire-not-saved"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(requestUrl);
            assertThat(browser.driver().findElement(By.id("questionnaire-not-saved")).getText()).contains(text);
            browser.awaitTextContent("state-" + item, "Niet opgeslagen");
            assertThat(browser.driver().findElement(By.cssSelector("#item-" + item + " input[value='2']"))
                    .isSelected()).as("the stored answer is shown").isTrue();
            assertThat(browser.driver().findElement(By.id("questionnaire-progress")).getText())
                    .isNotEqualTo(progress);
            browser.screenshot("25-questionnaire-not-saved");

            browser.driver().navigate().refresh();
            browser.await(By.id("questionnaire-title"));
            assertThat(browser.driver().findElements(By.id("questionnaire-not-saved")))
                    .as("said once, then forgotten").isEmpty();
        }
    }

    private static void signIn(Browser browser, PackagedApplication app, String email) {
        browser.signIn(app.url(""), email, DemoPeople.PASSWORD);
    }
}

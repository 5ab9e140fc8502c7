package nl.spiegel360.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Accessibility;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.DocumentImages;
import nl.spiegel360.test.PackagedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The development loop in a real browser on the demo: Marieke releases Emma's report; Emma opens it, accepts two
 * proposed focus points and writes their actions; Marieke agrees and starts the pulse; Emma's three peers answer it
 * and Marieke closes it; the plan shows, per focus indicator, the peers' score before and after.
 */
class PlanBrowserIT {

    private static final List<String> PEERS = List.of("noor@spiegel360.example", "bram@spiegel360.example",
            DemoPeople.SANNE_EMAIL);

    @Test
    void from_a_released_report_to_a_plan_with_before_and_after() throws Exception {
        PackagedApplication app = PackagedApplication.shared();
        try (Browser browser = new Browser(1280, 800)) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();

            // step 1: Marieke agrees every level of Emma's report and releases it
            browser.signIn(app.url(""), DemoPeople.MANAGER_EMAIL, DemoPeople.PASSWORD);
            browser.open(app.url("/team"));
            browser.await(By.xpath("//vaadin-grid-cell-content[contains(.,'Emma')]/following::a[contains(.,'Rapport')][1]"))
                    .click();
            browser.await(By.id("report-table"));
            String reportUrl = browser.driver().getCurrentUrl();
            List<String> buttons = browser.driver().findElements(By.cssSelector("vaadin-button[id^='calibrate-']"))
                    .stream().map(b -> b.getAttribute("id")).toList();
            for (int i = 0; i < buttons.size(); i++) {
                js.executeScript("document.getElementById(arguments[0]).click()", buttons.get(i));
                int agreed = i + 1;
                browser.waitFor(Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.xpath("//p[starts-with(.,'Vastgesteld')]")).size() >= agreed);
            }
            js.executeScript("arguments[0].click()", browser.await(By.id("report-release")));
            WebElement confirm = browser.waitFor(Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.cssSelector("vaadin-button[slot='confirm-button']")).stream()
                            .filter(WebElement::isDisplayed).findFirst().orElse(null));
            js.executeScript("arguments[0].click()", confirm);
            browser.awaitTextContent("report-state", "vrijgegeven aan de medewerker");
            browser.await(By.id("logout")).click();

            // step 2: Emma opens her report and goes to her plan; she accepts two proposals and writes actions
            browser.signIn(app.url(""), "emma@spiegel360.example", DemoPeople.PASSWORD);
            browser.open(reportUrl);
            browser.awaitTextContent("report-plan", "Nog geen ontwikkelplan");
            js.executeScript("arguments[0].click()", browser.await(By.id("report-plan-link")));
            browser.await(By.id("plan-proposals"));
            String planUrl = browser.driver().getCurrentUrl();
            browser.screenshot("60-plan-proposals");
            assertThat(Accessibility.seriousViolations(browser.driver())).as("the plan with proposals").isEmpty();
            for (int accepted = 1; accepted <= 2; accepted++) {
                browser.clickCentred(By.id("proposal-0-accept"));
                int expected = accepted;
                browser.waitFor(Duration.ofSeconds(10)).until(d -> d.findElements(
                        By.cssSelector("div.plan-card[id^='focus-']")).size() == expected);
            }
            for (String what : List.of("Elke week één klantvraag samen met een collega nalopen",
                    "Na elk lastig gesprek noteren wat ik de volgende keer anders doe")) {
                WebElement field = browser.driver().findElements(By.cssSelector("vaadin-text-field[id$='-what']"))
                        .stream().filter(f -> f.getAttribute("id").startsWith("focus-")).filter(f -> {
                            String card = f.getAttribute("id").replace("-what", "");
                            return browser.driver().findElements(By.cssSelector("#" + card + " li[id^='action-']"))
                                    .isEmpty();
                        }).findFirst().orElseThrow();
                String card = field.getAttribute("id").replace("-what", "");
                js.executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
                field.findElement(By.tagName("input")).sendKeys(what, org.openqa.selenium.Keys.TAB);
                browser.clickCentred(By.id(card + "-add-action"));
                browser.awaitTextContent(card, what);
            }
            browser.clickCentred(By.id("plan-propose"));
            browser.awaitTextContent("plan-state", "voorgelegd aan de manager");
            browser.screenshot("61-plan-proposed");
            browser.await(By.id("logout")).click();

            // step 3: Marieke agrees and starts the pulse
            browser.signIn(app.url(""), DemoPeople.MANAGER_EMAIL, DemoPeople.PASSWORD);
            browser.open(planUrl);
            browser.await(By.id("plan-agree-comment")).findElement(By.tagName("textarea"))
                    .sendKeys("Akkoord; we kijken er over een maand samen naar.");
            browser.clickCentred(By.id("plan-agree"));
            browser.awaitTextContent("plan-state", "akkoord");
            browser.clickCentred(By.id("pulse-start"));
            browser.awaitTextContent("pulse-summary", "0 van 5 beantwoord");
            browser.await(By.id("logout")).click();

            // step 4: the three peers answer the pulse
            int peer = 0;
            for (String email : PEERS) {
                browser.signIn(app.url(""), email, DemoPeople.PASSWORD);
                browser.open(app.url("/pulses"));
                browser.await(By.xpath("//a[starts-with(@id,'pulse-') and contains(.,'Emma')]")).click();
                browser.await(By.id("pulse-title"));
                List<String> items = browser.driver().findElements(By.cssSelector("vaadin-radio-group[id^='pulse-item-']"))
                        .stream().map(g -> g.getAttribute("id")).toList();
                assertThat(items).as("two focus points' indicators").hasSizeGreaterThanOrEqualTo(2);
                assertThat(browser.driver().findElement(By.id(items.getFirst())).getText())
                        .as("the pulse reads the review's frequency words").contains("(Bijna) nooit", "Vaak",
                                "(Bijna) altijd", "Kan ik niet beoordelen").doesNotContain("Score");
                for (String item : items) {
                    int score = 3 + (peer % 2);
                    WebElement input = browser.driver().findElement(By.cssSelector("#" + item
                            + " vaadin-radio-button:nth-of-type(" + score + ") input"));
                    js.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
                    js.executeScript("arguments[0].click()", input);
                    browser.awaitTextContent(item.replace("pulse-item-", "pulse-state-"), "Opgeslagen");
                }
                if (peer == 0) {
                    browser.screenshot("62-pulse-answered");
                    assertThat(Accessibility.seriousViolations(browser.driver())).as("the pulse").isEmpty();
                }
                browser.clickCentred(By.id("pulse-submit"));
                browser.awaitTextContent("pulse-submitted", "ingediend");
                browser.screenshot("62-pulse-submit-" + peer);
                browser.await(By.id("logout")).click();
                peer++;
            }

            // step 5: Marieke closes the pulse; the plan shows before and after per group
            browser.signIn(app.url(""), DemoPeople.MANAGER_EMAIL, DemoPeople.PASSWORD);
            browser.open(planUrl);
            browser.awaitTextContent("pulse-summary", "3 van 5 beantwoord");
            browser.clickCentred(By.id("pulse-close"));
            browser.awaitTextContent("pulse-summary", "Vervolgmeting gesloten");
            String focus = browser.await(By.id("plan-focus")).getText();
            assertThat(focus).contains("Collega: ").contains("→").contains("(n = 3)");
            assertThat(focus).as("self and manager did not answer").contains("geen uitkomst in de vervolgmeting")
                    .doesNotContain("→ –");
            js.executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.await(By.id("plan-focus")));
            browser.awaitRest();
            assertThat(DocumentImages.differs(browser.screenshot("63-plan-before-after"), "plan-before-after"))
                    .as("the README's picture of a plan").isNull();
            assertThat(Accessibility.seriousViolations(browser.driver())).as("the plan as the manager sees it")
                    .isEmpty();
            browser.await(By.id("logout")).click();

            browser.signIn(app.url(""), "emma@spiegel360.example", DemoPeople.PASSWORD);
            browser.open(planUrl);
            browser.awaitTextContent("plan-focus", "(n = 3)");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.screenshot("64-plan-phone");
        }
    }
}

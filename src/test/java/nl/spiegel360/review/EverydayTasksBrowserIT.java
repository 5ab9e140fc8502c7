package nl.spiegel360.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.DocumentImages;
import nl.spiegel360.test.PackagedApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The tasks people repeat, each in a few clicks from the start page, on a demo of its own: the manager approves all
 * proposed raters at once and nominates two colleagues in one go; HR reminds everyone still open and copies the cycle.
 * First of all, before anything changed, the start pages of the README are what this fresh demo shows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EverydayTasksBrowserIT {

    private static PackagedApplication app;

    @BeforeAll
    static void start() throws Exception {
        app = PackagedApplication.start("everyday");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void the_readmes_pictures_of_the_start_pages_are_what_the_demo_shows() throws Exception {
        List<String> stale = new ArrayList<>();
        for (var role : List.of(List.of("manager", DemoPeople.MANAGER_EMAIL), List.of("employee",
                "lucas@spiegel360.example"), List.of("hr", DemoPeople.HR_EMAIL))) {
            try (Browser browser = new Browser(1280, 800)) {
                browser.signIn(app.url(""), role.get(1), DemoPeople.PASSWORD);
                browser.await(By.id("home-inbox"));
                browser.awaitRest();
                String name = "home-" + role.get(0);
                stale.add(DocumentImages.differs(browser.screenshot("70-" + name), name));
                browser.driver().manage().window().setSize(new Dimension(390, 844));
                browser.await(By.id("home-inbox"));
                Thread.sleep(300);
                browser.awaitRest();
                stale.add(DocumentImages.differs(browser.screenshot("71-" + name + "-phone"), name + "-phone"));
            }
        }
        assertThat(stale.stream().filter(java.util.Objects::nonNull)).as("the README's pictures").isEmpty();
    }

    @Test
    @Order(2)
    void hr_sees_what_a_reimport_changes_and_downloads_every_report_of_a_cycle_as_one_archive() throws Exception {
        String seed;
        try (var in = EverydayTasksBrowserIT.class.getResourceAsStream(
                "/profiles/competentieprofiel-klantadviseur.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path changed = Files.createTempFile("klantadviseur-", ".txt");
        Files.writeString(changed, seed.replace("\tOntwikkelt een systeem om fouten te voorkomen\n", "\n"));
        try (Browser browser = new Browser(1280, 800)) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            browser.signIn(app.url(""), DemoPeople.HR_EMAIL, DemoPeople.PASSWORD);
            browser.open(app.url("/profiles"));
            browser.clickCentred(By.id("profile-import-document"));
            WebElement upload = browser.await(By.id("profile-import-upload"));
            WebElement file = (WebElement) js.executeScript(
                    "return arguments[0].querySelector('input[type=file]')"
                            + " || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
            file.sendKeys(changed.toString());
            browser.awaitText(By.id("profile-import-changes"),
                    "Zorgvuldigheid, niveau 3: vervalt ‘Ontwikkelt een systeem om fouten te voorkomen’");
            assertThat(browser.await(By.id("profile-import-changes")).getText())
                    .contains("Zorgvuldigheid: vertaling in het Engels gewijzigd")
                    .doesNotContain("Eigenaarschap");
            assertThat(browser.await(By.id("profile-import-warnings")).getText()).contains("Zorgvuldigheid");
            browser.screenshot("82-profile-reimport-diff");
            browser.await(By.id("profile-import-move-people"));

            browser.open(app.url("/team-overview"));
            browser.clickCentred(By.id("overview-cycle"));
            browser.await(By.xpath("//vaadin-select-item[contains(.,'Feedbackronde najaar 2026')]")).click();
            browser.clickCentred(By.id("overview-archive"));
            Path archive = browser.awaitDownload("-reports.zip");
            List<String> names = new ArrayList<>();
            try (var zip = new ZipInputStream(Files.newInputStream(archive))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    names.add(entry.getName());
                    assertThat(new String(zip.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("%PDF");
                }
            }
            assertThat(names).contains("Sanne Visser.pdf");
        }
    }

    @Test
    @Order(3)
    void the_manager_approves_all_and_nominates_several_hr_reminds_all_and_copies_the_cycle() throws Exception {
        try (Browser browser = new Browser(1280, 800)) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();

            // the manager: from the inbox to Lucas's nominations, all approved in one click
            browser.signIn(app.url(""), DemoPeople.MANAGER_EMAIL, DemoPeople.PASSWORD);
            browser.await(By.xpath("//ul[@id='home-approve']//a[contains(.,'Lucas de Boer')]")).click();
            browser.clickCentred(By.id("nomination-approve-all"));
            browser.waitFor(Duration.ofSeconds(10)).until(d -> d.findElements(
                    By.id("nomination-approve-all")).isEmpty());
            assertThat(browser.await(By.id("nomination-grid")).getText()).doesNotContain("Voorgesteld");

            // two colleagues nominated for Daan in one go
            browser.open(app.url("/team"));
            browser.await(By.xpath("//vaadin-grid-cell-content[contains(.,'Daan')]/following::a[contains(.,'Beoordelaars')][1]"))
                    .click();
            WebElement input = browser.await(By.cssSelector("#nomination-person input"));
            for (String name : new String[] {"Noor", "Bram"}) {
                input.sendKeys(name);
                browser.waitFor(Duration.ofSeconds(10)).until(d -> !d.findElements(
                        By.cssSelector("vaadin-multi-select-combo-box-item")).isEmpty());
                input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            }
            input.sendKeys(Keys.ESCAPE);
            browser.clickCentred(By.id("nomination-add"));
            browser.awaitText(By.id("nomination-grid"), "Noor Bos");
            browser.awaitText(By.id("nomination-grid"), "Bram Vos");
            browser.screenshot("80-nominated-two-at-once");
            browser.await(By.id("logout")).click();

            // HR: from the inbox to the cycle; everyone still open reminded; the cycle copied
            browser.signIn(app.url(""), DemoPeople.HR_EMAIL, DemoPeople.PASSWORD);
            browser.await(By.xpath("//ul[@id='home-cycles']//a")).click();
            browser.await(By.id("cycle-settings-details"));
            browser.clickCentred(By.id("cycle-remind-open"));
            WebElement confirm = browser.waitFor(Duration.ofSeconds(10)).until(d -> d.findElements(
                    By.cssSelector("vaadin-button[slot='confirm-button']")).stream().filter(WebElement::isDisplayed)
                    .findFirst().orElse(null));
            js.executeScript("arguments[0].click()", confirm);
            browser.await(By.xpath("//vaadin-notification-card[contains(.,'herinnerd')]"));
            browser.clickCentred(By.id("cycle-copy"));
            browser.await(By.xpath("//h2[starts-with(.,'Kopie van ')]"));
            browser.screenshot("81-cycle-copied");
        }
    }
}

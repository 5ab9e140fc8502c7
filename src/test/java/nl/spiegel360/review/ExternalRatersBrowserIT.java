package nl.spiegel360.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Accessibility;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.PackagedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * External raters end to end, as people do it in the browser against the packaged application and a real mail
 * server: HR opens a cycle with customers, an employee proposes three, the manager approves, the invitations reach
 * the mail server, and each customer answers through the link in their mail without signing in. A link used
 * again, changed, withdrawn or closed opens the one neutral page.
 */
class ExternalRatersBrowserIT {

    private static final Pattern LINK = Pattern.compile("/feedback/([A-Za-z0-9_-]{43})");

    @Test
    void customers_answer_through_the_links_in_their_mail_and_a_used_changed_withdrawn_or_closed_link_opens_nothing()
            throws Exception {
        int smtpPort = freePort();
        GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (PackagedApplication app = PackagedApplication.start("external-raters", "--spring.mail.host=localhost",
                "--spring.mail.port=" + smtpPort, "--spiegel360.scheduler.polling-interval=1s");
                Browser staff = new Browser(1280, 800)) {
            String cycle = "Ronde met klanten";
            staff.signIn(app.url(""), DemoPeople.HR_EMAIL, DemoPeople.PASSWORD);
            staff.open(app.url("/cycles"));
            staff.await(By.id("cycle-new")).click();
            staff.await(By.cssSelector("#cycle-name input")).sendKeys(cycle);
            WebElement external = staff.await(By.id("cycle-external"));
            ((JavascriptExecutor) staff.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    external);
            external.findElement(By.tagName("label")).click();
            staff.waitFor(java.time.Duration.ofSeconds(10))
                    .until(d -> "true".equals(external.getDomProperty("checked")));
            staff.await(By.id("cycle-save")).click();
            staff.await(By.xpath("//a[.='" + cycle + "']")).click();
            staff.awaitRest();
            staff.await(By.cssSelector("#cycle-team input")).sendKeys(DemoPeople.TEAM);
            staff.await(By.xpath("//vaadin-combo-box-item[contains(.,'" + DemoPeople.TEAM + "')]")).click();
            staff.awaitRest();
            staff.clickCentred(By.id("cycle-add-team"));
            staff.screenshot("69-external-cycle-team");
            staff.awaitRest();
            // the page shows the team's reviews once it has added them: only then is its button the one to click
            staff.await(By.xpath("//vaadin-grid-cell-content[contains(.,'Bram Vos')]"));
            staff.awaitRest();
            staff.clickCentred(By.id("cycle-advance"));
            staff.screenshot("69-external-cycle-advanced");
            staff.awaitTextContent("cycle-state", "Beoordelaars voordragen");
            String cycleUrl = staff.driver().getCurrentUrl();

            staff.signIn(app.url(""), "daan@spiegel360.example", DemoPeople.PASSWORD);
            staff.open(app.url("/my-reviews"));
            String nomination = staff.await(By.cssSelector("a[href$='/nomination']")).getAttribute("href");
            staff.open(nomination);
            for (int i = 0; i < 3; i++) {
                staff.await(By.cssSelector("#external-name input")).sendKeys("Klant " + i);
                staff.await(By.cssSelector("#external-email input")).sendKeys("klant" + i + "@klant.example");
                staff.await(By.cssSelector("#external-organisation input")).sendKeys("Klantbedrijf " + i);
                staff.await(By.id("external-add")).click();
                staff.awaitText(By.id("nomination-grid"), "Klant " + i + " (Klantbedrijf " + i + ")");
                staff.awaitRest();
            }
            staff.screenshot("70-external-proposed");
            assertThat(Accessibility.seriousViolations(staff.driver())).as("the nomination page with customers")
                    .isEmpty();
            assertThat(mail.getReceivedMessages()).as("nobody is invited before the manager approves")
                    .noneMatch(m -> recipients(m).contains("@klant.example"));

            staff.signIn(app.url(""), DemoPeople.MANAGER_EMAIL, DemoPeople.PASSWORD);
            staff.open(nomination);
            staff.await(By.id("nomination-approve-all")).click();
            staff.awaitRest();
            // sent once the approval committed, not at the outbox's next half minute
            org.awaitility.Awaitility.await("the three invitations arrive within seconds")
                    .atMost(java.time.Duration.ofSeconds(8))
                    .until(() -> Arrays.stream(mail.getReceivedMessages())
                            .filter(m -> recipients(m).contains("@klant.example")).count() == 3);
            List<String> links = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                links.add(linkIn(mail, "klant" + i + "@klant.example"));
            }

            try (Browser customer = new Browser(390, 844)) {
                customer.open(app.url("/feedback/" + links.get(0)));
                customer.awaitText(By.id("questionnaire-title"), "Daan");
                assertThat(customer.driver().findElements(By.tagName("vaadin-app-layout"))).as("no menu").isEmpty();
                customer.await(By.id("external-privacy"));
                assertThat(Accessibility.seriousViolations(customer.driver())).as("the customer's questionnaire")
                        .isEmpty();
                List<WebElement> items = customer.driver().findElements(By.cssSelector("fieldset.questionnaire-item"));
                assertThat(items).as("the customer-facing competencies only").hasSizeBetween(10, 40);
                JavascriptExecutor js = (JavascriptExecutor) customer.driver();
                for (WebElement item : items) {
                    WebElement option = item.findElement(By.cssSelector("label:nth-of-type(3)"));
                    js.executeScript("arguments[0].scrollIntoView({block: 'center'})", option);
                    option.click();
                }
                customer.awaitTextContent("questionnaire-progress", items.size() + " van " + items.size());
                customer.screenshot("71-external-questionnaire-phone");
                WebElement submit = customer.await(By.id("questionnaire-submit"));
                js.executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
                submit.click();
                customer.await(By.cssSelector("vaadin-button[slot='confirm-button']")).click();
                customer.await(By.id("external-done"));

                customer.open(app.url("/feedback/" + links.get(0)));
                customer.await(By.id("link-refused"));
                customer.screenshot("72-external-link-refused");
                assertThat(Accessibility.seriousViolations(customer.driver())).as("the neutral page").isEmpty();
                String link = links.get(1);
                customer.open(app.url("/feedback/" + link.substring(0, 42) + (link.charAt(42) == 'A' ? 'B' : 'A')));
                customer.await(By.id("link-refused"));
                customer.open(app.url("/requests"));
                customer.await(By.cssSelector("vaadin-login-form"));

                customer.open(app.url("/feedback/" + links.get(1)));
                WebElement first = customer.await(By.cssSelector("fieldset.questionnaire-item label:nth-of-type(2)"));
                js.executeScript("arguments[0].scrollIntoView({block: 'center'})", first);
                first.click();
                customer.awaitTextContent("questionnaire-progress", "1 van");
            }

            staff.open(nomination);
            staff.await(By.xpath("//vaadin-grid-cell-content[contains(.,'Klant 2')]"));
            removeRow(staff, "Klant 2 (Klantbedrijf 2)");
            staff.signIn(app.url(""), DemoPeople.HR_EMAIL, DemoPeople.PASSWORD);
            staff.open(cycleUrl);
            staff.clickCentred(By.id("cycle-advance"));
            staff.awaitTextContent("cycle-state", "Feedback geven");
            staff.awaitRest();
            staff.clickCentred(By.id("cycle-advance"));
            staff.await(By.cssSelector("vaadin-button[slot='confirm-button']")).click();
            staff.awaitRest();

            try (Browser customer = new Browser(1280, 800)) {
                for (String link : List.of(links.get(2), links.get(1))) {
                    customer.open(app.url("/feedback/" + link));
                    customer.await(By.id("link-refused"));
                    assertThat(customer.driver().findElements(By.cssSelector("fieldset.questionnaire-item"))).isEmpty();
                }
            }
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(app.url("/feedback/" + links.get(0)))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v)
                    .contains("no-store"));
        } finally {
            mail.stop();
        }
    }

    /** The manager removes the request in the row of this name on the nomination page. */
    private static void removeRow(Browser browser, String name) {
        browser.clickCentred(By.cssSelector("vaadin-button[aria-label='" + name + " verwijderen']"));
        browser.awaitRest();
        browser.waitFor(java.time.Duration.ofSeconds(30))
                .until(d -> d.findElements(By.xpath("//vaadin-grid-cell-content[contains(.,'" + name + "')]"))
                        .isEmpty());
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getRecipients(Message.RecipientType.TO));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String linkIn(GreenMail mail, String address) throws Exception {
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                Matcher link = LINK.matcher(GreenMailUtil.getBody(m).replace("=\r\n", ""));
                assertThat(link.find()).as("a link in the mail to %s", address).isTrue();
                return link.group(1);
            }
        }
        throw new AssertionError("No mail to " + address);
    }

    private static int freePort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

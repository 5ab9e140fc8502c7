package nl.spiegel360.competency;

import static org.assertj.core.api.Assertions.assertThat;

import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.PackagedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** HR sees the demo Klantadviseur profile as the document describes it; an employee sees their own. */
class ProfileBrowserIT {

    @Test
    void hr_opens_the_klantadviseur_profile_and_an_employee_sees_their_own() throws Exception {
        PackagedApplication app = PackagedApplication.shared();
        try (Browser browser = new Browser(1280, 800)) {
            browser.open(app.url("/login"));
            signIn(browser, DemoPeople.HR_EMAIL);
            browser.await(By.id("home-greeting"));
            browser.open(app.url("/profiles"));
            browser.await(By.id("profiles-grid"));
            browser.screenshot("10-profiles-hr");
            browser.await(By.linkText("Bekijken")).click();
            browser.awaitText(By.id("profile-title"), "Competentieprofiel Klantadviseur");
            assertThat(browser.driver().findElements(By.cssSelector(".profile-competency li"))).hasSize(68);
            browser.screenshot("11-profile-document");
            browser.open(app.url("/competencies"));
            browser.await(By.id("competency-grid"));
            browser.screenshot("12-competency-library");
            browser.await(By.id("logout")).click();

            browser.await(By.cssSelector("vaadin-login-form input[name='username']"));
            signIn(browser, "sanne@spiegel360.example");
            browser.await(By.id("home-greeting"));
            browser.open(app.url("/my-profile"));
            browser.awaitText(By.id("profile-title"), "Competentieprofiel Klantadviseur");
            browser.screenshot("13-my-profile-employee");
        }
    }

    private static void signIn(Browser browser, String email) {
        WebElement user = browser.await(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(email);
        WebElement pass = browser.await(By.cssSelector("vaadin-login-form input[name='password']"));
        pass.sendKeys(DemoPeople.PASSWORD, Keys.ENTER);
    }
}

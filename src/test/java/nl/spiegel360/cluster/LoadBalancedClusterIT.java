package nl.spiegel360.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.LoadBalancer;
import nl.spiegel360.test.PackagedApplication;
import nl.spiegel360.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The product as a cluster: two instances of the packaged jar on one PostgreSQL database behind HAProxy with sticky
 * sessions. A rater answers through the balancer; the instance holding the session is killed; the rater signs in
 * again on the other one and finds every stored answer, and the choice that was lost named as not saved.
 */
class LoadBalancedClusterIT {

    private static final String RATER = "lucas@spiegel360.example";

    private static String jdbcUrl;
    private static final Map<String, PackagedApplication> INSTANCES = new LinkedHashMap<>();
    private static LoadBalancer balancer;

    @BeforeAll
    static void startCluster() throws Exception {
        jdbcUrl = TestDatabase.create("spiegel360_cluster_" + ProcessHandle.current().pid());
        var nodes = PackagedApplication.startTogetherOnPostgres(jdbcUrl, "node-a", "node-b");
        INSTANCES.put("a", nodes.get(0));
        INSTANCES.put("b", nodes.get(1));
        balancer = LoadBalancer.start(INSTANCES);
    }

    @AfterAll
    static void stopCluster() {
        if (balancer != null) {
            balancer.close();
        }
        INSTANCES.values().forEach(PackagedApplication::close);
    }

    @Test
    void a_rater_continues_on_the_other_instance_when_theirs_is_killed() throws Exception {
        try (Browser browser = new Browser(1280, 800)) {
            // step 1: sign in and answer through the balancer
            browser.signIn(balancer.url(""), RATER, DemoPeople.PASSWORD);
            browser.open(balancer.url("/requests"));
            browser.await(By.xpath("//a[starts-with(@id,'request-') and contains(.,'Lucas')]")).click();
            browser.await(By.id("questionnaire-title"));
            String requestUrl = browser.driver().getCurrentUrl();
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            List<WebElement> open = browser.driver().findElements(By.cssSelector("fieldset.questionnaire-item"))
                    .stream().filter(g -> g.findElements(By.cssSelector("input:checked")).isEmpty()).toList();
            assertThat(open).hasSizeGreaterThan(4);
            List<String> answered = new java.util.ArrayList<>();
            for (WebElement item : open.subList(0, 3)) {
                String id = item.getAttribute("id").substring("item-".length());
                WebElement choice = item.findElement(By.cssSelector("label:nth-of-type(3)"));
                js.executeScript("arguments[0].scrollIntoView({block: 'center'})", choice);
                choice.click();
                browser.awaitTextContent("state-" + id, "Opgeslagen");
                answered.add(id);
            }
            long stored = count("select count(*) from rating r join rater_assignment a on a.id = r.assignment_id "
                    + "join person p on p.id = a.rater_id where p.email = '" + RATER + "' and r.score is not null");

            // step 2: the instance that holds the session is killed
            Cookie node = browser.driver().manage().getCookieNamed(LoadBalancer.COOKIE);
            assertThat(node).as("the balancer's sticky cookie").isNotNull();
            PackagedApplication holder = INSTANCES.get(node.getValue());
            holder.kill();

            // step 3: the next choice finds the session gone; signing in again lands on the other instance
            WebElement next = open.get(3);
            String lostId = next.getAttribute("id").substring("item-".length());
            String lostText = next.findElement(By.tagName("legend")).getText();
            WebElement lost = next.findElement(By.cssSelector("label:nth-of-type(4)"));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", lost);
            lost.click();
            browser.await(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(RATER);
            browser.await(By.cssSelector("vaadin-login-form input[name='password']"))
                    .sendKeys(DemoPeople.PASSWORD, Keys.ENTER);
            browser.await(By.id("questionnaire-not-saved"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(requestUrl);
            assertThat(browser.driver().manage().getCookieNamed(LoadBalancer.COOKIE).getValue())
                    .as("now held by the other instance").isNotEqualTo(node.getValue());

            // step 4: every stored answer is there, and the lost choice is named
            for (String id : answered) {
                assertThat(browser.driver().findElement(By.cssSelector("#item-" + id + " input[value='3']"))
                        .isSelected()).as("stored answer %s", id).isTrue();
            }
            assertThat(browser.driver().findElement(By.id("questionnaire-not-saved")).getText()).contains(lostText);
            browser.awaitTextContent("state-" + lostId, "Niet opgeslagen");
            assertThat(count("select count(*) from rating r join rater_assignment a on a.id = r.assignment_id "
                    + "join person p on p.id = a.rater_id where p.email = '" + RATER + "' and r.score is not null"))
                    .as("nothing lost, nothing invented").isEqualTo(stored);
            browser.screenshot("50-cluster-continued");

            // step 5: the work that runs once ran once, whichever instance did it
            assertThat(count("select count(*) from (select recipient, subject from mail_outbox group by recipient,"
                    + " subject having count(*) > 1) twice")).as("no mail queued twice").isZero();
            assertThat(count("select count(*) from review_cycle")).as("the demo loaded once").isEqualTo(1);
        }
    }

    private static long count(String sql) {
        return TestDatabase.number(jdbcUrl, sql);
    }
}

package nl.spiegel360.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The product as a cluster: two instances of the packaged jar on one PostgreSQL database behind HAProxy with sticky
 * sessions. Started at the same moment, they do the start-up work once; the sign-in throttle is shared, and a change
 * of rights made on one ends a session the other holds. A rater answers through the balancer; the instance holding the session is killed; the rater signs in
 * again on the other one and finds every stored answer, and the choice that was lost named as not saved. Then the
 * killed instance is back, and the daily deadline work, due on both, runs once: one reminder per rater, one closing
 * per review.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadBalancedClusterIT {

    private static final String RATER = "lucas@spiegel360.example";

    private static String jdbcUrl;
    private static final Map<String, PackagedApplication> INSTANCES = new LinkedHashMap<>();
    private static LoadBalancer balancer;
    private static PackagedApplication killed;

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
    @Order(1)
    void instances_started_together_load_the_demo_organisation_once() throws Exception {
        assertThat(count("select count(*) from person where email = '" + DemoPeople.HR_EMAIL + "'")).isEqualTo(1);
        assertThat(count("select count(*) from review_cycle")).isEqualTo(1);
        assertThat(count("select count(*) from role_profile")).isEqualTo(1);
    }

    @Test
    @Order(2)
    void wrong_passwords_on_one_instance_pause_that_address_on_the_other_but_not_the_owner_elsewhere()
            throws Exception {
        String account = "daan@spiegel360.example";
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(INSTANCES.get("a"), account, "niet-het-wachtwoord-" + i, "198.51.100.7").location())
                    .contains("error");
        }
        assertThat(signIn(INSTANCES.get("b"), account, DemoPeople.PASSWORD, "198.51.100.7").location()).contains("paused");
        SignIn owner = signIn(INSTANCES.get("b"), account, DemoPeople.PASSWORD, "192.0.2.44");
        assertThat(owner.location()).doesNotContain("error");
        assertThat(owner.cookie()).as("the session cookie").contains("SameSite=Lax").contains("HttpOnly");
        assertThat(count("select count(*) from audit_event where action = 'login.failed' and details like "
                + "'address 198.51.100.7%'")).as("the client's address, forwarded by a trusted proxy").isEqualTo(5);
    }

    @Test
    @Order(3)
    void a_role_removed_by_hr_on_one_instance_ends_the_session_on_the_other_at_its_next_request() throws Exception {
        String daan = "daan@spiegel360.example";
        long cycle = count("select min(id) from review_cycle");
        try (Browser hr = new Browser(1280, 800); Browser daansBrowser = new Browser(1280, 800)) {
            hr.signIn(INSTANCES.get("a").url(""), DemoPeople.HR_EMAIL, DemoPeople.PASSWORD);
            SignIn employee = signIn(INSTANCES.get("b"), daan, DemoPeople.PASSWORD, "192.0.2.60");
            assertThat(get(INSTANCES.get("b"), "/export/cycles/" + cycle + "/report.csv", employee.session()).body())
                    .as("an employee's cycle download holds none of the others").doesNotContain("Emma Meijer");

            toggleHr(hr, "Daan Smit");
            assertThat(count("select count(*) from person where hr and email = '" + daan + "'")).isEqualTo(1);
            SignIn promoted = signIn(INSTANCES.get("b"), daan, DemoPeople.PASSWORD, "192.0.2.60");
            assertThat(get(INSTANCES.get("b"), "/export/cycles/" + cycle + "/report.csv", promoted.session()).body())
                    .as("as HR, every closed review of the cycle").contains("Emma Meijer");

            daansBrowser.signIn(INSTANCES.get("b").url(""), daan, DemoPeople.PASSWORD);
            daansBrowser.await(By.xpath("//vaadin-side-nav-item[contains(.,'Personen')]"));

            toggleHr(hr, "Daan Smit");
            // the open page on the other instance: its next request finds the session ended and asks to sign in
            daansBrowser.await(By.xpath("//vaadin-side-nav-item[contains(.,'Mijn verzoeken')]")).click();
            daansBrowser.await(By.cssSelector("vaadin-login-form input[name='username']"));
            HttpResponse<String> after = get(INSTANCES.get("b"), "/export/cycles/" + cycle + "/report.csv", promoted.session());
            assertThat(after.statusCode()).as("the removed role ends the session held by the other instance")
                    .isEqualTo(302);
            assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
            assertThat(count("select count(*) from audit_event where action = 'session.ended' and actor = '" + daan
                    + "'")).isGreaterThanOrEqualTo(1);
            assertThat(count("select count(*) from audit_event where action = 'person.updated' and details like "
                    + "'%HR: yes → no%'")).isEqualTo(1);
        }
    }

    /** HR opens the person in the people view and ticks or unticks "HR", then saves. */
    private static void toggleHr(Browser browser, String name) {
        browser.open(INSTANCES.get("a").url("/people"));
        browser.await(By.cssSelector("#people-filter input")).sendKeys(name);
        var wait = browser.waitFor(java.time.Duration.ofSeconds(20));
        // the grid keeps rendered rows for reuse: wait until the filter leaves one visible row, the person's
        wait.until(d -> d.findElements(By.cssSelector("#people-grid vaadin-button[aria-label]")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed).count() == 1);
        var edit = browser.driver().findElements(By.xpath("//vaadin-button[contains(@aria-label,'" + name + "')]"))
                .stream().filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElseThrow();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", edit);
        var hr = browser.await(By.id("person-hr"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].checked = !arguments[0].checked", hr);
        browser.await(By.id("person-save")).click();
        wait.until(d -> d.findElements(By.id("person-form")).isEmpty());
    }

    private record SignIn(String location, String cookie, String session) {
    }

    private static SignIn signIn(PackagedApplication app, String email, String password, String forwardedFor)
            throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = client().send(HttpRequest.newBuilder(URI.create(app.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse("");
        String session = cookie.isEmpty() ? "" : cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
        return new SignIn(response.headers().firstValue("Location").orElse(""), cookie, session);
    }

    private static HttpResponse<String> get(PackagedApplication app, String path, String session) throws Exception {
        return client().send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Cookie",
                "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }


    @Test
    @Order(4)
    void a_rater_is_told_within_seconds_when_the_database_refuses_connections_and_loses_nothing()
            throws Exception {
        try (Browser browser = new Browser(1280, 800)) {
            browser.signIn(balancer.url(""), RATER, DemoPeople.PASSWORD);
            browser.open(balancer.url("/requests"));
            browser.await(By.xpath("//a[starts-with(@id,'request-') and contains(.,'Lucas')]")).click();
            browser.await(By.id("questionnaire-title"));
            // the sheet renders an item anew when its state changes: items are found by id each time
            List<String> open = browser.driver().findElements(By.cssSelector("fieldset.questionnaire-item"))
                    .stream().filter(g -> g.findElements(By.cssSelector("input:checked")).isEmpty())
                    .map(g -> g.getAttribute("id").substring("item-".length())).toList();
            String first = choose(browser, open.get(0), 2);
            browser.awaitTextContent("state-" + first, "Opgeslagen");
            long stored = storedAnswers();

            // the database refuses every connection for 30 seconds while the rater goes on answering
            long refusedAt = System.nanoTime();
            TestDatabase.acceptConnections(jdbcUrl, false);
            try {
                String during = choose(browser, open.get(1), 2);
                browser.awaitTextContent("state-" + during, "Niet opgeslagen");
                long toldAfter = (System.nanoTime() - refusedAt) / 1_000_000;
                assertThat(toldAfter).as("told within 15 s (ms)").isLessThan(15_000);
                browser.awaitText(By.tagName("vaadin-notification-card"), "niet bereikbaar");
                assertThat(browser.driver().findElement(By.cssSelector("#item-" + during + " input[value='2']"))
                        .isSelected()).as("the choice that was not stored is not shown as chosen").isFalse();
                browser.screenshot("51-cluster-database-unreachable");
                Thread.sleep(Math.max(0, 30_000 - (System.nanoTime() - refusedAt) / 1_000_000));
            } finally {
                TestDatabase.acceptConnections(jdbcUrl, true);
            }

            // back: the rater chooses again, as a person would, until it is stored; nothing was lost meanwhile
            String again = open.get(1);
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(40))
                    .pollingEvery(java.time.Duration.ofSeconds(2)).until(d -> {
                        choose(browser, open.get(1), 2);
                        return String.valueOf(((JavascriptExecutor) d).executeScript(
                                "return document.getElementById(arguments[0]).textContent", "state-" + again))
                                .contains("Opgeslagen") && !String.valueOf(((JavascriptExecutor) d).executeScript(
                                "return document.getElementById(arguments[0]).textContent", "state-" + again))
                                .contains("Niet");
                    });
            assertThat(storedAnswers()).as("the earlier answer kept, the new one stored once").isEqualTo(stored + 1);
            assertThat(browser.driver().findElement(By.cssSelector("#item-" + first + " input[value='2']"))
                    .isSelected()).isTrue();
        }
    }

    /** Clicks the choice of this value in the item of this id and returns the id. */
    private static String choose(Browser browser, String item, int value) {
        WebElement choice = browser.driver().findElement(By.cssSelector("#item-" + item + " label:nth-of-type("
                + value + ")"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                choice);
        choice.click();
        return item;
    }

    private static long storedAnswers() {
        return count("select count(*) from rating r join rater_assignment a on a.id = r.assignment_id "
                + "join person p on p.id = a.rater_id where p.email = '" + RATER + "' and r.score is not null");
    }

    @Test
    @Order(5)
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
            killed = holder;

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

    @Test
    @Order(6)
    void the_daily_deadline_work_runs_once_on_two_instances() throws Exception {
        // step 1: the killed instance starts again; both poll the same task table
        if (killed != null) {
            INSTANCES.values().remove(killed);
            INSTANCES.put("restarted", PackagedApplication.startOnPostgres("node-restarted", jdbcUrl));
        }
        assertThat(INSTANCES.values()).hasSize(2);

        // step 2: the rating deadline is tomorrow, inside the reminder days; the daily task is due now
        long remindedBefore = count("select count(*) from rater_assignment where reminded_at is not null");
        long reminderMailsBefore = count(REMINDER_MAILS);
        execute("update review_cycle set opens_on = least(opens_on, current_date),"
                + " nomination_deadline = least(nomination_deadline, current_date),"
                + " rating_deadline = current_date + 1, reminder_days = 3 where state in ('NOMINATION', 'RATING')");
        runDailyTaskNow();
        long reminded = count("select count(*) from rater_assignment where reminded_at is not null") - remindedBefore;
        assertThat(reminded).as("raters reminded").isPositive();
        assertThat(count(REMINDER_MAILS) - reminderMailsBefore).as("one reminder per rater").isEqualTo(reminded);
        assertThat(count("select count(*) from (select recipient, subject from mail_outbox group by recipient,"
                + " subject having count(*) > 1) twice")).as("no mail queued twice").isZero();

        // step 3: the rating deadline passed yesterday; the task closes the cycle, and the close it schedules runs
        // in the background on one of the instances and closes the reviews once
        long collecting = count("select count(*) from review where closed_at is null");
        assertThat(collecting).as("reviews still collecting").isPositive();
        execute("update review_cycle set opens_on = least(opens_on, current_date - 2),"
                + " nomination_deadline = least(nomination_deadline, current_date - 2),"
                + " rating_deadline = current_date - 1 where state = 'RATING'");
        runDailyTaskNow();
        awaitBackgroundCloses();
        assertThat(count("select count(*) from review where closed_at is null")).as("still collecting").isZero();
        assertThat(count("select count(*) from audit_event where action = 'cycle.closed'")).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'review.closed' and details = 'deadline'"))
                .as("closed once each").isEqualTo(collecting);
        assertThat(count("select count(*) from (select target_id from audit_event where action = 'review.closed'"
                + " group by target_id having count(*) > 1) twice")).as("no review closed twice").isZero();
        assertThat(count("select count(*) from review r where r.closed_at is not null and not exists"
                + " (select 1 from review_result s where s.review_id = r.id)")).as("every result frozen").isZero();
    }

    private static final String REMINDER_MAILS =
            "select count(*) from mail_outbox where subject like 'Herinnering:%' or subject like 'Reminder:%'";

    /** Makes the daily deadline task due now and waits until one of the instances has run it. */
    private static void runDailyTaskNow() throws InterruptedException {
        execute("update scheduled_tasks set execution_time = now() where task_name = 'review-deadlines'");
        long deadline = System.currentTimeMillis() + 60_000;
        while (count("select count(*) from scheduled_tasks where task_name = 'review-deadlines'"
                + " and execution_time > now() and not picked") == 0) {
            assertThat(System.currentTimeMillis()).as("the daily task ran within a minute").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    /** Waits until the closes of cycles that the daily task scheduled have run on one of the instances. */
    private static void awaitBackgroundCloses() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (count("select count(*) from scheduled_tasks where task_name = 'close-cycle'") > 0) {
            assertThat(System.currentTimeMillis()).as("the closes ran within a minute").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static void execute(String sql) {
        TestDatabase.execute(jdbcUrl, sql);
    }

    private static long count(String sql) {
        return TestDatabase.number(jdbcUrl, sql);
    }
}

package nl.spiegel360.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.Accessibility;
import nl.spiegel360.test.Browser;
import nl.spiegel360.test.PackagedApplication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core over every page each role reaches: every entry of the role's menu, and every task its start page links to
 * (questionnaires, nominations, reports, plans, cycles), and the start page on a phone. No violation of serious or
 * critical impact may remain, and at 1280x800 no grid cuts a header or pushes a column beyond its edge.
 */
class AccessibilityBrowserIT {

    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    /** The views and states checked so far. */
    private static final Set<String> STATES = new LinkedHashSet<>();

    /** Grid headers whose text does not fit their cell, and grids that scroll sideways. */
    private static final String CUT_GRIDS = """
            const found = [];
            for (const grid of document.querySelectorAll('vaadin-grid')) {
              const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
              if (table && table.scrollWidth > table.clientWidth + 1) {
                found.push((grid.id || 'grid') + ' scrolls sideways');
              }
              for (const content of grid.querySelectorAll('vaadin-grid-cell-content')) {
                const cell = content.assignedSlot && content.assignedSlot.parentElement;
                const part = cell && cell.getAttribute('part') || '';
                if (part.includes('header-cell') && content.scrollWidth > content.clientWidth + 1) {
                  found.push((grid.id || 'grid') + ' header cut: ' + content.textContent.trim());
                }
              }
            }
            return found;""";

    /**
     * What state a page shows: a questionnaire's status, whether its review is closed and whose questionnaire it is
     * (the first words of its visibility text), a report's or plan's state, what a nomination page allows, with
     * numbers and dates left out. Two pages
     * of one view in the same state share their markup, so axe checks one of them.
     */
    private static final String STATE = """
            return ['questionnaire-status', 'questionnaire-closed', 'questionnaire-visibility', 'report-state',
                    'plan-state', 'nomination-limits', 'nomination-too-few', 'nomination-add', 'nomination-approve-all']
              .map(id => document.getElementById(id)).filter(e => e)
              .map(e => e.id + '=' + e.textContent.trim().split(/\\s+/).slice(0, 4).join(' ').replace(/\\d+/g, 'N'))
              .join(' | ');""";

    static {
        ROLES.put("hr", DemoPeople.HR_EMAIL);
        ROLES.put("manager", DemoPeople.MANAGER_EMAIL);
        ROLES.put("employee", "lucas@spiegel360.example");
    }

    @Test
    void no_page_of_any_role_has_a_serious_or_critical_violation() throws Exception {
        PackagedApplication app = PackagedApplication.shared();
        List<String> violations = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        // a view is checked once, for the first role that reaches it (its markup is the view's, whoever reads it);
        // after the sign-in each view is reached as a link inside the application reaches it, without a page load
        Set<String> patterns = new LinkedHashSet<>();
        int pages = 0;
        for (var role : ROLES.entrySet()) {
            try (Browser browser = new Browser(1280, 800)) {
                browser.signIn(app.url(""), role.getValue(), DemoPeople.PASSWORD);
                Set<String> paths = new LinkedHashSet<>();
                paths.add("");
                paths.addAll(strings(browser, "return [...document.querySelectorAll('#main-menu vaadin-side-nav-item')]"
                        + ".map(i => i.getAttribute('path')).filter(p => p != null);"));
                paths.addAll(strings(browser, "return [...document.querySelectorAll('#home-inbox a')]"
                        + ".map(a => a.getAttribute('href'));"));
                if (role.getKey().equals("hr")) {
                    // reached from the integrations page, not the menu
                    paths.add("api-clients");
                }
                for (String path : paths) {
                    String clean = path.replaceFirst("^/", "");
                    if (!clean.isEmpty() && !patterns.add(clean.replaceAll("\\d+", "N"))) {
                        continue;
                    }
                    browser.navigate("/" + clean);
                    browser.await(By.cssSelector("vaadin-app-layout main, vaadin-app-layout .page"));
                    pages++;
                    for (String v : Accessibility.seriousViolations(browser.driver())) {
                        violations.add(role.getKey() + " /" + clean + ": " + v);
                    }
                    for (String c : strings(browser, CUT_GRIDS)) {
                        cut.add(role.getKey() + " /" + clean + ": " + c);
                    }
                }
                pages += everyQuestionnaire(browser, role.getKey(), violations);
                if (role.getKey().equals("manager")) {
                    pages += everyReviewOfTheTeam(browser, violations);
                }
                startPageOnAPhone(browser, app, role.getKey(), violations);
            }
        }
        System.out.println("Checked " + pages + " pages; the states of questionnaires, reports and plans: " + STATES);
        assertThat(pages).as("pages checked").isGreaterThan(10);
        assertThat(violations).as("serious or critical accessibility violations").isEmpty();
        assertThat(cut).as("grids at 1280x800 with a cut header or a column beyond the edge").isEmpty();
    }

    /**
     * Every questionnaire on the role's "my requests" page, whatever its state (open, partly saved, submitted, in a
     * closed review: read-only): a view is checked in every state a person meets it in, not once.
     */
    private static int everyQuestionnaire(Browser browser, String role, List<String> violations) {
        browser.navigate("/requests");
        browser.await(By.cssSelector("#requests-grid, #requests-none"));
        List<String> links = strings(browser, "return [...document.querySelectorAll('a[id^=request-]')]"
                + ".map(a => a.getAttribute('href'));");
        int checked = 0;
        for (String link : links) {
            browser.navigate("/" + link.replaceFirst("^/", ""));
            browser.await(By.id("questionnaire-title"));
            if (!STATES.add(state(browser, link))) {
                continue;
            }
            checked++;
            for (String v : Accessibility.seriousViolations(browser.driver())) {
                violations.add(role + " /" + link + ": " + v);
            }
        }
        return checked;
    }

    /**
     * Every review of the manager's team, in whatever state the demo holds it (collecting, closed and waiting for
     * agreement, released with an agreed plan): its raters, its report and, where there is one, its plan.
     */
    private static int everyReviewOfTheTeam(Browser browser, List<String> violations) {
        browser.navigate("/team");
        browser.await(By.id("team-grid"));
        List<String> links = new ArrayList<>(strings(browser, "return [...document.querySelectorAll('#team-grid a')]"
                + ".map(a => a.getAttribute('href'));"));
        links.addAll(links.stream().filter(l -> l.endsWith("/report")).map(l -> l.replace("/report", "/plan"))
                .toList());
        int checked = 0;
        for (String link : links) {
            browser.navigate("/" + link.replaceFirst("^/", ""));
            browser.await(By.cssSelector("vaadin-app-layout main, vaadin-app-layout .page"));
            if (!STATES.add(state(browser, link))) {
                continue;
            }
            checked++;
            for (String v : Accessibility.seriousViolations(browser.driver())) {
                violations.add("manager /" + link + ": " + v);
            }
        }
        return checked;
    }

    /**
     * The start page at 1280x800 and at a phone's width: its inbox readable without sideways scrolling (the
     * README's pictures come from a fresh demo instead, see EverydayTasksBrowserIT).
     */
    private static void startPageOnAPhone(Browser browser, PackagedApplication app, String role,
            List<String> violations) throws Exception {
        browser.open(app.url("/"));
        browser.await(By.id("home-inbox"));
        String name = role.replace(' ', '-');
        browser.screenshot("72-home-" + name + "-after-use");
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.await(By.id("home-inbox"));
        Thread.sleep(300);
        long overflow = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("%s's start page on a phone scrolls sideways", role).isLessThanOrEqualTo(0);
        browser.screenshot("72-home-" + name + "-after-use-phone");
        for (String v : Accessibility.seriousViolations(browser.driver())) {
            violations.add(role + " / on a phone: " + v);
        }
    }

    /** The view (its path with the ids left out) and the state it shows. */
    private static String state(Browser browser, String link) {
        return link.replaceFirst("^/", "").replaceAll("\\d+", "N") + " " + ((JavascriptExecutor) browser.driver())
                .executeScript(STATE);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Browser browser, String script) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}

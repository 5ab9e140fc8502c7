package nl.spiegel360.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.KaribuTest;
import org.junit.jupiter.api.Test;

class NavigationAccessTest extends KaribuTest {

    @Test
    void anonymous_users_land_on_the_login_view() {
        UI.getCurrent().navigate("people");
        assertThat(currentView().getClass().getSimpleName()).isEqualTo("LoginView");
        UI.getCurrent().navigate("");
        assertThat(currentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }

    @Test
    void the_sign_in_page_says_why_when_a_session_ended_and_says_nothing_otherwise() {
        UI.getCurrent().navigate("login");
        assertThat(LocatorJ._find(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("login-expired"))).isEmpty();
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("expired",
                "")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("login-expired"))
                .getText()).isEqualTo(t("login.expired")).contains("opnieuw aan");
    }

    @Test
    @SuppressWarnings("deprecation")
    void the_text_of_a_lost_connection_is_in_the_readers_language() {
        signInAs("sanne@spiegel360.example");
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogText())
                .isEqualTo(t("connection.reconnecting")).startsWith("Verbinding met de server verbroken");
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getDialogTextGaveUp())
                .isEqualTo(t("connection.lost"));
    }

    @Test
    void an_employee_sees_only_the_home_entry() {
        signInAs("sanne@spiegel360.example");
        assertThat(menuLabels()).containsExactly(t("home.title"), t("profile.mine.title"), t("requests.title"),
                t("pulse.list.title"), t("reviews.mine.title"), t("plans.title"), t("account.title"), t("privacy.own.title"));
    }

    @Test
    void a_manager_also_sees_their_team() {
        signInAs(DemoPeople.MANAGER_EMAIL);
        assertThat(menuLabels()).containsExactly(t("home.title"), t("profile.mine.title"), t("requests.title"),
                t("pulse.list.title"), t("reviews.mine.title"), t("plans.title"), t("team.title"), t("overview.title"),
                t("insight.title"), t("account.title"), t("privacy.own.title"));
    }

    @Test
    void hr_sees_the_people_entry() {
        signInAs(DemoPeople.HR_EMAIL);
        assertThat(menuLabels()).containsExactly(t("home.title"), t("profile.mine.title"), t("requests.title"),
                t("pulse.list.title"), t("reviews.mine.title"), t("plans.title"), t("overview.title"), t("insight.title"),
                t("cycle.list.title"), t("profile.list.title"),
                t("competency.library.title"), t("people.title"), t("audit.title"), t("mail.title"), t("privacy.title"),
                t("provisioning.title"), t("account.title"), t("privacy.own.title"));
    }

    @Test
    void an_employee_who_types_the_people_address_is_refused() {
        signInAs("sanne@spiegel360.example");
        UI.getCurrent().navigate("people");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("not-found")).getText())
                .isEqualTo(t("common.not-found"));
        LocatorJ._assertNone(com.vaadin.flow.component.grid.Grid.class);
    }

    @Test
    void the_home_view_shows_name_roles_and_team() {
        signInAs(DemoPeople.MANAGER_EMAIL);
        UI.getCurrent().navigate("");
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("home-greeting")).getText())
                .contains("Marieke Bakker");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("home-roles")).getText())
                .contains(t("role.EMPLOYEE")).contains(t("role.MANAGER")).doesNotContain(t("role.HR"));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("home-team")).getText())
                .isEqualTo(DemoPeople.TEAM);
    }

    private List<String> menuLabels() {
        UI.getCurrent().navigate("");
        SideNav nav = _get(SideNav.class, spec -> spec.withId("main-menu"));
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.audit.AuditLog audit;

    @Test
    void a_record_by_id_that_may_not_be_seen_is_answered_not_found_and_recorded_with_its_route() {
        signInAs("sanne@spiegel360.example");
        UI.getCurrent().navigate("reviews/987654/report");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("not-found")).getText())
                .isEqualTo(t("common.not-found"));
        login.as(DemoPeople.HR_EMAIL);
        assertThat(audit.search("sanne@spiegel360.example", 0, 20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("access.not-found");
            assertThat(e.details()).startsWith("view /reviews/987654/report");
        });
    }
}

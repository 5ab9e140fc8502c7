package nl.spiegel360.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.github.classgraph.ClassGraph;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import nl.spiegel360.test.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * Visits every route as someone who may not see it: anonymously (the login view opens instead), and as a plain
 * employee for every route that needs a role (answered as not found, and recorded with the route).
 */
class RouteAccessTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void every_route_refuses_anonymous_visitors_and_role_routes_refuse_plain_employees() {
        List<Class<?>> routes = new ArrayList<>();
        try (var scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("nl.spiegel360").scan()) {
            scan.getClassesWithAnnotation(Route.class).forEach(info -> routes.add(info.loadClass()));
        }
        assertThat(routes).hasSizeGreaterThan(15);
        for (Class<?> route : routes) {
            if (route.isAnnotationPresent(AnonymousAllowed.class)) {
                continue;
            }
            String path = path(route);
            login.out();
            UI.getCurrent().navigate(path);
            assertThat(currentView().getClass().getSimpleName()).as(path).isEqualTo("LoginView");
        }
        signInAs("bram@spiegel360.example");
        for (Class<?> route : routes) {
            if (route.isAnnotationPresent(RolesAllowed.class)) {
                String path = path(route);
                UI.getCurrent().navigate(path);
                assertThat(currentView().getClass().getSimpleName()).as(path).isEqualTo("RefusedViewError");
                assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                        com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("not-found")).getText())
                        .isEqualTo(t("common.not-found"));
                assertThat(jdbc.queryForObject("select details from audit_event where action = 'access.refused' "
                        + "and actor = 'bram@spiegel360.example' order by id desc limit 1", String.class))
                        .as(path).startsWith("view /" + path);
            }
        }
    }

    @Test
    void an_allowed_view_opens_as_itself_not_wrapped_in_a_method_security_proxy_made_for_each_opening() {
        signInAs(nl.spiegel360.demo.DemoPeople.HR_EMAIL);
        for (String path : List.of("audit", "people", "privacy", "cycles")) {
            UI.getCurrent().navigate(path);
            Class<?> view = currentView().getClass();
            assertThat(view.getName()).as(path + ": the router checked the roles; the view is not proxied")
                    .doesNotContain("$$");
            assertThat(view.getAnnotation(Route.class)).as(path).isNotNull();
        }
    }

    private static String path(Class<?> route) {
        return route.getAnnotation(Route.class).value().replaceAll(":[a-z]+", "1");
    }
}

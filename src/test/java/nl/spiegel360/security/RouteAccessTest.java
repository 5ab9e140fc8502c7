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
 * employee for every route that needs a role (access is denied).
 */
class RouteAccessTest extends KaribuTest {

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
                assertThatThrownBy(() -> UI.getCurrent().navigate(path)).as(path)
                        .hasMessageContaining("Access is denied");
            }
        }
    }

    private static String path(Class<?> route) {
        return route.getAnnotation(Route.class).value().replaceAll(":[a-z]+", "1");
    }
}

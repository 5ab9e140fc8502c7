package nl.spiegel360.test;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.UidlWriter;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless Vaadin sessions of the real application (Karibu-Testing): its routes, and Spring Security's
 * signed-in user of the calling thread as each request's principal. Sessions are thread-confined, so several
 * threads may each drive their own.
 */
public final class KaribuSessions {

    private static final Routes ROUTES = discoverRoutes();
    private static final Function0<UI> UI_FACTORY = UI::new;

    static {
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public java.security.Principal getUserPrincipal() {
                return SecurityContextHolder.getContext().getAuthentication();
            }

            @Override
            public boolean isUserInRole(String role) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null && auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            }
        });
    }

    private KaribuSessions() {
    }

    /** A servlet of the application, initialised on the first session opened with it. */
    public static MockSpringServlet servlet(ApplicationContext context) {
        return new MockSpringServlet(ROUTES, context, UI_FACTORY);
    }

    /** Opens a new session with one UI in Dutch on the calling thread, and makes it current; returns the UI. */
    public static UI open(MockSpringServlet servlet) {
        MockVaadin.setup(UI_FACTORY, servlet);
        UI ui = UI.getCurrent();
        ui.setLocale(Locale.forLanguageTag("nl"));
        return ui;
    }

    /**
     * Ends a round trip as the server does before it answers: runs the UI's pending tasks and writes the response
     * (Vaadin's UIDL, which also clears the UI's recorded changes). Returns the response's length in characters.
     */
    public static int respond() {
        MockVaadin.clientRoundtrip(false);
        return new UidlWriter().createUidl(UI.getCurrent(), false).toString().length();
    }

    /** Every route and layout of the application, package-private ones included. */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes discovered = new Routes().autoDiscoverViews("nl.spiegel360");
        var views = new java.util.LinkedHashSet<>(discovered.getRoutes());
        try (var scan = new io.github.classgraph.ClassGraph().enableClassInfo().enableAnnotationInfo()
                .ignoreClassVisibility().acceptPackages("nl.spiegel360").scan()) {
            for (var info : scan.getClassesWithAnnotation(com.vaadin.flow.router.Route.class)) {
                views.add((Class<? extends com.vaadin.flow.component.Component>) info.loadClass());
            }
        }
        return new Routes(views, discovered.getErrorRoutes(), true);
    }
}

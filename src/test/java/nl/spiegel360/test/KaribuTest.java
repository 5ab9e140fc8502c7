package nl.spiegel360.test;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the server-side UI tests: the real application, its routes, Spring Security's signed-in user as the
 * request's principal, and a fixed locale (Dutch, the default, unless a test changes it).
 */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected Login login;

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

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session) {
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
            };
            return request;
        });
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        login.out();
    }

    /** Signs in and opens the start page, as the browser would after a successful login. */
    protected void signInAs(String email) {
        MockVaadin.tearDown();
        login.as(email);
        setUpVaadin();
    }

    /**
     * Types a value into a field as a user would: the field must be visible and enabled. (Karibu's own
     * {@code _setValue} reaches into a Vaadin internal that changed in Vaadin 25.2.)
     */
    protected static <V> void type(com.vaadin.flow.component.HasValue<?, V> field, V value) {
        var component = (com.vaadin.flow.component.Component) field;
        org.assertj.core.api.Assertions.assertThat(component.isVisible()).as("field is visible").isTrue();
        org.assertj.core.api.Assertions.assertThat(((com.vaadin.flow.component.HasEnabled) component).isEnabled())
                .as("field is enabled").isTrue();
        org.assertj.core.api.Assertions.assertThat(field.isReadOnly()).as("field is editable").isFalse();
        field.setValue(value);
    }

    /** The view the UI shows now. */
    protected com.vaadin.flow.component.Component currentView() {
        return (com.vaadin.flow.component.Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain()
                .getFirst();
    }

    protected String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}

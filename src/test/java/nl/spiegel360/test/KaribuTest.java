package nl.spiegel360.test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Base of the server-side UI tests: the real application, its routes, Spring Security's signed-in user as the
 * request's principal, and a fixed locale (Dutch, the default, unless a test changes it).
 */
@IntegrationTest
public abstract class KaribuTest {

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected Login login;

    @BeforeEach
    void setUpVaadin() {
        KaribuSessions.open(KaribuSessions.servlet(context));
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

    /** Opens a fresh browser session of somebody not signed in (an external rater with a link). */
    protected void signedOut() {
        MockVaadin.tearDown();
        login.out();
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

    /**
     * Everything the page shows now, as a reader would get it: the HTML of the whole route (its layout and view)
     * and, since a grid's rows travel to the browser as data rather than as HTML, every row of every grid on it as
     * the grid formats it.
     */
    protected String pageText() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        var top = (com.vaadin.flow.component.Component) chain.getLast();
        StringBuilder out = new StringBuilder(top.getElement().getOuterHTML());
        for (var grid : com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.grid.Grid.class)) {
            int size = com.github.mvysny.kaributesting.v10.GridKt._size(grid);
            for (int row = 0; row < size; row++) {
                out.append('\n').append(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, row));
            }
        }
        return out.toString();
    }

    protected String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}

package nl.spiegel360.base.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.function.LongConsumer;
import nl.spiegel360.base.UserFacingException;

/**
 * Opens a view for the record named by its {@code :id} route parameter. An id that is not a number, does not
 * exist or may not be seen shows the same not-found message, so that nobody can probe which ids exist; the audit
 * log records it with the route.
 */
public final class IdRoute {

    private IdRoute() {
    }

    public static void open(BeforeEnterEvent event, HasComponents view, LongConsumer renderer) {
        try {
            renderer.accept(Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | UserFacingException e) {
            view.removeAll();
            view.add(new NotFoundMessage());
            com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator()
                    .getOrCreate(nl.spiegel360.base.Refusals.class)
                    .notFoundView("/" + event.getLocation().getPathWithQueryParameters());
        }
    }
}

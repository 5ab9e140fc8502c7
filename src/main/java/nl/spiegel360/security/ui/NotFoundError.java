package nl.spiegel360.security.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.spiegel360.base.Refusals;
import nl.spiegel360.base.ui.MainLayout;
import nl.spiegel360.base.ui.NotFoundMessage;

/**
 * An address that is no view, or (in production, where Vaadin answers a refused view as not found) a view the
 * user may not open: both answered alike; the second recorded in the audit log.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundError extends Main implements HasErrorParameter<NotFoundException> {

    private final transient Refusals refusals;

    NotFoundError(Refusals refusals) {
        this.refusals = refusals;
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        String path = event.getLocation().getPath();
        if (RouteConfiguration.forSessionScope().getRoute(path).isPresent()) {
            return RefusedViewError.refuse(this, refusals, path);
        }
        removeAll();
        add(new NotFoundMessage());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

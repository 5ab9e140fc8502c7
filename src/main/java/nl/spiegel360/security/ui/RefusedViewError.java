package nl.spiegel360.security.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.spiegel360.base.Refusals;
import nl.spiegel360.base.ui.MainLayout;
import nl.spiegel360.base.ui.NotFoundMessage;

/**
 * A view the signed-in user's roles do not allow: answered as "not found" (the two are never told apart), and
 * recorded in the audit log with the route and the address.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RefusedViewError extends Main implements HasErrorParameter<AccessDeniedException> {

    private final transient Refusals refusals;

    RefusedViewError(Refusals refusals) {
        this.refusals = refusals;
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return refuse(this, refusals, event.getLocation().getPath());
    }

    static int refuse(Main page, Refusals refusals, String route) {
        refusals.refusedView("/" + route);
        page.removeAll();
        page.add(new NotFoundMessage());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

package nl.spiegel360.security.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.spiegel360.base.ui.MainLayout;
import nl.spiegel360.base.ui.NotFoundMessage;
import nl.spiegel360.security.AccessRefusals;
import nl.spiegel360.security.CurrentUser;

/**
 * A view the signed-in user's roles do not allow: answered as "not found" (the two are never told apart), and
 * recorded in the audit log with the route and the address.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RefusedViewError extends Main implements HasErrorParameter<AccessDeniedException> {

    private final transient AccessRefusals refusals;
    private final transient CurrentUser currentUser;

    RefusedViewError(AccessRefusals refusals, CurrentUser currentUser) {
        this.refusals = refusals;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return refuse(this, refusals, currentUser, event.getLocation().getPath());
    }

    static int refuse(Main page, AccessRefusals refusals, CurrentUser currentUser, String route) {
        currentUser.find().ifPresent(user -> refusals.refusedView(user.email(), "/" + route));
        page.removeAll();
        page.add(new NotFoundMessage());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

package nl.spiegel360.competency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.IdRoute;
import nl.spiegel360.competency.RoleProfileService;

/** One profile revision, read-only, as a printable document. HR sees any; others only their own role's. */
@Route("profiles/:id")
@PermitAll
class ProfileDocumentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient RoleProfileService profiles;
    private String title = "";

    ProfileDocumentView(RoleProfileService profiles) {
        this.profiles = profiles;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title = getTranslation("profile.document.heading");
        IdRoute.open(event, this, id -> {
            var document = profiles.document(id);
            title = getTranslation("profile.document.title", document.name());
            var print = new Button(getTranslation("profile.document.print"), VaadinIcon.PRINT.create(),
                    e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
            print.addClassName("no-print");
            add(print, new ProfileDocumentPanel(document));
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

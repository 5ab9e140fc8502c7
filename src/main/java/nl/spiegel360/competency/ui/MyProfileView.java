package nl.spiegel360.competency.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.spiegel360.competency.RoleProfileService;

/** The competency profile of the signed-in user's own role. */
@Route("my-profile")
@Menu(order = 10, icon = "FILE_TEXT_O", title = "profile.mine.title")
@PermitAll
class MyProfileView extends Main implements HasDynamicTitle {

    MyProfileView(RoleProfileService profiles) {
        addClassName("page");
        // a page of text only: reachable by keyboard, so that it can be scrolled without a mouse
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", getTranslation("profile.mine.title"));
        profiles.myProfile().ifPresentOrElse(document -> add(new ProfileDocumentPanel(document.in(getLocale()))), () -> {
            var none = new Paragraph(getTranslation("profile.mine.none"));
            none.setId("no-profile");
            add(none);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.mine.title");
    }
}

package nl.spiegel360.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import nl.spiegel360.base.LocalePreference;

/** The frame of every signed-in page: the menu the user's roles allow, the language switch and sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient LocalePreference localePreference;
    private final SideNav nav = new SideNav();
    private final Span title = new Span();

    MainLayout(AuthenticationContext authentication, LocalePreference localePreference) {
        this.authentication = authentication;
        this.localePreference = localePreference;
        setPrimarySection(Section.DRAWER);
        var brand = new Span(getTranslation("app.name"));
        brand.addClassName("app-brand");
        nav.setId("main-menu");
        nav.getElement().setAttribute("aria-label", getTranslation("menu.label"));
        var drawer = new Div(brand, nav);
        drawer.addClassName("app-drawer");
        addToDrawer(drawer);
        title.addClassName("app-title");
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("menu.toggle"));
        addToNavbar(toggle, title, userArea());
        buildMenu();
    }

    private HorizontalLayout userArea() {
        var name = new Span(authentication.getPrincipalName().orElse(""));
        name.setId("current-user");
        name.addClassName("app-user");
        Select<Locale> language = new Select<>();
        language.setId("language-switch");
        language.setAriaLabel(getTranslation("language.switch"));
        language.setItems(LocalePreference.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(LocalePreference.supportedOrDefault(UI.getCurrent().getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchLanguage(e.getValue());
            }
        });
        var logout = new Button(getTranslation("logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var area = new HorizontalLayout(name, language, logout);
        area.addClassName("app-user-area");
        area.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        return area;
    }

    private void switchLanguage(Locale locale) {
        localePreference.rememberForCurrentUser(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(LocalePreference.SESSION_ATTRIBUTE, locale);
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    private void buildMenu() {
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        title.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}

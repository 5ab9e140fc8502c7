package nl.spiegel360.security.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.spiegel360.base.LocalePreference;
import nl.spiegel360.security.SignOnProviders;

/** The sign-in page: e-mail and password. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final com.vaadin.flow.component.html.Paragraph signOnError = new com.vaadin.flow.component.html.Paragraph();

    public LoginView(SignOnProviders signOn) {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        var title = new com.vaadin.flow.component.html.H1(getTranslation("app.name"));
        var tagline = new com.vaadin.flow.component.html.Paragraph(getTranslation("login.tagline"));
        var brand = new com.vaadin.flow.component.html.Div(title, tagline);
        brand.addClassName("login-brand");
        add(languageSwitch(), brand);
        signOnError.setId("login-sso-error");
        signOnError.addClassName("form-error");
        signOnError.getElement().setAttribute("role", "alert");
        signOnError.setVisible(false);
        add(signOnError);
        if (!signOn.providers().isEmpty()) {
            var buttons = new com.vaadin.flow.component.html.Div();
            buttons.addClassName("login-sso");
            buttons.setId("login-sso");
            for (SignOnProviders.Provider provider : signOn.providers()) {
                // a plain link: the sign-on leaves the application for the provider's page
                var link = new com.vaadin.flow.component.html.Anchor(provider.startPath(),
                        getTranslation("login.sso", provider.name()));
                link.setRouterIgnore(true);
                link.setId("login-sso-" + provider.id());
                link.addClassName("login-sso-button");
                buttons.add(link);
            }
            add(buttons);
        }
        if (signOn.passwords()) {
            add(form);
        }
    }

    private com.vaadin.flow.component.html.Div languageSwitch() {
        var language = new com.vaadin.flow.component.select.Select<java.util.Locale>();
        language.setId("login-language");
        language.setAriaLabel(getTranslation("language.switch"));
        language.setItems(LocalePreference.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(LocalePreference.supportedOrDefault(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                var ui = com.vaadin.flow.component.UI.getCurrent();
                ui.getSession().setAttribute(LocalePreference.SESSION_ATTRIBUTE, e.getValue());
                ui.getPage().reload();
            }
        });
        var wrapper = new com.vaadin.flow.component.html.Div(language);
        wrapper.addClassName("login-language");
        return wrapper;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.email"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var paused = parameters.getOrDefault("paused", java.util.List.of());
        if (!paused.isEmpty()) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.paused.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.paused.message", paused.getFirst()));
            form.setI18n(i18n);
        }
        form.setError(parameters.containsKey("error"));
        if (parameters.containsKey("expired")) {
            var expired = new com.vaadin.flow.component.html.Paragraph(getTranslation("login.expired"));
            expired.setId("login-expired");
            expired.addClassName("login-notice");
            expired.getElement().setAttribute("role", "status");
            addComponentAtIndex(indexOf(signOnError), expired);
        }
        var sso = parameters.getOrDefault("sso", java.util.List.of());
        if (!sso.isEmpty()) {
            String reason = switch (sso.getFirst()) {
                case "unknown", "deactivated", "linked_elsewhere" -> sso.getFirst();
                default -> "failed";
            };
            signOnError.setText(getTranslation("login.sso.error." + reason));
            signOnError.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}

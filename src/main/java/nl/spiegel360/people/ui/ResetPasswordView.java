package nl.spiegel360.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.people.PasswordResetService;
import nl.spiegel360.people.PersonLimits;

/** Sets a new password with a one-time link from HR. */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PasswordResetService resets;
    private String token = "";

    ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("page");
        var fresh = new PasswordField(getTranslation("account.new"));
        fresh.setId("reset-new");
        fresh.setHelperText(getTranslation("people.password.help", PersonLimits.PASSWORD_MIN));
        fresh.setMaxLength(PersonLimits.PASSWORD_MAX);
        var repeat = new PasswordField(getTranslation("account.repeat"));
        repeat.setId("reset-repeat");
        var result = new Paragraph();
        result.setId("reset-result");
        var save = new Button(getTranslation("account.change"), e -> {
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("account.mismatch"));
                return;
            }
            try {
                resets.reset(token, fresh.getValue());
                result.setText(getTranslation("reset.done"));
                fresh.setEnabled(false);
                repeat.setEnabled(false);
                add(new Anchor("login", getTranslation("login.title")));
            } catch (UserFacingException ex) {
                result.setText(Notices.text(ex));
                result.addClassName("form-error");
            }
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("reset.title")), fresh, repeat, save, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }
}

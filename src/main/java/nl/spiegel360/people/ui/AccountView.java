package nl.spiegel360.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.people.OwnAccount;
import nl.spiegel360.people.PersonLimits;

/** The signed-in user's own account: change the password. */
@Route("account")
@Menu(order = 95, icon = "KEY", title = "account.title")
@PermitAll
class AccountView extends Main implements HasDynamicTitle {

    AccountView(OwnAccount people) {
        addClassName("page");
        var current = new PasswordField(getTranslation("account.current"));
        current.setId("account-current");
        var fresh = new PasswordField(getTranslation("account.new"));
        fresh.setId("account-new");
        fresh.setHelperText(getTranslation("people.password.help", PersonLimits.PASSWORD_MIN));
        fresh.setMaxLength(PersonLimits.PASSWORD_MAX);
        var repeat = new PasswordField(getTranslation("account.repeat"));
        repeat.setId("account-repeat");
        var change = new Button(getTranslation("account.change"), e -> {
            fresh.setInvalid(false);
            current.setInvalid(false);
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("account.mismatch"));
                return;
            }
            try {
                people.changeOwnPassword(current.getValue(), fresh.getValue());
                current.clear();
                fresh.clear();
                repeat.clear();
                Notices.success("account.changed");
            } catch (UserFacingException ex) {
                var field = "people.error.current-password".equals(ex.messageKey()) ? current : fresh;
                field.setInvalid(true);
                field.setErrorMessage(Notices.text(ex));
            }
        });
        change.setId("account-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(current, fresh, repeat);
        form.setMaxWidth("32rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2(getTranslation("account.change")), form, change);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}

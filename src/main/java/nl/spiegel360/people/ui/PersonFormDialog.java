package nl.spiegel360.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Objects;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonDraft;
import nl.spiegel360.people.PersonLimits;
import nl.spiegel360.people.PersonSummary;
import org.jspecify.annotations.Nullable;

/** Creates or edits one person and their account. */
class PersonFormDialog extends Dialog {

    /** The form's values, bound field by field. */
    static final class FormData {
        String name = "";
        String email = "";
        String jobTitle = "";
        @Nullable String team;
        @Nullable PersonSummary manager;
        boolean hr;
        String password = "";
    }

    private final transient PersonAdministration people;
    private final transient nl.spiegel360.people.PasswordResetService resetLinks;
    private final @Nullable PersonSummary existing;
    private final Runnable onSaved;
    private final Binder<FormData> binder = new Binder<>();
    private final FormData data = new FormData();
    private final Paragraph error = new Paragraph();

    PersonFormDialog(PersonAdministration people, nl.spiegel360.people.PasswordResetService resetLinks,
            @Nullable PersonSummary existing, Runnable onSaved) {
        this.people = people;
        this.resetLinks = resetLinks;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("person-form");
        setHeaderTitle(getTranslation(existing == null ? "people.form.new" : "people.form.edit"));
        setWidth("min(40rem, 95vw)");
        add(form(), error);
        error.addClassName("form-error");
        error.setId("person-form-error");
        error.getElement().setAttribute("role", "alert");
        buttons();
        if (existing != null) {
            data.name = existing.name();
            data.email = existing.email();
            data.jobTitle = Objects.requireNonNullElse(existing.jobTitle(), "");
            data.team = existing.team();
            data.hr = existing.hr();
            data.manager = existing.managerId() == null ? null : people.activePeople().stream()
                    .filter(p -> p.id() == existing.managerId()).findFirst().orElse(null);
        }
        binder.readBean(data);
    }

    private FormLayout form() {
        var name = new TextField(getTranslation("people.name"));
        name.setId("person-name");
        name.setMaxLength(PersonLimits.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        binder.forField(name).asRequired(getTranslation("people.error.name-required"))
                .withValidator(new StringLengthValidator(getTranslation("people.error.name-too-long"), 1,
                        PersonLimits.NAME_MAX))
                .bind(d -> d.name, (d, v) -> d.name = v);
        var email = new EmailField(getTranslation("people.email"));
        email.setId("person-email");
        email.setMaxLength(PersonLimits.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        binder.forField(email).asRequired(getTranslation("people.error.email-required"))
                .withValidator(new EmailValidator(getTranslation("people.error.email-invalid")))
                .bind(d -> d.email, (d, v) -> d.email = v);
        var jobTitle = new TextField(getTranslation("people.job-title"));
        jobTitle.setId("person-job-title");
        jobTitle.setMaxLength(PersonLimits.JOB_TITLE_MAX);
        binder.forField(jobTitle).bind(d -> d.jobTitle, (d, v) -> d.jobTitle = v);
        var team = new ComboBox<String>(getTranslation("people.team"));
        team.setId("person-team");
        team.setItems(people.teams());
        team.setAllowCustomValue(true);
        team.addCustomValueSetListener(e -> team.setValue(e.getDetail()));
        binder.forField(team).bind(d -> d.team, (d, v) -> d.team = v);
        var manager = new ComboBox<PersonSummary>(getTranslation("people.manager"));
        manager.setId("person-manager");
        manager.setItems(people.activePeople().stream()
                .filter(p -> existing == null || p.id() != existing.id()).toList());
        manager.setItemLabelGenerator(p -> p.name() + " (" + p.email() + ")");
        manager.setClearButtonVisible(true);
        binder.forField(manager).bind(d -> d.manager, (d, v) -> d.manager = v);
        var hr = new Checkbox(getTranslation("people.hr"));
        hr.setId("person-hr");
        binder.forField(hr).bind(d -> d.hr, (d, v) -> d.hr = v);
        var password = new PasswordField(getTranslation(existing == null ? "people.password" : "people.new-password"));
        password.setId("person-password");
        password.setHelperText(getTranslation("people.password.help", PersonLimits.PASSWORD_MIN));
        password.setMaxLength(PersonLimits.PASSWORD_MAX);
        binder.forField(password)
                .withValidator(v -> v.isEmpty() || v.length() >= PersonLimits.PASSWORD_MIN,
                        getTranslation("people.error.password-length", PersonLimits.PASSWORD_MIN))
                .bind(d -> d.password, (d, v) -> d.password = v);
        var layout = new FormLayout(name, email, jobTitle, team, manager, password, hr);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        return layout;
    }

    private void buttons() {
        var save = new Button(getTranslation("action.save"), e -> save());
        save.setId("person-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("person-cancel");
        getFooter().add(cancel, save);
        if (existing != null) {
            boolean active = existing.active();
            var toggle = new Button(getTranslation(active ? "people.deactivate" : "people.reactivate"),
                    e -> run(() -> {
                        if (active) {
                            people.deactivate(existing.id());
                        } else {
                            people.reactivate(existing.id());
                        }
                    }));
            toggle.setId("person-toggle-active");
            var reset = new Button(getTranslation("reset.send"), e -> {
                try {
                    resetLinks.issue(existing.id());
                    Notices.success("reset.sent");
                } catch (UserFacingException ex) {
                    error.setText(Notices.text(ex));
                }
            });
            reset.setId("person-reset-link");
            reset.setEnabled(active);
            getFooter().addComponentAsFirst(reset);
            toggle.addThemeVariants(active ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            getFooter().addComponentAsFirst(toggle);
        }
    }

    private void save() {
        if (!binder.writeBeanIfValid(data)) {
            return;
        }
        var draft = new PersonDraft(data.name, data.email, data.jobTitle, data.team,
                data.manager == null ? null : data.manager.id(), data.hr,
                data.password.isEmpty() ? null : data.password);
        run(() -> {
            if (existing == null) {
                people.create(draft);
            } else {
                people.update(existing.id(), existing.version(), draft);
            }
        });
    }

    private void run(Runnable action) {
        try {
            action.run();
            Notices.success("action.saved");
            onSaved.run();
            close();
        } catch (UserFacingException e) {
            error.setText(Notices.text(e));
        }
    }
}

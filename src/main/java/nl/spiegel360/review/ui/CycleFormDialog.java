package nl.spiegel360.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.review.CycleDraft;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleSettings;

/** A new review cycle: name, dates, nomination limits and the aggregation settings (defaults filled in). */
class CycleFormDialog extends Dialog {

    /** The engine's defaults: the one home of the values a new cycle starts from. */
    private static final Settings DEFAULTS = Settings.defaults();

    final TextField name = new TextField();
    final DatePicker opens = new DatePicker();
    final DatePicker nominationDeadline = new DatePicker();
    final DatePicker ratingDeadline = new DatePicker();
    private final IntegerField peersMin = new IntegerField();
    private final IntegerField peersMax = new IntegerField();
    private final IntegerField maxRequests = new IntegerField();
    private final IntegerField reminderDays = new IntegerField();
    private final IntegerField pulseWeeks = new IntegerField();
    private final Checkbox directReports = new Checkbox();
    private final NumberField threshold = new NumberField();
    private final NumberField coverage = new NumberField();
    private final NumberField managerWeight = new NumberField();
    private final NumberField peerWeight = new NumberField();
    private final IntegerField peerMinimum = new IntegerField();
    private final Checkbox externalRaters = new Checkbox();
    private final NumberField externalWeight = new NumberField();
    private final IntegerField externalMinimum = new IntegerField();
    private final Paragraph error = new Paragraph();

    CycleFormDialog(CycleService cycles, Clock clock, Runnable onSaved) {
        setId("cycle-form");
        setHeaderTitle(getTranslation("cycle.new"));
        setWidth("min(44rem, 96vw)");
        LocalDate today = LocalDate.now(clock);
        setup(name, "cycle.name", "cycle-name");
        name.setRequiredIndicatorVisible(true);
        setup(opens, "cycle.opens", "cycle-opens", today);
        setup(nominationDeadline, "cycle.nomination-deadline", "cycle-nomination-deadline", today.plusWeeks(2));
        setup(ratingDeadline, "cycle.rating-deadline", "cycle-rating-deadline", today.plusWeeks(5));
        setup(peersMin, "cycle.peers-min", CycleDraft.DEFAULT_PEERS_MIN);
        setup(peersMax, "cycle.peers-max", CycleDraft.DEFAULT_PEERS_MAX);
        setup(maxRequests, "cycle.max-requests", CycleDraft.DEFAULT_MAX_REQUESTS);
        setup(reminderDays, "cycle.reminder-days", CycleDraft.DEFAULT_REMINDER_DAYS);
        setup(pulseWeeks, "cycle.pulse-weeks", CycleDraft.DEFAULT_PULSE_WEEKS);
        pulseWeeks.setMax(CycleDraft.MAX_PULSE_WEEKS);
        pulseWeeks.setHelperText(getTranslation("cycle.pulse-weeks.help"));
        directReports.setLabel(getTranslation("cycle.direct-reports"));
        setup(threshold, "cycle.threshold", DEFAULTS.threshold());
        setup(coverage, "cycle.coverage", DEFAULTS.minCoverage());
        setup(managerWeight, "cycle.weight-manager", DEFAULTS.weight(RaterGroup.MANAGER));
        setup(peerWeight, "cycle.weight-peer", DEFAULTS.weight(RaterGroup.PEER));
        setup(peerMinimum, "cycle.peer-anonymity", DEFAULTS.minimum(RaterGroup.PEER));
        externalRaters.setId("cycle-external");
        externalRaters.setLabel(getTranslation("cycle.external"));
        externalRaters.setHelperText(getTranslation("cycle.external.help"));
        setup(externalWeight, "cycle.weight-external", DEFAULTS.weight(RaterGroup.EXTERNAL));
        setup(externalMinimum, "cycle.external-anonymity", DEFAULTS.minimum(RaterGroup.EXTERNAL));
        externalWeight.setId("cycle-external-weight");
        externalMinimum.setId("cycle-external-anonymity");
        externalMinimum.setMin(1);
        externalWeight.setEnabled(false);
        externalMinimum.setEnabled(false);
        externalRaters.addValueChangeListener(e -> {
            externalWeight.setEnabled(e.getValue());
            externalMinimum.setEnabled(e.getValue());
        });
        var form = new FormLayout(name, opens, nominationDeadline, ratingDeadline, peersMin, peersMax, maxRequests,
                reminderDays, pulseWeeks, directReports, threshold, coverage, managerWeight, peerWeight, peerMinimum,
                externalRaters, externalWeight, externalMinimum);
        form.setColspan(name, 2);
        form.setColspan(externalRaters, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        error.setId("cycle-form-error");
        error.addClassName("form-error");
        add(form, error);
        var save = new Button(getTranslation("action.save"), e -> {
            try {
                cycles.create(draft());
                Notices.success("action.saved");
                onSaved.run();
                close();
            } catch (UserFacingException ex) {
                error.setText(Notices.text(ex));
            }
        });
        save.setId("cycle-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    CycleDraft draft() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("threshold", value(threshold, DEFAULTS.threshold()));
        settings.put("minCoverage", value(coverage, DEFAULTS.minCoverage()));
        settings.put("weights", Map.of("MANAGER", value(managerWeight, DEFAULTS.weight(RaterGroup.MANAGER)), "PEER",
                value(peerWeight, DEFAULTS.weight(RaterGroup.PEER)), "EXTERNAL",
                value(externalWeight, DEFAULTS.weight(RaterGroup.EXTERNAL))));
        settings.put("anonymityMin", Map.of("PEER", peerMinimum.getValue() == null ? DEFAULTS.minimum(RaterGroup.PEER)
                : peerMinimum.getValue(), "EXTERNAL", externalMinimum.getValue() == null
                        ? DEFAULTS.minimum(RaterGroup.EXTERNAL) : externalMinimum.getValue()));
        String json = CycleSettings.write(settings);
        return new CycleDraft(name.getValue(), opens.getValue(), nominationDeadline.getValue(),
                ratingDeadline.getValue(), intValue(peersMin), intValue(peersMax), directReports.getValue(),
                intValue(maxRequests), intValue(reminderDays), json, intValue(pulseWeeks), externalRaters.getValue());
    }

    private static double value(NumberField field, double fallback) {
        return field.getValue() == null ? fallback : field.getValue();
    }

    private static int intValue(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private void setup(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setMaxLength(120);
    }

    private void setup(DatePicker field, String key, String id, LocalDate value) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setLocale(getLocale());
        nl.spiegel360.base.ui.DatePickerTexts.apply(field);
        field.setValue(value);
    }

    private void setup(IntegerField field, String key, int value) {
        field.setLabel(getTranslation(key));
        field.setValue(value);
        field.setStepButtonsVisible(true);
        field.setMin(0);
    }

    private void setup(NumberField field, String key, double value) {
        field.setLabel(getTranslation(key));
        field.setValue(value);
        field.setStep(0.1);
    }
}

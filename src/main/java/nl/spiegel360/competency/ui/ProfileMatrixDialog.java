package nl.spiegel360.competency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.competency.CompetencyService;
import nl.spiegel360.competency.CompetencyReadModels.ProfileCompetency;
import nl.spiegel360.competency.CompetencyReadModels.RoleProfileSummary;
import nl.spiegel360.competency.MatrixEntryDraft;
import nl.spiegel360.competency.RoleProfileService;

/**
 * The competency matrix of a profile: which competencies it uses, each with its norm level and whether external
 * raters (customers, partners) are asked about it.
 */
class ProfileMatrixDialog extends Dialog {

    /** One competency that can be in the matrix, with its controls. */
    record Row(long competencyId, String label, Checkbox included, Select<Integer> norm, Checkbox external) {
    }

    private final transient RoleProfileService profiles;
    private final RoleProfileSummary profile;
    private final Runnable onSaved;
    private final List<Row> rows = new ArrayList<>();
    private final Paragraph error = new Paragraph();

    ProfileMatrixDialog(RoleProfileService profiles, CompetencyService competencies, RoleProfileSummary profile,
            Runnable onSaved) {
        this.profiles = profiles;
        this.profile = profile;
        this.onSaved = onSaved;
        setId("profile-matrix");
        setHeaderTitle(getTranslation("profile.matrix.title", profile.name()));
        setWidth("min(40rem, 96vw)");
        if (profile.frozen()) {
            add(new Paragraph(getTranslation("profile.matrix.frozen")));
        }
        var list = new Div();
        list.addClassName("matrix-editor");
        List<ProfileCompetency> current = profiles.document(profile.id()).competencies();
        current.forEach(c -> list.add(row(c.competencyId(), c.label(), c.levels().size(), c.norm(), true,
                c.externalJudges())));
        competencies.library(null).stream()
                .filter(c -> current.stream().noneMatch(p -> p.label().equalsIgnoreCase(c.label())))
                .forEach(c -> list.add(row(c.id(), c.label(), c.levels(), 1, false, false)));
        error.addClassName("form-error");
        error.setId("profile-matrix-error");
        add(list, error);
        var save = new Button(getTranslation("action.save"), e -> save());
        save.setId("profile-matrix-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private Div row(long id, String label, int levels, int norm, boolean included, boolean externalJudges) {
        var check = new Checkbox(label, included);
        check.setId("matrix-include-" + id);
        Select<Integer> select = new Select<>();
        select.setId("matrix-norm-" + id);
        select.setAriaLabel(getTranslation("profile.matrix.norm-of", label));
        select.setItems(IntStream.rangeClosed(1, levels).boxed().toList());
        select.setItemLabelGenerator(n -> getTranslation("profile.document.norm-level", n));
        select.setValue(Math.min(norm, levels));
        select.setEnabled(included);
        var external = new Checkbox(getTranslation("profile.matrix.external"), externalJudges);
        external.setId("matrix-external-" + id);
        external.setAriaLabel(getTranslation("profile.matrix.external-of", label));
        external.setEnabled(included);
        check.addValueChangeListener(e -> {
            select.setEnabled(e.getValue());
            external.setEnabled(e.getValue());
        });
        rows.add(new Row(id, label, check, select, external));
        var row = new Div(check, select, external);
        row.addClassName("matrix-row");
        return row;
    }

    List<Row> rows() {
        return rows;
    }

    private void save() {
        List<MatrixEntryDraft> matrix = rows.stream().filter(r -> r.included().getValue())
                .map(r -> new MatrixEntryDraft(r.competencyId(), r.norm().getValue(), r.external().getValue())).toList();
        try {
            var saved = profiles.saveMatrix(profile.id(), profile.version(), matrix);
            Notices.success(saved.id() == profile.id() ? "action.saved" : "profile.matrix.revised", saved.revision());
            onSaved.run();
            close();
        } catch (UserFacingException e) {
            error.setText(Notices.text(e));
        }
    }
}

package nl.spiegel360.competency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.spiegel360.base.LocalePreference;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.competency.CompetencyDraft;
import nl.spiegel360.competency.CompetencyText;
import nl.spiegel360.competency.CompetencyKind;
import nl.spiegel360.competency.CompetencyLimits;
import nl.spiegel360.competency.CompetencyService;
import nl.spiegel360.competency.CompetencyReadModels.CompetencyDetail;
import nl.spiegel360.competency.IndicatorDraft;
import nl.spiegel360.competency.IndicatorFigures;
import org.jspecify.annotations.Nullable;

/** Edits a competency: label, definition, cluster, kind, and its levels' indicators (add, reorder, remove). */
class CompetencyEditorDialog extends Dialog {

    /**
     * An indicator being edited: its id when it exists already, the text as typed (bold between {@code **}), its
     * translation as typed and its self phrasing (kept as it is).
     */
    static final class IndicatorRow {
        final @Nullable Long id;
        String text;
        String translation;
        final @Nullable String selfText;

        IndicatorRow(@Nullable Long id, String text, String translation, @Nullable String selfText) {
            this.id = id;
            this.text = text;
            this.translation = translation;
            this.selfText = selfText;
        }

        IndicatorRow() {
            this(null, "", "", null);
        }
    }

    private final transient CompetencyService competencies;
    private final Map<Long, IndicatorFigures.Figures> figures;
    private final @Nullable CompetencyDetail existing;
    private final Runnable onSaved;
    final TextField label = new TextField();
    final TextArea definition = new TextArea();
    final ComboBox<String> cluster = new ComboBox<>();
    final RadioButtonGroup<CompetencyKind> kind = new RadioButtonGroup<>();
    /** The language the competency can be translated into, and its label and definition in it. */
    private final String language = LocalePreference.SUPPORTED.get(1).getLanguage();
    final TextField translatedLabel = new TextField();
    final TextArea translatedDefinition = new TextArea();
    private final List<List<IndicatorRow>> levels = new ArrayList<>();
    private final Div levelsArea = new Div();
    private final Paragraph error = new Paragraph();

    CompetencyEditorDialog(CompetencyService competencies, @Nullable CompetencyDetail existing, Runnable onSaved) {
        this(competencies, existing, onSaved, Map.of());
    }

    /** {@code figures}: what closed reviews say of the existing indicators, shown beside the flagged ones. */
    CompetencyEditorDialog(CompetencyService competencies, @Nullable CompetencyDetail existing, Runnable onSaved,
            Map<Long, IndicatorFigures.Figures> figures) {
        this.figures = figures;
        this.competencies = competencies;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("competency-editor");
        setHeaderTitle(getTranslation(existing == null ? "competency.new" : "competency.edit", existing == null ? ""
                : existing.label()));
        setWidth("min(56rem, 96vw)");
        fields();
        if (existing != null) {
            label.setValue(existing.label());
            definition.setValue(existing.definition());
            cluster.setValue(existing.cluster());
            kind.setValue(existing.kind());
            existing.levels().forEach(l -> levels.add(new ArrayList<>(l.indicators().stream()
                    .map(i -> new IndicatorRow(i.id(), i.marked(), i.translations().getOrDefault(language, ""),
                            i.selfText())).toList())));
            CompetencyText translated = existing.translations().get(language);
            if (translated != null) {
                translatedLabel.setValue(translated.label());
                translatedDefinition.setValue(translated.definition());
            }
            if (existing.frozen()) {
                add(new Paragraph(getTranslation("competency.frozen")));
            }
        } else {
            kind.setValue(CompetencyKind.GENERIC);
            levels.add(new ArrayList<>(List.of(new IndicatorRow())));
        }
        levelsArea.setId("competency-levels");
        error.setId("competency-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(levelsArea, error);
        renderLevels();
        var save = new Button(getTranslation("action.save"), e -> save());
        save.setId("competency-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void fields() {
        label.setLabel(getTranslation("competency.label"));
        label.setId("competency-label");
        label.setMaxLength(CompetencyLimits.LABEL_MAX);
        label.setRequiredIndicatorVisible(true);
        definition.setLabel(getTranslation("competency.definition"));
        definition.setId("competency-definition");
        definition.setMaxLength(CompetencyLimits.DEFINITION_MAX);
        definition.setRequiredIndicatorVisible(true);
        cluster.setLabel(getTranslation("competency.cluster"));
        cluster.setId("competency-cluster");
        cluster.setItems(competencies.library(null).stream().map(c -> c.cluster()).distinct().sorted().toList());
        cluster.setAllowCustomValue(true);
        cluster.addCustomValueSetListener(e -> cluster.setValue(e.getDetail()));
        cluster.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("competency.kind"));
        kind.setId("competency-kind");
        kind.setItems(CompetencyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("competency.kind." + k.name()));
        String languageName = languageName();
        translatedLabel.setLabel(getTranslation("competency.translation.label", languageName));
        translatedLabel.setId("competency-label-" + language);
        translatedLabel.setMaxLength(CompetencyLimits.LABEL_MAX);
        translatedDefinition.setLabel(getTranslation("competency.translation.definition", languageName));
        translatedDefinition.setId("competency-definition-" + language);
        translatedDefinition.setMaxLength(CompetencyLimits.DEFINITION_MAX);
        translatedDefinition.setHelperText(getTranslation("competency.translation.helper"));
        var form = new FormLayout(label, cluster, definition, kind, translatedLabel, translatedDefinition);
        form.setColspan(definition, 2);
        form.setColspan(translatedDefinition, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(form);
    }

    private void renderLevels() {
        levelsArea.removeAll();
        var hint = new Paragraph(getTranslation("competency.indicator.emphasis"));
        hint.addClassName("label");
        levelsArea.add(hint);
        for (int l = 0; l < levels.size(); l++) {
            int level = l;
            var section = new Div(new H4(getTranslation("profile.document.level", level + 1)));
            section.addClassName("level-editor");
            List<IndicatorRow> rows = levels.get(level);
            for (int i = 0; i < rows.size(); i++) {
                section.add(indicator(level, i, rows.get(i)));
            }
            var addIndicator = new Button(getTranslation("competency.indicator.add"), VaadinIcon.PLUS.create(),
                    e -> change(() -> rows.add(new IndicatorRow())));
            addIndicator.setId("indicator-add-" + (level + 1));
            addIndicator.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            section.add(addIndicator);
            levelsArea.add(section);
        }
        var addLevel = new Button(getTranslation("competency.level.add"), VaadinIcon.PLUS.create(),
                e -> change(() -> levels.add(new ArrayList<>(List.of(new IndicatorRow())))));
        addLevel.setId("level-add");
        addLevel.setEnabled(levels.size() < CompetencyLimits.MAX_LEVELS);
        var removeLevel = new Button(getTranslation("competency.level.remove"), VaadinIcon.MINUS.create(),
                e -> change(() -> levels.removeLast()));
        removeLevel.setId("level-remove");
        removeLevel.setEnabled(levels.size() > 1);
        levelsArea.add(new Div(addLevel, removeLevel));
    }

    private Div indicator(int level, int index, IndicatorRow row) {
        var text = new TextArea();
        text.setId("indicator-" + (level + 1) + "-" + (index + 1));
        text.setAriaLabel(getTranslation("competency.indicator.label", level + 1, index + 1));
        text.setMaxLength(CompetencyLimits.MARKED_MAX);
        text.setValue(row.text);
        text.addValueChangeListener(e -> row.text = e.getValue());
        text.addClassName("indicator-text");
        var translated = new TextArea();
        translated.setId("indicator-" + (level + 1) + "-" + (index + 1) + "-" + language);
        translated.setAriaLabel(getTranslation("competency.indicator.translation", level + 1, index + 1,
                languageName()));
        translated.setPlaceholder(languageName());
        translated.setMaxLength(CompetencyLimits.MARKED_MAX);
        translated.setValue(row.translation);
        translated.addValueChangeListener(e -> row.translation = e.getValue());
        translated.addClassName("indicator-text");
        translated.addClassName("indicator-translation");
        List<IndicatorRow> rows = levels.get(level);
        var up = iconButton(VaadinIcon.ARROW_UP, "competency.indicator.up", index > 0,
                () -> rows.add(index - 1, rows.remove(index)));
        var down = iconButton(VaadinIcon.ARROW_DOWN, "competency.indicator.down", index < rows.size() - 1,
                () -> rows.add(index + 1, rows.remove(index)));
        var remove = iconButton(VaadinIcon.TRASH, "competency.indicator.remove", true, () -> rows.remove(index));
        remove.setId("indicator-remove-" + (level + 1) + "-" + (index + 1));
        var texts = new Div(text, translated);
        texts.addClassName("indicator-texts");
        IndicatorFigures.Figures known = row.id == null ? null : figures.get(row.id);
        if (known != null && !known.flags().isEmpty()) {
            var flag = new com.vaadin.flow.component.html.Span(getTranslation("competency.indicator.flagged",
                    known.flags().stream().sorted().map(f -> getTranslation("quality.flag." + f))
                            .collect(java.util.stream.Collectors.joining(", ")),
                    percent(known.cantJudgeRate()), number(known.itemTotal()), number(known.sd())));
            flag.setId("indicator-flag-" + (level + 1) + "-" + (index + 1));
            flag.addClassName("indicator-flag");
            texts.add(flag);
        }
        var line = new Div(texts, up, down, remove);
        line.addClassName("indicator-row");
        return line;
    }

    private String percent(@Nullable Double value) {
        return nl.spiegel360.base.ui.Numbers.percent(value, getLocale());
    }

    private String number(@Nullable Double value) {
        return nl.spiegel360.base.ui.Numbers.twoDecimals(value, getLocale());
    }

    private String languageName() {
        return java.util.Locale.forLanguageTag(language).getDisplayLanguage(getLocale());
    }

    private Button iconButton(VaadinIcon icon, String labelKey, boolean enabled, Runnable action) {
        var button = new Button(icon.create(), e -> change(action));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.setEnabled(enabled);
        return button;
    }

    private void change(Runnable structureChange) {
        structureChange.run();
        renderLevels();
    }

    private void save() {
        var draft = new CompetencyDraft(label.getValue(), definition.getValue(),
                cluster.getValue() == null ? "" : cluster.getValue(), kind.getValue(),
                levels.stream().map(rows -> rows.stream().map(r -> new IndicatorDraft(r.id, r.text, r.selfText,
                        r.translation.isBlank() ? Map.of() : Map.of(language, r.translation))).toList()).toList(),
                translatedLabel.getValue().isBlank() && translatedDefinition.getValue().isBlank() ? Map.of()
                        : Map.of(language, new CompetencyText(translatedLabel.getValue(),
                                translatedDefinition.getValue())));
        try {
            competencies.save(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(),
                    draft);
            Notices.success("action.saved");
            onSaved.run();
            close();
        } catch (UserFacingException e) {
            error.setText(Notices.text(e));
        }
    }
}

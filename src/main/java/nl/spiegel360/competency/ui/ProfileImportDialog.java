package nl.spiegel360.competency.ui;

import nl.spiegel360.base.Emphasis;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.stream.Collectors;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.BoundedUpload;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.base.ui.UploadTexts;
import nl.spiegel360.competency.ImportMessage;
import nl.spiegel360.competency.ProfileDefinition;
import nl.spiegel360.competency.ProfileDiff;
import nl.spiegel360.competency.ProfileDefinition.CompetencyDefinition;
import nl.spiegel360.competency.ProfileImportPreview;
import nl.spiegel360.competency.ProfileImportService;

/** Upload a profile document or JSON file, see what was read (or where it is broken), then confirm. */
class ProfileImportDialog extends Dialog {

    enum Format { DOCUMENT, JSON }

    /** Larger than any profile; the reader itself refuses anything over 2 MB with a clear message. */
    private static final int MAX_UPLOAD_BYTES = 32 * 1024 * 1024;

    private final transient ProfileImportService imports;
    private final Format format;
    private final Runnable onImported;
    private final Div result = new Div();
    private final Button confirm = new Button();
    private final Checkbox movePeople = new Checkbox();
    private byte[] content = new byte[0];

    ProfileImportDialog(ProfileImportService imports, Format format, Runnable onImported) {
        this.imports = imports;
        this.format = format;
        this.onImported = onImported;
        setId("profile-import");
        setHeaderTitle(getTranslation(format == Format.DOCUMENT ? "profile.import.document" : "profile.import.json"));
        setWidth("min(60rem, 96vw)");
        var upload = new Upload(BoundedUpload.inMemory(MAX_UPLOAD_BYTES, this::showPreview,
                () -> Notices.errorText(getTranslation("upload.error.too-large", MAX_UPLOAD_BYTES / 1024 / 1024))));
        upload.setId("profile-import-upload");
        UploadTexts.apply(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(format == Format.DOCUMENT ? new String[] {".txt", ".md", "text/plain"}
                : new String[] {".json", "application/json"});
        upload.addFileRejectedListener(e -> Notices.errorText(getTranslation("upload.error.too-large", 2)));
        result.setId("profile-import-result");
        confirm.setText(getTranslation("profile.import.confirm"));
        confirm.setId("profile-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> importIt());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        add(new Paragraph(getTranslation(format == Format.DOCUMENT ? "profile.import.document.help"
                : "profile.import.json.help")), upload, result);
    }

    void showPreview(byte[] bytes) {
        content = bytes;
        result.removeAll();
        ProfileImportPreview preview = format == Format.DOCUMENT ? imports.previewDocument(bytes)
                : imports.previewJson(bytes);
        if (!preview.errors().isEmpty()) {
            var heading = new Paragraph(getTranslation("profile.import.errors", preview.errors().size()));
            heading.addClassName("form-error");
            result.add(heading, messages(preview.errors(), "profile-import-errors"));
        }
        if (!preview.warnings().isEmpty()) {
            result.add(new Paragraph(getTranslation("profile.import.warnings")),
                    messages(preview.warnings(), "profile-import-warnings"));
        }
        ProfileDefinition profile = preview.profile();
        if (profile != null) {
            ProfileDiff same = preview.diff();
            String kind = preview.existingRevisions() == 0 ? "profile.import.summary.new"
                    : same != null && same.identical() ? "profile.import.summary.read"
                    : "profile.import.summary.revision";
            var summary = new Paragraph(getTranslation(kind, profile.name(), profile.versionLabel(),
                    profile.competencies().size(), profile.indicatorCount(), preview.existingRevisions() + 1));
            summary.setId("profile-import-summary");
            result.add(summary);
            ProfileDiff diff = preview.diff();
            if (diff != null) {
                result.add(diff(diff, preview.peopleOnCurrent()));
            }
            result.add(competencies(profile.competencies()));
        }
        confirm.setEnabled(preview.canImport());
    }

    /** What differs from the current revision, and whether its people move to the new one. */
    private Div diff(ProfileDiff diff, long people) {
        var section = new Div();
        section.setId("profile-import-diff");
        if (diff.identical()) {
            var same = new Paragraph(getTranslation("profile.import.diff.identical", diff.currentRevision()));
            same.addClassName("form-error");
            same.setId("profile-import-identical");
            section.add(same);
            return section;
        }
        section.add(new Paragraph(getTranslation("profile.import.diff.title", diff.currentRevision(),
                diff.changes().size())));
        var list = new UnorderedList();
        list.setId("profile-import-changes");
        for (ProfileDiff.Change c : diff.changes()) {
            String text = c.text() == null ? "" : c.kind() == ProfileDiff.Kind.TRANSLATION_CHANGED
                    ? java.util.Locale.forLanguageTag(c.text()).getDisplayLanguage(getLocale())
                    : nl.spiegel360.base.Emphasis.plain(c.text());
            list.add(new ListItem(getTranslation("profile.import.diff." + c.kind().name(), c.competency(), c.level(),
                    text, c.before(), c.after())));
        }
        section.add(list);
        movePeople.setLabel(getTranslation("profile.import.move-people", people, diff.currentRevision()));
        movePeople.setId("profile-import-move-people");
        movePeople.setValue(false);
        movePeople.setVisible(people > 0);
        section.add(movePeople);
        return section;
    }

    private UnorderedList messages(List<ImportMessage> messages, String id) {
        var list = new UnorderedList();
        list.setId(id);
        for (ImportMessage m : messages) {
            String text = getTranslation(m.messageKey(), m.arguments().toArray());
            if (m.line() > 0) {
                text = getTranslation("common.line", m.line(), text);
            } else if (m.path() != null) {
                text = getTranslation("common.path", m.path(), text);
            }
            list.add(new ListItem(text));
        }
        return list;
    }

    private Grid<CompetencyDefinition> competencies(List<CompetencyDefinition> competencies) {
        Grid<CompetencyDefinition> grid = new Grid<>();
        grid.setId("profile-import-preview");
        grid.addColumn(CompetencyDefinition::label).setHeader(getTranslation("profile.document.competency"))
                .setAutoWidth(true);
        grid.addColumn(CompetencyDefinition::cluster).setHeader(getTranslation("competency.cluster"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("competency.kind." + c.kind().name()))
                .setHeader(getTranslation("competency.kind"));
        grid.addColumn(CompetencyDefinition::norm).setHeader(getTranslation("profile.norm"));
        grid.addColumn(c -> c.levels().stream().map(l -> String.valueOf(l.size())).collect(Collectors.joining(" + "))
                + " = " + c.indicatorCount()).setHeader(getTranslation("profile.import.indicators-per-level"))
                .setAutoWidth(true);
        grid.setItems(competencies);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void importIt() {
        try {
            var saved = format == Format.DOCUMENT ? imports.importDocument(content, movePeople.getValue())
                    : imports.importJson(content, movePeople.getValue());
            Notices.success("profile.import.done", saved.name(), saved.revision());
            onImported.run();
            close();
        } catch (UserFacingException e) {
            Notices.error(e);
            showPreview(content);
        }
    }
}

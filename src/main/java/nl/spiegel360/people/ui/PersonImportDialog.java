package nl.spiegel360.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.BoundedUpload;
import nl.spiegel360.base.ui.UploadTexts;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.people.PeopleImport;
import nl.spiegel360.people.PersonImportPreview;

/** Upload a CSV file of people, see what it holds and every problem by line, then import all or nothing. */
class PersonImportDialog extends Dialog {

    private static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

    private final transient PeopleImport people;
    private final Runnable onImported;
    private final Div result = new Div();
    private final Button confirm = new Button();
    private byte[] content = new byte[0];

    PersonImportDialog(PeopleImport people, Runnable onImported) {
        this.people = people;
        this.onImported = onImported;
        setId("person-import");
        setHeaderTitle(getTranslation("people.import.title"));
        setWidth("min(56rem, 95vw)");
        var help = new Paragraph(getTranslation("people.import.help"));
        var upload = new Upload(BoundedUpload.inMemory(MAX_UPLOAD_BYTES, this::showPreview,
                () -> Notices.errorText(getTranslation("people.import.error.too-large", 2))));
        upload.setId("person-import-upload");
        UploadTexts.apply(upload);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.addFileRejectedListener(e -> Notices.errorText(getTranslation("people.import.error.too-large", 2)));
        result.setId("person-import-result");
        confirm.setText(getTranslation("people.import.confirm"));
        confirm.setId("person-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> importAll());
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        add(help, upload, result);
    }

    /** Shows what the file holds; enables the import only when no line has a problem. */
    void showPreview(byte[] bytes) {
        content = bytes;
        result.removeAll();
        PersonImportPreview preview = people.previewImport(bytes);
        if (!preview.problems().isEmpty()) {
            var heading = new Paragraph(getTranslation("people.import.problems", preview.problems().size()));
            heading.addClassName("form-error");
            var list = new UnorderedList();
            list.setId("person-import-problems");
            for (PersonImportPreview.Problem p : preview.problems()) {
                String message = getTranslation(p.messageKey(), p.arguments().toArray());
                list.add(new ListItem(p.line() > 0 ? getTranslation("people.import.line", p.line(), message) : message));
            }
            result.add(heading, list);
        } else {
            result.add(new Paragraph(getTranslation("people.import.ready", preview.rows().size())));
        }
        if (!preview.rows().isEmpty()) {
            Grid<PersonImportPreview.Row> grid = new Grid<>();
            grid.setId("person-import-preview");
            grid.addColumn(PersonImportPreview.Row::line).setHeader(getTranslation("people.import.line-column"))
                    .setFlexGrow(0).setWidth("5rem");
            grid.addColumn(PersonImportPreview.Row::name).setHeader(getTranslation("people.name"));
            grid.addColumn(PersonImportPreview.Row::email).setHeader(getTranslation("people.email"));
            grid.addColumn(PersonImportPreview.Row::jobTitle).setHeader(getTranslation("people.job-title"));
            grid.addColumn(PersonImportPreview.Row::managerEmail).setHeader(getTranslation("people.manager"));
            grid.addColumn(PersonImportPreview.Row::team).setHeader(getTranslation("people.team"));
            grid.setItems(preview.rows());
            grid.setAllRowsVisible(preview.rows().size() <= 10);
            result.add(grid);
        }
        confirm.setEnabled(preview.canImport());
    }

    private void importAll() {
        try {
            int count = people.importPeople(content);
            Notices.success("people.import.done", count);
            onImported.run();
            close();
        } catch (UserFacingException e) {
            Notices.error(e);
            showPreview(content);
        }
    }
}

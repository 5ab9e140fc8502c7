package nl.spiegel360.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonSummary;
import nl.spiegel360.privacy.PersonalDataExport;
import nl.spiegel360.privacy.PrivacyService;
import nl.spiegel360.security.Role;

/** HR's privacy tasks: export or erase one person's data, and purge closed cycles past their retention. */
@Route("privacy")
@Menu(order = 92, icon = "SHIELD", title = "privacy.title")
@RolesAllowed(Role.HR_NAME)
class PrivacyView extends Main implements HasDynamicTitle {

    PrivacyView(PrivacyService privacy, PersonalDataExport personalData, PersonAdministration people,
            nl.spiegel360.review.ExternalRaters externals) {
        addClassName("page");
        ComboBox<PersonSummary> person = new ComboBox<>(getTranslation("privacy.person"));
        person.setId("privacy-person");
        // found by name or address as HR types, a page at a time: the organisation may have thousands of people
        person.setItems(query -> people.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        person.setItemLabelGenerator(p -> p.name() + " (" + p.email() + ")");
        person.setWidth("min(28rem, 100%)");
        var export = new Anchor(DownloadHandler.fromInputStream(e -> {
            if (person.getValue() == null) {
                return DownloadResponse.error(400);
            }
            byte[] json = personalData.export(person.getValue().id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), "person-" + person.getValue().id() + ".json",
                    "application/json", json.length);
        }), getTranslation("privacy.export"));
        export.setDownload(true);
        export.setId("privacy-export");
        var erase = new Button(getTranslation("privacy.erase"), e -> {
            if (person.getValue() == null) {
                return;
            }
            var confirm = new ConfirmDialog(getTranslation("privacy.erase"), getTranslation("privacy.erase.text",
                    person.getValue().name()), getTranslation("privacy.erase"), c -> {
                        privacy.erase(person.getValue().id());
                        Notices.success("privacy.erased");
                        person.clear();
                        person.getDataProvider().refreshAll();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        erase.setId("privacy-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var personRow = new Div(person, export, erase);
        personRow.addClassName("toolbar");

        var months = new IntegerField(getTranslation("privacy.months"));
        months.setId("privacy-months");
        months.setValue(24);
        months.setMin(1);
        months.setStepButtonsVisible(true);
        var preview = new UnorderedList();
        preview.setId("privacy-preview");
        var show = new Button(getTranslation("privacy.preview"), e -> {
            preview.removeAll();
            privacy.retentionPreview(months.getValue() == null ? 24 : months.getValue())
                    .forEach(c -> preview.add(new ListItem(c.name() + " · " + c.reviews())));
            if (preview.getChildren().findAny().isEmpty()) {
                preview.add(new ListItem(getTranslation("privacy.nothing")));
            }
        });
        show.setId("privacy-show");
        var purge = new Button(getTranslation("privacy.purge"), e -> {
            int purged = privacy.purge(months.getValue() == null ? 24 : months.getValue());
            Notices.success("privacy.purged", purged);
            preview.removeAll();
        });
        purge.setId("privacy-purge");
        purge.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var retention = new Div(months, show, purge);
        retention.addClassName("toolbar");
        add(new H3(getTranslation("privacy.person-data")), personRow, new H3(getTranslation("privacy.retention")),
                retention, preview, new H3(getTranslation("privacy.external")), externalRaters(externals));
    }

    /**
     * External raters (customers, partners) whose name and address are kept: found by name, address or organisation,
     * a page at a time, each erasable on request.
     */
    private Div externalRaters(nl.spiegel360.review.ExternalRaters externals) {
        var help = new com.vaadin.flow.component.html.Paragraph(getTranslation("privacy.external.help"));
        help.addClassName("label");
        var filter = new com.vaadin.flow.component.textfield.TextField(getTranslation("privacy.external.search"));
        filter.setId("privacy-external-search");
        filter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        var grid = new com.vaadin.flow.component.grid.Grid<nl.spiegel360.review.ExternalRaters.ExternalRaterLine>();
        grid.setId("privacy-external");
        // the columns share the page's width: an address or a cycle's name may be long
        grid.addColumn(l -> l.name()).setHeader(getTranslation("nomination.external.name")).setFlexGrow(1);
        grid.addColumn(l -> l.organisation() == null ? "" : l.organisation())
                .setHeader(getTranslation("nomination.external.organisation")).setFlexGrow(1);
        grid.addColumn(l -> l.email()).setHeader(getTranslation("nomination.external.email")).setFlexGrow(2);
        grid.addColumn(l -> l.cycle()).setHeader(getTranslation("privacy.external.cycle")).setFlexGrow(1);
        grid.addComponentColumn(l -> {
            var erase = new Button(getTranslation("privacy.erase"), e -> {
                var confirm = new ConfirmDialog(getTranslation("privacy.erase"),
                        getTranslation("privacy.external.erase.text", l.name(), l.email()),
                        getTranslation("privacy.erase"), c -> {
                            int erased = externals.erase(l.email());
                            Notices.success("privacy.external.erased", erased);
                            grid.getDataProvider().refreshAll();
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            erase.setId("privacy-external-erase-" + l.assignmentId());
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            erase.setAriaLabel(getTranslation("privacy.external.erase-of", l.name()));
            return erase;
        }).setHeader(getTranslation("profile.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> externals.page(filter.getValue(), query.getOffset(), query.getLimit()).stream());
        grid.setHeight("20rem");
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var section = new Div(help, filter, grid);
        section.setId("privacy-external-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}

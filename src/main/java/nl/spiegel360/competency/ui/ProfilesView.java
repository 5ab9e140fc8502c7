package nl.spiegel360.competency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.spiegel360.competency.CompetencyService;
import nl.spiegel360.competency.CompetencyReadModels.RoleProfileSummary;
import nl.spiegel360.competency.ProfileImportService;
import nl.spiegel360.competency.RoleProfileService;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.security.Role;

/** HR's role profiles: every revision, import from a document or JSON, matrix, export, assignment. */
@Route("profiles")
@Menu(order = 60, icon = "CLIPBOARD_TEXT", title = "profile.list.title")
@RolesAllowed(Role.HR_NAME)
class ProfilesView extends Main implements HasDynamicTitle {

    private final transient RoleProfileService profiles;
    private final transient ProfileImportService imports;
    private final transient CompetencyService competencies;
    private final transient PersonAdministration people;
    private final Grid<RoleProfileSummary> grid = new Grid<>();

    ProfilesView(RoleProfileService profiles, ProfileImportService imports, CompetencyService competencies,
            PersonAdministration people) {
        this.profiles = profiles;
        this.imports = imports;
        this.competencies = competencies;
        this.people = people;
        addClassName("page");
        var importDocument = new Button(getTranslation("profile.import.document"), VaadinIcon.UPLOAD.create(),
                e -> new ProfileImportDialog(imports, ProfileImportDialog.Format.DOCUMENT, this::refresh).open());
        importDocument.setId("profile-import-document");
        importDocument.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var importJson = new Button(getTranslation("profile.import.json"), VaadinIcon.CODE.create(),
                e -> new ProfileImportDialog(imports, ProfileImportDialog.Format.JSON, this::refresh).open());
        importJson.setId("profile-import-json");
        var toolbar = new FlexLayout(importDocument, importJson);
        toolbar.addClassName("toolbar");
        configureGrid();
        add(toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("profiles-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(RoleProfileSummary::name).setHeader(getTranslation("profile.name")).setFlexGrow(2)
                .setKey("name");
        grid.addColumn(p -> p.versionLabel() + " · " + getTranslation("profile.revision", p.revision()))
                .setHeader(getTranslation("profile.version")).setAutoWidth(true);
        grid.addColumn(RoleProfileSummary::competencies).setHeader(getTranslation("profile.competencies"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RoleProfileSummary::indicators).setHeader(getTranslation("profile.indicators"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> {
            var badge = new Span(getTranslation(p.frozen() ? "profile.frozen" : "profile.editable"));
            badge.getElement().getThemeList().add(p.frozen() ? "badge contrast" : "badge");
            return badge;
        }).setHeader(getTranslation("profile.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("profile.actions")).setWidth("14rem")
                .setFlexGrow(1).setKey("actions");
    }

    private com.vaadin.flow.component.html.Div actions(RoleProfileSummary p) {
        var open = new Anchor("profiles/" + p.id(), getTranslation("profile.open"));
        var matrix = new Button(getTranslation("profile.matrix"), e -> new ProfileMatrixDialog(profiles, competencies,
                p, this::refresh).open());
        matrix.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        matrix.setId("profile-matrix-" + p.id());
        var assign = new Button(getTranslation("profile.assign"), e -> new AssignProfileDialog(profiles, people, p)
                .open());
        assign.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        assign.setId("profile-assign-" + p.id());
        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = imports.exportJson(p.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), fileName(p), "application/json", json.length);
        }), getTranslation("profile.export"));
        export.setDownload(true);
        var quality = new Anchor("profiles/" + p.id() + "/quality", getTranslation("profile.quality"));
        quality.setId("profile-quality-" + p.id());
        var actions = new com.vaadin.flow.component.html.Div(open, matrix, assign, export, quality);
        actions.addClassName("link-row");
        return actions;
    }

    private static String fileName(RoleProfileSummary p) {
        return p.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-r" + p.revision()
                + ".json";
    }

    void refresh() {
        grid.setItems(profiles.profiles());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.list.title");
    }
}

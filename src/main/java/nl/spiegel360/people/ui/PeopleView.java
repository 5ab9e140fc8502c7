package nl.spiegel360.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.spiegel360.people.PeopleImport;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonSummary;
import nl.spiegel360.security.Role;
import org.jspecify.annotations.Nullable;

/** HR's list of people: filter, add, edit, deactivate, and import from CSV. */
@Route("people")
@Menu(order = 80, icon = "USERS", title = "people.title")
@RolesAllowed(Role.HR_NAME)
class PeopleView extends Main implements HasDynamicTitle {

    private final transient PersonAdministration people;
    private final transient PeopleImport imports;
    private final TextField filter = new TextField();
    private final Grid<PersonSummary> grid = new Grid<>();

    private final transient nl.spiegel360.people.PasswordResetService resetLinks;

    PeopleView(PersonAdministration people, PeopleImport imports, nl.spiegel360.people.PasswordResetService resetLinks) {
        this.imports = imports;
        this.people = people;
        this.resetLinks = resetLinks;
        addClassName("page");
        filter.setId("people-filter");
        filter.setPlaceholder(getTranslation("people.filter"));
        filter.setAriaLabel(getTranslation("people.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        var add = new Button(getTranslation("people.add"), VaadinIcon.PLUS.create(), e -> openForm(null));
        add.setId("people-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var importCsv = new Button(getTranslation("people.import"), VaadinIcon.UPLOAD.create(),
                e -> new PersonImportDialog(imports, this::refresh).open());
        importCsv.setId("people-import");
        var toolbar = new FlexLayout(filter, add, importCsv);
        toolbar.addClassName("toolbar");
        configureGrid();
        add(toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("people-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PersonSummary::name).setHeader(getTranslation("people.name")).setKey("name")
                .setFlexGrow(2).setAutoWidth(true);
        grid.addColumn(PersonSummary::email).setHeader(getTranslation("people.email")).setKey("email").setFlexGrow(2);
        grid.addColumn(PersonSummary::jobTitle).setHeader(getTranslation("people.job-title")).setKey("jobTitle");
        grid.addColumn(PersonSummary::team).setHeader(getTranslation("people.team")).setKey("team");
        grid.addColumn(PersonSummary::managerName).setHeader(getTranslation("people.manager")).setKey("manager");
        // the status badge and the edit button are written by the browser from the row's data: no server-side
        // components per row, however many people a page shows
        grid.addColumn(LitRenderer.<PersonSummary>of("<span theme=\"${item.theme}\">${item.status}</span>")
                .withProperty("theme", p -> p.active() ? "badge success" : "badge contrast")
                .withProperty("status", p -> getTranslation(statusKey(p))))
                .setHeader(getTranslation("people.status")).setKey("status");
        grid.addColumn(LitRenderer.<PersonSummary>of("""
                <vaadin-button theme="tertiary-inline" aria-label="${item.label}" title="${item.label}"
                  @click="${edit}"><vaadin-icon icon="vaadin:edit"></vaadin-icon></vaadin-button>""")
                .withProperty("label", p -> getTranslation("people.edit", p.name()))
                .withFunction("edit", this::openForm))
                .setKey("edit").setFlexGrow(0).setWidth("4.5rem");
        grid.addItemDoubleClickListener(e -> openForm(e.getItem()));
        grid.setItems(query -> people.search(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) people.count(filter.getValue()));
    }

    private static String statusKey(PersonSummary person) {
        return !person.active() ? "people.status.inactive"
                : person.hasPassword() ? "people.status.active" : "people.status.no-password";
    }

    private void openForm(@Nullable PersonSummary person) {
        new PersonFormDialog(people, resetLinks, person, this::refresh).open();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}

package nl.spiegel360.competency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.spiegel360.competency.CompetencyService;
import nl.spiegel360.competency.CompetencyReadModels.CompetencySummary;
import nl.spiegel360.security.Role;
import org.jspecify.annotations.Nullable;

/** HR's competency library: search, add and edit competencies with their levels and indicators. */
@Route("competencies")
@Menu(order = 70, icon = "BOOK", title = "competency.library.title")
@RolesAllowed(Role.HR_NAME)
class CompetencyLibraryView extends Main implements HasDynamicTitle {

    private final transient CompetencyService competencies;
    private final transient org.springframework.beans.factory.ObjectProvider<nl.spiegel360.competency.IndicatorFigures>
            figures;
    private final TextField filter = new TextField();
    private final Grid<CompetencySummary> grid = new Grid<>();

    CompetencyLibraryView(CompetencyService competencies,
            org.springframework.beans.factory.ObjectProvider<nl.spiegel360.competency.IndicatorFigures> figures) {
        this.competencies = competencies;
        this.figures = figures;
        addClassName("page");
        filter.setId("competency-filter");
        filter.setPlaceholder(getTranslation("competency.library.filter"));
        filter.setAriaLabel(getTranslation("competency.library.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        var add = new Button(getTranslation("competency.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("competency-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new FlexLayout(filter, add);
        toolbar.addClassName("toolbar");
        grid.setId("competency-grid");
        grid.addColumn(CompetencySummary::label).setHeader(getTranslation("competency.label")).setFlexGrow(2)
                .setKey("label");
        grid.addColumn(CompetencySummary::cluster).setHeader(getTranslation("competency.cluster")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("competency.kind." + c.kind().name()))
                .setHeader(getTranslation("competency.kind"));
        grid.addColumn(CompetencySummary::levels).setHeader(getTranslation("competency.levels")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CompetencySummary::indicators).setHeader(getTranslation("profile.indicators"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("profile.revision", c.revision()))
                .setHeader(getTranslation("profile.version"));
        grid.addComponentColumn(c -> {
            var edit = new Button(VaadinIcon.EDIT.create(), e -> edit(c));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("competency.edit", c.label()));
            edit.setTooltipText(getTranslation("competency.edit", c.label()));
            return edit;
        }).setKey("edit").setFlexGrow(0).setWidth("4.5rem");
        add(toolbar, grid);
        refresh();
    }

    private void edit(@Nullable CompetencySummary summary) {
        var detail = summary == null ? null : competencies.competency(summary.id());
        var known = figures.getIfAvailable();
        new CompetencyEditorDialog(competencies, detail, this::refresh, detail == null || known == null
                ? java.util.Map.of() : known.of(detail.levels().stream().flatMap(l -> l.indicators().stream())
                        .map(i -> i.id()).toList())).open();
    }

    void refresh() {
        grid.setItems(competencies.library(filter.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competency.library.title");
    }
}

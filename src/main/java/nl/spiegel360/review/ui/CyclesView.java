package nl.spiegel360.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import nl.spiegel360.base.ui.Dates;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.ReviewReadModels.CycleSummary;
import nl.spiegel360.security.Role;

/** HR's review cycles. */
@Route("cycles")
@Menu(order = 50, icon = "CALENDAR", title = "cycle.list.title")
@RolesAllowed(Role.HR_NAME)
class CyclesView extends Main implements HasDynamicTitle {

    private final transient CycleService cycles;
    private final Grid<CycleSummary> grid = new Grid<>();

    CyclesView(CycleService cycles, Clock clock) {
        this.cycles = cycles;
        addClassName("page");
        var create = new Button(getTranslation("cycle.new"), VaadinIcon.PLUS.create(),
                e -> new CycleFormDialog(cycles, clock, this::refresh).open());
        create.setId("cycle-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("cycles-grid");
        grid.addComponentColumn(c -> new Anchor("cycles/" + c.id(), c.name())).setHeader(getTranslation("cycle.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(c -> getTranslation("cycle.state." + c.state().name())).setHeader(getTranslation("cycle.state"))
                .setAutoWidth(true);
        grid.addColumn(c -> Dates.format(c.opensOn(), getLocale())).setHeader(getTranslation("cycle.opens"))
                .setAutoWidth(true);
        grid.addColumn(c -> Dates.format(c.ratingDeadline(), getLocale()))
                .setHeader(getTranslation("cycle.rating-deadline")).setAutoWidth(true);
        grid.addColumn(CycleSummary::reviews).setHeader(getTranslation("cycle.reviews")).setAutoWidth(true);
        add(create, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(cycles.cycles());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cycle.list.title");
    }
}

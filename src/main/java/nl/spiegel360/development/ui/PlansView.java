package nl.spiegel360.development.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import nl.spiegel360.development.PlanLists;
import nl.spiegel360.development.PlanReadModels.PlanLine;

/**
 * The development plans the user follows: their own, their reports', and for HR the state of every released
 * review's plan (its content only where the employee shared it).
 */
@Route("plans")
@Menu(order = 35, icon = "ROAD", title = "plans.title")
@PermitAll
class PlansView extends Main implements HasDynamicTitle {

    PlansView(PlanLists planLists) {
        addClassName("page");
        long count = planLists.countPlans();
        if (count == 0) {
            var none = new Paragraph(getTranslation("plans.none"));
            none.setId("plans-none");
            add(none);
            return;
        }
        Grid<PlanLine> grid = new Grid<>();
        grid.setId("plans-grid");
        grid.addComponentColumn(l -> {
            if (!l.readsContent()) {
                return new Span(l.employeeName());
            }
            var link = new Anchor("reviews/" + l.reviewId() + "/plan", l.employeeName());
            link.setId("plan-" + l.reviewId());
            return link;
        }).setHeader(getTranslation("plans.employee")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(PlanLine::cycleName).setHeader(getTranslation("cycle.name")).setAutoWidth(true);
        grid.addColumn(l -> l.state() == null ? getTranslation("plans.no-plan")
                : getTranslation("plan.state." + l.state())).setHeader(getTranslation("plans.state"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.pulse() == null ? "" : Objects.requireNonNull(l.pulse()).closed()
                ? getTranslation("plans.pulse.closed") : getTranslation("plans.pulse.open",
                        Objects.requireNonNull(l.pulse()).submitted(), Objects.requireNonNull(l.pulse()).asked()))
                .setHeader(getTranslation("plans.pulse")).setAutoWidth(true);
        // a page at a time: HR follows every released review of the organisation
        grid.setItems(q -> planLists.plans(q.getOffset(), q.getLimit()).stream(), q -> (int) count);
        nl.spiegel360.base.ui.GridHeights.fit(grid, count);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title");
    }
}

package nl.spiegel360.development.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.spiegel360.base.ui.Dates;
import nl.spiegel360.development.PlanReadModels.PulseRequestLine;
import nl.spiegel360.development.Pulses;

/** "Follow-up pulses": the short questionnaires the signed-in user is asked to fill in about someone's plan. */
@Route("pulses")
@Menu(order = 22, icon = "CLIPBOARD_PULSE", title = "pulse.list.title")
@PermitAll
class MyPulsesView extends Main implements HasDynamicTitle {

    MyPulsesView(Pulses pulses) {
        addClassName("page");
        List<PulseRequestLine> requests = pulses.myRequests();
        if (requests.isEmpty()) {
            var none = new Paragraph(getTranslation("pulse.list.none"));
            none.setId("pulses-none");
            add(none);
            return;
        }
        Grid<PulseRequestLine> grid = new Grid<>();
        grid.setId("pulses-grid");
        grid.addComponentColumn(r -> {
            var link = new Anchor("pulses/" + r.requestId(), r.employeeName());
            link.setId("pulse-" + r.requestId());
            return link;
        }).setHeader(getTranslation("requests.employee")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> Dates.format(r.closesOn(), getLocale())).setHeader(getTranslation("requests.deadline"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.submitted() ? "pulse.status.submitted"
                : r.open() ? "pulse.status.open" : "pulse.status.closed"))
                .setHeader(getTranslation("requests.status")).setAutoWidth(true);
        grid.setItems(requests);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pulse.list.title");
    }
}

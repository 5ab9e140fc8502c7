package nl.spiegel360.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.spiegel360.base.ui.Dates;
import nl.spiegel360.review.RaterRequests;
import nl.spiegel360.review.ReviewReadModels.RequestSummary;

/** "My requests": every questionnaire the signed-in user is asked to fill in. */
@Route("requests")
@Menu(order = 20, icon = "CLIPBOARD_CHECK", title = "requests.title")
@PermitAll
class MyRequestsView extends Main implements HasDynamicTitle {

    MyRequestsView(RaterRequests questionnaires) {
        addClassName("page");
        List<RequestSummary> requests = questionnaires.myRequests();
        if (requests.isEmpty()) {
            var none = new Paragraph(getTranslation("requests.none"));
            none.setId("requests-none");
            add(none);
            return;
        }
        Grid<RequestSummary> grid = new Grid<>();
        grid.setId("requests-grid");
        grid.addComponentColumn(r -> {
            var link = new Anchor("requests/" + r.assignmentId(), r.employeeName());
            link.setId("request-" + r.assignmentId());
            return link;
        }).setHeader(getTranslation("requests.employee")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(RequestSummary::cycleName).setHeader(getTranslation("requests.cycle")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("group." + r.group().name())).setHeader(getTranslation("requests.group"))
                .setAutoWidth(true);
        grid.addColumn(r -> Dates.format(r.lastDay(), getLocale())).setHeader(getTranslation("requests.deadline"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            var cell = new Div(Badges.status(r.status()));
            if (r.reviewClosed() && r.status().open()) {
                var closed = new Span(getTranslation("requests.review-closed"));
                closed.addClassName("label");
                closed.setId("request-closed-" + r.assignmentId());
                cell.add(closed);
            }
            return cell;
        }).setHeader(getTranslation("requests.status")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            var bar = new ProgressBar(0, Math.max(1, r.total()), r.answered());
            bar.getElement().setAttribute("aria-label", getTranslation("questionnaire.progress", r.answered(),
                    r.total()));
            var text = new Span(getTranslation("questionnaire.progress", r.answered(), r.total()));
            text.addClassName("label");
            return new Div(bar, text);
        }).setHeader(getTranslation("requests.progress")).setFlexGrow(1);
        grid.setItems(requests);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.title");
    }
}

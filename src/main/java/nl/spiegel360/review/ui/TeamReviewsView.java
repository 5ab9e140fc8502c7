package nl.spiegel360.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.review.NominationReads;
import nl.spiegel360.review.ProgressService;
import nl.spiegel360.review.ReviewReadModels.ReviewProgress;
import nl.spiegel360.review.ReviewReadModels.ReviewSummary;
import nl.spiegel360.security.Role;

/** The manager's reports' reviews: how far each is, nominations to approve, and the report. */
@Route("team")
@Menu(order = 40, icon = "GROUP", title = "team.title")
@RolesAllowed(Role.MANAGER_NAME)
class TeamReviewsView extends Main implements HasDynamicTitle {

    TeamReviewsView(NominationReads nominations, ProgressService progress) {
        addClassName("page");
        List<ReviewSummary> reviews = nominations.teamReviews();
        if (reviews.isEmpty()) {
            add(new Paragraph(getTranslation("team.none")));
            return;
        }
        Map<Long, ReviewProgress> byReview = new HashMap<>();
        reviews.stream().map(ReviewSummary::cycleId).distinct()
                .forEach(c -> progress.cycleProgress(c).forEach(p -> byReview.put(p.reviewId(), p)));
        Grid<ReviewSummary> grid = new Grid<>();
        grid.setId("team-grid");
        grid.addColumn(ReviewSummary::employeeName).setHeader(getTranslation("requests.employee")).setAutoWidth(true);
        grid.addColumn(ReviewSummary::cycleName).setHeader(getTranslation("cycle.name")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("cycle.state." + r.cycleState().name()))
                .setHeader(getTranslation("cycle.state")).setAutoWidth(true);
        grid.addColumn(r -> byReview.containsKey(r.id()) ? ProgressText.of(byReview.get(r.id())) : "")
                .setHeader(getTranslation("requests.progress")).setFlexGrow(1);
        grid.addComponentColumn(r -> {
            var links = new Div(new Anchor("reviews/" + r.id() + "/nomination", getTranslation("team.raters")),
                    new Anchor("reviews/" + r.id() + "/report", getTranslation("reviews.report")));
            links.addClassName("link-row");
            return links;
        }).setHeader(getTranslation("profile.actions")).setAutoWidth(true);
        grid.setItems(reviews);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }
}

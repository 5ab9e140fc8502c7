package nl.spiegel360.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.spiegel360.review.NominationReads;
import nl.spiegel360.review.ReviewReadModels.ReviewSummary;

/** The signed-in employee's own 360-feedback: nominate raters, and read the report once released. */
@Route("my-reviews")
@Menu(order = 30, icon = "USER_CHECK", title = "reviews.mine.title")
@PermitAll
class MyReviewsView extends Main implements HasDynamicTitle {

    MyReviewsView(NominationReads nominations) {
        addClassName("page");
        List<ReviewSummary> reviews = nominations.myReviews();
        if (reviews.isEmpty()) {
            var none = new Paragraph(getTranslation("reviews.mine.none"));
            none.setId("reviews-none");
            add(none);
            return;
        }
        Grid<ReviewSummary> grid = new Grid<>();
        grid.setId("my-reviews-grid");
        grid.addColumn(ReviewSummary::cycleName).setHeader(getTranslation("cycle.name")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("cycle.state." + r.cycleState().name()))
                .setHeader(getTranslation("cycle.state")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            var nominate = new Anchor("reviews/" + r.id() + "/nomination", getTranslation("reviews.nominate"));
            var links = new Div(nominate);
            links.addClassName("link-row");
            if (r.released()) {
                links.add(new Anchor("reviews/" + r.id() + "/report", getTranslation("reviews.report")));
            }
            return links;
        }).setHeader(getTranslation("profile.actions")).setFlexGrow(1);
        grid.setItems(reviews);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.mine.title");
    }
}

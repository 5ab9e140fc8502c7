package nl.spiegel360.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.report.ReportFixture;
import nl.spiegel360.review.NominationReads;
import nl.spiegel360.review.ReviewReadModels.ReviewSummary;
import nl.spiegel360.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportViewTest extends KaribuTest {

    @Autowired
    NominationReads nominations;

    @Autowired
    ReportFixture fixture;

    @Test
    void hr_expands_a_closed_review_on_the_cycle_page_and_reads_who_was_asked_with_nothing_left_to_reopen() {
        ReportFixture.Rated rated = fixture.rated(3, (indicator, rater) -> 3);
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate("cycles/" + rated.team().cycleId());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<Object> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("cycle-progress"));
        int row = java.util.stream.IntStream.range(0, com.github.mvysny.kaributesting.v10.GridKt._size(grid))
                .filter(i -> com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, i)
                        .contains(rated.employee().name())).findFirst().orElseThrow();
        var details = com.github.mvysny.kaributesting.v10.GridKt._getItemDetailsComponent(grid, row);
        String text = details.getElement().getTextRecursively();
        assertThat(text).as("the closed review's raters, each with their status")
                .contains(rated.team().manager().name(), rated.team().employee(1).name(), t("group.PEER"),
                        t("status.SUBMITTED"));
        assertThat(_find(details, Button.class)).as("a closed review has nothing to reopen").isEmpty();
    }

    @Test
    void the_demo_reviews_show_a_released_report_a_review_still_collecting_and_insufficient_evidence() {
        signInAs(DemoPeople.MANAGER_EMAIL);
        Map<String, Long> reviews = demoReviews();

        UI.getCurrent().navigate("reviews/" + reviews.get("Sanne") + "/report");
        List<String> sanne = rowText("Eigenaarschap");
        assertThat(sanne).doesNotContain(t("report.hidden", 4, 3));
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-summary")).getText()).contains("6 beoordeelde");

        assertThat(_get(Paragraph.class, spec -> spec.withId("report-state")).getText())
                .startsWith("Afgesloten op").contains("vrijgegeven aan de medewerker");

        UI.getCurrent().navigate("reviews/" + reviews.get("Daan") + "/report");
        assertThat(_find(NativeTable.class, spec -> spec.withId("report-table"))).isEmpty();
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains("Collega: 2 van 2 ingediend");
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-close-missing")).getText())
                .contains("Collega 2 van minimaal 3");
        assertThat(_find(Button.class, spec -> spec.withId("review-close"))).isEmpty();

        UI.getCurrent().navigate("reviews/" + reviews.get("Emma") + "/report");
        assertThat(rowText("Klantpartnerschap")).contains(t("report.status.INSUFFICIENT"));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Onvoldoende waarnemingen: van niveau 1 is minder dan")
                        && text.contains("Klantpartnerschap heeft nog geen niveau: van de "));
    }

    @Test
    void the_drill_down_explains_the_level_with_a_sentence() {
        var rated = fixture.rated(3, ReportFixture::spread);
        signInAs(rated.team().manager().email());
        UI.getCurrent().navigate("reviews/" + rated.reviewId() + "/report");
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-settings")).getText())
                .as("the settings it was computed with, in Dutch numbers")
                .contains("schaal 1 tot en met 4", "gemiddelde van 3,00", "minstens 50%", "Collega 3", "Leidinggevende 1")
                .as("all weights are 1: no sentence about them").doesNotContain("Gewicht");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.matches(".+ blijft op niveau \\d: van de \\d+ gedragsindicatoren van niveau \\d "
                        + "blijven ‘.+’ \\(.+\\) onder 3,00\\..*"));
    }

    @Test
    void the_manager_calibrates_with_and_without_a_reason_then_releases_and_the_employee_reads_it() {
        var rated = fixture.rated(3, ReportFixture::spread);
        signInAs(rated.employee().email());
        UI.getCurrent().navigate("reviews/" + rated.reviewId() + "/report");
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found")).getText()).isEqualTo(t("common.not-found"));

        signInAs(rated.team().manager().email());
        UI.getCurrent().navigate("reviews/" + rated.reviewId() + "/report");
        @SuppressWarnings("unchecked")
        List<Select<Integer>> levels = _find(Select.class).stream()
                .filter(s -> s.getId().orElse("").startsWith("calibrate-level-")).map(s -> (Select<Integer>) s).toList();
        assertThat(levels).hasSize(6);
        String firstId = levels.getFirst().getId().orElseThrow().replace("calibrate-level-", "");
        Integer consensus = levels.getFirst().getValue();
        int other = consensus == null || consensus == 0 ? 1 : consensus - 1;
        type(levels.getFirst(), other);
        _click(_get(Button.class, spec -> spec.withId("calibrate-" + firstId)));
        TextField reason = _get(TextField.class, spec -> spec.withId("calibrate-reason-" + firstId));
        assertThat(reason.getErrorMessage()).isEqualTo(t("report.error.reason-required"));
        type(reason, "Besproken: voorbeelden uit het klantgesprek");
        _click(_get(Button.class, spec -> spec.withId("calibrate-" + firstId)));
        for (Select<?> select : levels.subList(1, 6)) {
            String id = select.getId().orElseThrow().replace("calibrate-level-", "");
            _click(_get(Button.class, spec -> spec.withId("calibrate-" + id)));
        }
        _click(_get(Button.class, spec -> spec.withId("report-release")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-state")).getText())
                .contains("vrijgegeven aan de medewerker").contains("verandert niet meer");

        signInAs(rated.employee().email());
        UI.getCurrent().navigate("reviews/" + rated.reviewId() + "/report");
        assertThat(_find(Select.class).stream().filter(s -> s.getId().orElse("").startsWith("calibrate"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-state")).getText())
                .startsWith("Dit is jouw rapport");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.contains("Besproken: voorbeelden uit het klantgesprek"));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .noneMatch(text -> text.contains(rated.team().employee(1).name()));
    }

    @Test
    void the_heatmap_shows_the_closed_reviews_of_the_cycle_and_none_still_collecting() {
        signInAs(DemoPeople.MANAGER_EMAIL);
        UI.getCurrent().navigate(TeamOverviewView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<nl.spiegel360.report.TeamOverview.Row> heatmap = _get(
                com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("heatmap"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._fetch(heatmap, 0, 50).stream()
                .map(nl.spiegel360.report.TeamOverview.Row::employeeName).toList())
                .containsExactly("Emma Meijer", "Sanne Visser");
    }

    private Map<String, Long> demoReviews() {
        return nominations.teamReviews().stream().collect(Collectors.toMap(r -> r.employeeName().split(" ")[0],
                ReviewSummary::id, (a, b) -> a));
    }

    private static List<String> rowText(String competency) {
        NativeTable table = _get(NativeTable.class, spec -> spec.withId("report-table"));
        return table.getBody().getChildren().map(r -> (NativeTableRow) r)
                .filter(r -> r.getHeaderCells().getFirst().getText().equals(competency)).findFirst().orElseThrow()
                .getAllCells().stream().map(c -> c.getElement().getTextRecursively()).toList();
    }
}

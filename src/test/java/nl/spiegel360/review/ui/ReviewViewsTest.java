package nl.spiegel360.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.review.AssignmentStatus;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.review.NominationReads;
import nl.spiegel360.review.QuestionnaireService;
import nl.spiegel360.review.ReviewFixture;
import nl.spiegel360.review.ReviewReadModels.Candidate;
import nl.spiegel360.test.KaribuTest;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewViewsTest extends KaribuTest {

    @Autowired
    ReviewFixture fixture;

    @Autowired
    CycleService cycles;

    @Autowired
    NominationReads nominations;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    nl.spiegel360.test.ScheduledWork scheduled;

    private ReviewFixture.Team team;
    private long reviewId;

    @BeforeEach
    void launch() {
        team = fixture.team(3, TestClock.today().plusDays(10));
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.NOMINATION);
        reviewId = fixture.reviewOf(team, team.employee(0));
    }

    @Test
    void the_employee_nominates_a_peer_and_the_manager_approves() {
        signInAs(team.employee(0).email());
        UI.getCurrent().navigate("reviews/" + reviewId + "/nomination");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Candidate> person = _get(MultiSelectComboBox.class, spec -> spec.withId("nomination-person"));
        Candidate peer = nominations.candidates(reviewId).stream().filter(c -> c.personId() == team.employee(1).id())
                .findFirst().orElseThrow();
        type(person, java.util.Set.of(peer));
        _click(_get(Button.class, spec -> spec.withId("nomination-add")));
        assertThat(nominations.nomination(reviewId).raters()).anyMatch(r -> r.raterId() == team.employee(1).id()
                && r.status() == AssignmentStatus.PROPOSED);

        signInAs(team.manager().email());
        UI.getCurrent().navigate("reviews/" + reviewId + "/nomination");
        long assignment = nominations.nomination(reviewId).raters().stream()
                .filter(r -> r.status() == AssignmentStatus.PROPOSED).findFirst().orElseThrow().assignmentId();
        @SuppressWarnings("unchecked")
        Grid<nl.spiegel360.review.ReviewReadModels.AssignmentLine> grid = _get(Grid.class,
                spec -> spec.withId("nomination-grid"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).assignmentId() == assignment).findFirst().orElseThrow();
        var actions = (com.vaadin.flow.component.Component) GridKt._getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("approve-" + assignment)));
        assertThat(nominations.nomination(reviewId).raters()).anyMatch(r -> r.assignmentId() == assignment
                && r.status() == AssignmentStatus.NOT_STARTED);
    }

    @Test
    void a_manager_adding_raters_during_the_rating_phase_reads_invite_not_nominate() {
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.RATING);
        String cycle = cycles.cycle(team.cycleId()).name();
        signInAs(team.manager().email());
        UI.getCurrent().navigate("reviews/" + reviewId + "/nomination");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("nomination-limits"))
                .getText()).as("the nomination period is over").doesNotContain("Voordragen kan")
                .isEqualTo(t("nomination.limits.rating", cycle));
        Button add = _get(Button.class, spec -> spec.withId("nomination-add"));
        assertThat(add.getText()).isEqualTo(t("nomination.invite"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Candidate> person = _get(MultiSelectComboBox.class, spec -> spec.withId("nomination-person"));
        assertThat(person.getHelperText()).doesNotContain("voorgedragen");
        assertThat(person.getI18n()).as("what a screen reader hears, in Dutch").isNotNull();
        assertThat(person.getI18n().getSelected()).isEqualTo("toegevoegd aan de selectie");
        assertThat(person.getI18n().getTotal()).isEqualTo("{count} geselecteerd");
        assertThat(person.getI18n().getFocused()).startsWith(" heeft de focus");
        Candidate peer = nominations.candidates(reviewId).stream().filter(c -> c.personId() == team.employee(1).id())
                .findFirst().orElseThrow();
        type(person, java.util.Set.of(peer));
        _click(add);
        assertThat(nominations.nomination(reviewId).raters()).anyMatch(r -> r.raterId() == team.employee(1).id()
                && r.status() == AssignmentStatus.NOT_STARTED);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).extracting(
                n -> n.getElement().getProperty("text", "")).contains(t("nomination.invited-all", 1));
    }

    @Test
    void hr_sees_every_setting_that_decides_an_outcome_on_the_cycle_page_in_the_readers_number_format() {
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate("cycles/" + team.cycleId());
        assertThat(_get(Grid.class, spec -> spec.withId("cycle-progress")).getThemeNames())
                .as("the progress per group wraps instead of being cut").contains("wrap-cell-content");
        var settings = _get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("cycle-settings"));
        List<String> lines = _find(settings, com.vaadin.flow.component.html.ListItem.class).stream()
                .map(com.vaadin.flow.component.html.ListItem::getText).toList();
        assertThat(lines).contains(t("cycle.threshold") + ": 3", t("cycle.coverage") + ": 50%",
                t("cycle.settings.weight") + ": " + t("group.PEER") + " 1",
                t("cycle.settings.anonymity") + ": " + t("group.PEER") + " 3",
                t("cycle.pulse-weeks") + ": " + nl.spiegel360.review.CycleDraft.DEFAULT_PULSE_WEEKS);
        List<String> open = _find(_get(com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withId("cycle-not-answered")), com.vaadin.flow.component.html.ListItem.class).stream()
                .map(com.vaadin.flow.component.html.ListItem::getText).toList();
        assertThat(open).as("each employee's own self-assessment is open").contains(
                t("cycle.not-answered.line", team.employee(0).name(), 1));
    }

    @Test
    void a_cycle_made_with_the_forms_defaults_has_the_engines_defaults() {
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate("cycles");
        _click(_get(Button.class, spec -> spec.withId("cycle-new")));
        String name = "Standaardronde " + System.nanoTime();
        type(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("cycle-name")), name);
        _click(_get(Button.class, spec -> spec.withId("cycle-save")));
        long id = cycles.cycles().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
        assertThat(cycles.settings(id)).isEqualTo(nl.spiegel360.aggregation.Settings.defaults());
    }

    @Test
    void closing_a_cycle_asks_first_and_says_how_many_reviews_close_and_how_many_without_answers() {
        signInAs(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.RATING);
        UI.getCurrent().navigate("cycles/" + team.cycleId());
        _click(_get(Button.class, spec -> spec.withId("cycle-advance")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("cycle-close-confirm"));
        assertThat(confirm.getElement().getProperty("message")).as("three reviews, none with an answer")
                .isEqualTo(t("cycle.close.text", 3, 3)).contains("3 360-feedbacks worden nu afgesloten");
        assertThat(cycles.cycle(team.cycleId()).state()).as("nothing closed before HR confirms")
                .isEqualTo(CycleState.RATING);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(cycles.cycle(team.cycleId()).state()).isEqualTo(CycleState.CLOSED);

        // the reviews close in the background: the page says how far, and follows it until done
        assertThat(_get(Paragraph.class, spec -> spec.withId("cycle-closing")).getText())
                .isEqualTo(t("cycle.closing.progress", 0, 3));
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        scheduled.runDue(nl.spiegel360.review.CycleClosings.TASK);
        com.vaadin.flow.component.ComponentUtil.fireEvent(UI.getCurrent(),
                new com.vaadin.flow.component.PollEvent(UI.getCurrent(), true));
        assertThat(_find(Paragraph.class, spec -> spec.withId("cycle-closing"))).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
    }

    @Test
    void a_rater_answers_leaves_comes_back_and_submits_once_complete() {
        long assignment = peerRequest();
        signInAs(team.employee(1).email());
        UI.getCurrent().navigate(MyRequestsView.class);
        Grid<?> requests = _get(Grid.class, spec -> spec.withId("requests-grid"));
        assertThat(GridKt._size(requests)).isGreaterThanOrEqualTo(1);

        UI.getCurrent().navigate("requests/" + assignment);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId(
                "questionnaire-visibility")).getText()).as("who sees what, with the plural's apostrophe")
                .contains("andere collega's getoond").containsPattern("minstens \\d+ collega's hebben");
        List<ScaleSheet> sheets = _find(ScaleSheet.class);
        assertThat(sheets).hasSize(6);
        List<Long> items = sheets.stream().flatMap(sheet -> sheet.indicatorIds().stream()).toList();
        assertThat(items).hasSize(68).doesNotHaveDuplicates();
        ScaleSheet first = sheets.getFirst();
        first.choose(items.get(0), 3);
        first.choose(items.get(1), nl.spiegel360.base.ui.ScaleChoice.CANT_JUDGE);
        first.choose(items.get(2), 9);
        assertThat(first.getValue(items.get(2))).as("a value off the scale is refused").isNull();
        assertThat(_get(Span.class, spec -> spec.withId("questionnaire-progress")).getText())
                .isEqualTo(t("questionnaire.progress", 2, 68));
        assertThat(_get(Span.class, spec -> spec.withId("questionnaire-saved")).getText()).startsWith("Opgeslagen");
        assertThat(first.getElement().getProperty("innerHTML"))
                .contains("<fieldset class=\"questionnaire-item\" id=\"item-" + items.get(0) + "\">")
                .doesNotContain("name=\"item-" + items.get(2) + "\" value=\"9\"");

        UI.getCurrent().navigate(MyRequestsView.class);
        UI.getCurrent().navigate("requests/" + assignment);
        first = _find(ScaleSheet.class).getFirst();
        assertThat(first.getValue(items.get(0))).isEqualTo(3);
        assertThat(first.getValue(items.get(1))).isEqualTo(nl.spiegel360.base.ui.ScaleChoice.CANT_JUDGE);
        assertThat(first.getElement().getProperty("innerHTML"))
                .contains("name=\"item-" + items.get(0) + "\" value=\"3\" checked")
                .contains("name=\"item-" + items.get(1) + "\" value=\"0\" checked");

        _click(_get(Button.class, spec -> spec.withId("questionnaire-submit")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(questionnaires.questionnaire(assignment).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);

        for (ScaleSheet sheet : _find(ScaleSheet.class)) {
            sheet.indicatorIds().stream().filter(id -> sheet.getValue(id) == null).forEach(id -> sheet.choose(id, 4));
        }
        _click(_get(Button.class, spec -> spec.withId("questionnaire-submit")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(questionnaires.questionnaire(assignment).status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(_find(ScaleSheet.class)).hasSize(6).allMatch(ScaleSheet::isReadOnly)
                .allSatisfy(sheet -> assertThat(sheet.getElement().getProperty("innerHTML")).contains(" disabled")
                        .as("nothing left to save").doesNotContain(t("questionnaire.item.saved")));
        assertThat(_find(Button.class, spec -> spec.withId("questionnaire-submit"))).isEmpty();
    }

    @Test
    void an_answer_given_in_another_tab_is_not_overwritten_and_is_shown() {
        long assignment = peerRequest();
        signInAs(team.employee(1).email());
        UI.getCurrent().navigate("requests/" + assignment);
        ScaleSheet first = _find(ScaleSheet.class).getFirst();
        long item = first.indicatorIds().getFirst();
        questionnaires.answer(assignment, item, 2, QuestionnaireService.NEW);

        first.choose(item, 4);

        assertThat(first.getValue(item)).isEqualTo(2);
        assertThat(first.getElement().getProperty("innerHTML"))
                .contains("name=\"item-" + item + "\" value=\"2\" checked");
        assertThat(questionnaires.questionnaire(assignment).answers().get(item).score()).isEqualTo(2);
    }

    @Test
    void the_browsers_change_event_saves_the_answer_and_a_forged_one_saves_nothing() {
        long assignment = peerRequest();
        signInAs(team.employee(1).email());
        UI.getCurrent().navigate("requests/" + assignment);
        List<ScaleSheet> sheets = _find(ScaleSheet.class);
        ScaleSheet first = sheets.getFirst();
        long item = first.indicatorIds().getFirst();
        long elsewhere = sheets.get(1).indicatorIds().getFirst();

        change(first, "item-" + item, "3");
        change(first, "item-" + elsewhere, "2");
        change(first, "item-" + item + "x", "4");
        change(first, "item-" + item, "three");
        change(first, "item-" + item, "7");

        assertThat(questionnaires.questionnaire(assignment).answers()).containsOnlyKeys(item);
        assertThat(questionnaires.questionnaire(assignment).answers().get(item).score()).isEqualTo(3);
        assertThat(first.getValue(item)).isEqualTo(3);
        assertThat(_get(Span.class, spec -> spec.withId("questionnaire-progress")).getText())
                .isEqualTo(t("questionnaire.progress", 1, 68));
    }

    /** What the browser sends when a radio button of the sheet is chosen. */
    static void change(ScaleSheet sheet, String name, String value) {
        var data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        data.put("event.target.name", name);
        data.put("event.target.value", value);
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(sheet, "change", data);
    }

    @Test
    void another_user_who_opens_the_questionnaire_gets_not_found() {
        long assignment = peerRequest();
        for (String email : List.of(team.employee(0).email(), team.manager().email(), DemoPeople.HR_EMAIL)) {
            signInAs(email);
            UI.getCurrent().navigate("requests/" + assignment);
            assertThat(_get(Paragraph.class, spec -> spec.withId("not-found")).getText())
                    .isEqualTo(t("common.not-found"));
            assertThat(_find(ScaleSheet.class)).isEmpty();
        }
    }

    private long peerRequest() {
        return fixture.peerRequest(team, reviewId, team.employee(1));
    }
}

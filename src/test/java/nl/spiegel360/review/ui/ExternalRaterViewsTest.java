package nl.spiegel360.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.regex.Pattern;
import nl.spiegel360.base.ui.MainLayout;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.review.ExternalDraft;
import nl.spiegel360.review.NominationService;
import nl.spiegel360.review.ReviewFixture;
import nl.spiegel360.review.ReviewReadModels.AssignmentLine;
import nl.spiegel360.security.ui.LoginView;
import nl.spiegel360.test.KaribuTest;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages of external raters: the employee proposes a customer on the nomination page; the customer's link opens
 * a questionnaire page with no menu and no way elsewhere, whose forged events save nothing, and which, once
 * submitted, is the neutral page like any link that opens nothing.
 */
class ExternalRaterViewsTest extends KaribuTest {

    private static final Pattern LINK = Pattern.compile("/feedback/([A-Za-z0-9_-]{43})");

    @Autowired
    ReviewFixture fixture;

    @Autowired
    CycleService cycles;

    @Autowired
    NominationService nominations;

    @Autowired
    nl.spiegel360.review.NominationReads nominationReads;

    @Autowired
    nl.spiegel360.review.ExternalNominations externalNominations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    nl.spiegel360.review.ExternalQuestionnaires external;

    private ReviewFixture.Team team;
    private long reviewId;

    @BeforeEach
    void customersAsked() {
        team = fixture.team(2, TestClock.today().plusDays(10));
        jdbc.update("update review_cycle set external_raters = true where id = ?", team.cycleId());
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.NOMINATION);
        login.out();
        reviewId = fixture.reviewOf(team, team.employee(0));
    }

    @Test
    void the_employee_proposes_a_customer_and_an_address_with_an_account_reads_why_not() {
        signInAs(team.employee(0).email());
        UI.getCurrent().navigate("reviews/" + reviewId + "/nomination");
        type(_get(TextField.class, spec -> spec.withId("external-name")), "Ingrid de Wit");
        type(_get(EmailField.class, spec -> spec.withId("external-email")), team.employee(1).email());
        _click(_get(Button.class, spec -> spec.withId("external-add")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("external-error")).getText())
                .isEqualTo(t("nomination.error.external-has-account", team.employee(1).email()));

        type(_get(EmailField.class, spec -> spec.withId("external-email")), "ingrid@bakkerij.example");
        type(_get(TextField.class, spec -> spec.withId("external-organisation")), "Bakkerij De Wit");
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, spec -> spec.withId("external-language"));
        type(language, "en");
        _click(_get(Button.class, spec -> spec.withId("external-add")));
        @SuppressWarnings("unchecked")
        Grid<AssignmentLine> grid = _get(Grid.class, spec -> spec.withId("nomination-grid"));
        assertThat(grid.getGenericDataView().getItems().toList()).anySatisfy(line -> {
            assertThat(line.raterName()).isEqualTo("Ingrid de Wit (Bakkerij De Wit)");
            assertThat(line.status()).isEqualTo(nl.spiegel360.review.AssignmentStatus.PROPOSED);
        });
        assertThat(jdbc.queryForObject("select language from external_rater e join rater_assignment a"
                + " on a.id = e.assignment_id where a.review_id = ?", String.class, reviewId)).isEqualTo("en");
    }

    @Test
    void hr_asks_customers_in_the_cycle_form_with_their_own_minimum() {
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate("cycles");
        _click(_get(Button.class, spec -> spec.withId("cycle-new")));
        String name = "Ronde met klanten " + System.nanoTime();
        type(_get(TextField.class, spec -> spec.withId("cycle-name")), name);
        var minimum = _get(com.vaadin.flow.component.textfield.IntegerField.class,
                spec -> spec.withId("cycle-external-anonymity"));
        assertThat(minimum.isEnabled()).as("no minimum while customers are not asked").isFalse();
        type(_get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("cycle-external")), true);
        type(minimum, 4);
        _click(_get(Button.class, spec -> spec.withId("cycle-save")));
        var cycle = cycles.cycles().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        assertThat(cycle.externalRaters()).isTrue();
        assertThat(cycles.settings(cycle.id()).minimum(nl.spiegel360.aggregation.RaterGroup.EXTERNAL)).isEqualTo(4);
        UI.getCurrent().navigate("cycles/" + cycle.id());
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class).stream()
                .map(com.vaadin.flow.component.html.ListItem::getText).toList())
                .contains(t("cycle.settings.anonymity") + ": " + t("group.EXTERNAL") + " 4");
    }

    @Test
    void the_employee_sees_the_customers_they_proposed_never_who_answered() throws Exception {
        String link = invitedLink();
        var door = nl.spiegel360.review.ExternalQuestionnaires.door(external, link);
        external.open(link, "192.0.2.20");
        for (var item : door.read(java.util.Locale.ENGLISH).competencies().stream()
                .flatMap(c -> c.items().stream()).toList()) {
            door.answer(item.indicatorId(), 3, nl.spiegel360.review.QuestionnaireService.NEW);
        }
        door.submit();
        login.as(team.employee(0).email());
        assertThat(nominationReads.nomination(reviewId).raters()).filteredOn(r -> r.raterName().startsWith("Tom"))
                .singleElement().satisfies(line -> assertThat(line.status()).as("not whether they answered")
                        .isNull());
        login.as(team.manager().email());
        assertThat(nominationReads.nomination(reviewId).raters()).filteredOn(r -> r.raterName().startsWith("Tom"))
                .singleElement().satisfies(line -> assertThat(line.status())
                        .isEqualTo(nl.spiegel360.review.AssignmentStatus.SUBMITTED));
        login.out();
    }

    private String invitedLink() {
        login.as(team.manager().email());
        externalNominations.nominateExternal(reviewId, new ExternalDraft("Tom Verhoeven", "tom-" + team.cycleId()
                + "@verhoeven.example", "Verhoeven", "nl"));
        login.out();
        String body = jdbc.queryForObject("select body from mail_outbox where recipient = ? order by id desc"
                + " fetch first 1 rows only", String.class, "tom-" + team.cycleId() + "@verhoeven.example");
        var m = LINK.matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void a_link_opens_its_questionnaire_without_signing_in_without_a_menu_and_forged_events_save_nothing() {
        String link = invitedLink();
        signedOut();
        UI.getCurrent().navigate("feedback/" + link);
        assertThat(currentView()).isInstanceOf(ExternalQuestionnaireView.class);
        assertThat(_find(MainLayout.class)).as("no menu, no way to another page").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("external-privacy")).getText())
                .isEqualTo(t("link.privacy"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("questionnaire-visibility")).getText())
                .isEqualTo(t("questionnaire.visibility.EXTERNAL", team.employee(0).name(), 3));
        List<ScaleSheet> sheets = _find(ScaleSheet.class);
        assertThat(sheets).as("the three competencies a customer sees").hasSize(3);
        long item = sheets.getFirst().indicatorIds().getFirst();
        List<Long> elsewhere = jdbc.queryForList("""
                select i.id from behavioural_indicator i join proficiency_level l on l.id = i.level_id
                join profile_entry e on e.competency_id = l.competency_id
                where e.profile_id = (select profile_id from review where id = ?) and not e.external_judges""",
                Long.class, reviewId);
        ReviewViewsTest.change(sheets.getFirst(), "item-" + item, "3");
        ReviewViewsTest.change(sheets.getFirst(), "item-" + elsewhere.getFirst(), "2");
        assertThat(jdbc.queryForList("select indicator_id from rating r join rater_assignment a on a.id ="
                + " r.assignment_id where a.review_id = ? and a.rater_group = 'EXTERNAL'", Long.class, reviewId))
                .containsExactly(item);

        UI.getCurrent().navigate("requests");
        assertThat(currentView()).as("the link gives no right to any other page").isInstanceOf(LoginView.class);

        UI.getCurrent().navigate("feedback/" + link);
        for (ScaleSheet sheet : _find(ScaleSheet.class)) {
            sheet.indicatorIds().stream().filter(id -> sheet.getValue(id) == null).forEach(id -> sheet.choose(id, 4));
        }
        _click(_get(Button.class, spec -> spec.withId("questionnaire-submit")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(H2.class, spec -> spec.withId("external-done")).getText()).isEqualTo(t("link.done.title"));

        UI.getCurrent().navigate("feedback/" + link);
        assertThat(_get(H1.class, spec -> spec.withId("link-refused")).getText()).isEqualTo(t("link.refused.title"));
        assertThat(_find(ScaleSheet.class)).isEmpty();
    }

    @Test
    void a_wrong_link_gets_the_neutral_page() {
        String link = invitedLink();
        signedOut();
        for (String wrong : List.of(link.substring(1) + "A", "x", link.toUpperCase(java.util.Locale.ROOT))) {
            UI.getCurrent().navigate("feedback/" + wrong);
            assertThat(_get(H1.class, spec -> spec.withId("link-refused")).getText())
                    .isEqualTo(t("link.refused.title"));
            assertThat(_find(ScaleSheet.class)).isEmpty();
        }
    }
}

package nl.spiegel360.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.review.QuestionnaireService;
import nl.spiegel360.review.ReviewFixture;
import nl.spiegel360.review.ReviewReadModels.Answer;
import nl.spiegel360.test.KaribuTest;
import nl.spiegel360.test.TestClock;
import nl.spiegel360.test.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every answer is either stored or visibly not stored: answers given while the database connections are cut, while
 * the database is unreachable, after the session has lost its sign-in and after the review closed.
 */
class QuestionnaireFaultsTest extends KaribuTest {

    @Autowired
    nl.spiegel360.review.CycleClosings closings;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    CycleService cycles;

    @Autowired
    QuestionnaireService questionnaires;

    private ReviewFixture.Team team;
    private long assignment;

    @BeforeEach
    void open() {
        team = fixture.team(3, TestClock.today().plusDays(10));
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.NOMINATION);
        long reviewId = fixture.reviewOf(team, team.employee(0));
        assignment = fixture.peerRequest(team, reviewId, team.employee(1));
        signInAs(team.employee(1).email());
        UI.getCurrent().navigate("requests/" + assignment);
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @AfterEach
    void reachable() {
        TestDatabase.acceptConnections(true);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                        .queryForObject("select 1", Integer.class) == 1);
    }

    @Test
    void answers_given_while_the_connections_are_cut_are_stored_or_reported_and_reset() {
        List<Long> items = items();
        for (int i = 0; i < 12; i++) {
            TestDatabase.cutConnections();
            sheetOf(items.get(i)).choose(items.get(i), 1 + i % 4);
        }

        Map<Long, Answer> stored = storedAnswers();
        for (int i = 0; i < 12; i++) {
            long item = items.get(i);
            ScaleSheet sheet = sheetOf(item);
            if (sheet.state(item) == ScaleSheet.ItemState.SAVED) {
                assertThat(stored.get(item)).as("item %d shown as saved", i).isNotNull();
                assertThat(stored.get(item).score()).isEqualTo(1 + i % 4).isEqualTo(sheet.getValue(item));
            } else {
                assertThat(sheet.state(item)).isEqualTo(ScaleSheet.ItemState.NOT_SAVED);
                assertThat(stored).doesNotContainKey(item);
                assertThat(sheet.getValue(item)).as("reset to what is stored").isNull();
            }
        }
        assertThat(stored).as("a cut connection is retried once on a fresh one").hasSize(12);
        assertThat(progress()).isEqualTo(t("questionnaire.progress", 12, 68));
    }

    @Test
    void an_answer_given_while_the_database_is_unreachable_is_reset_and_reported_then_saved_once_it_is_back() {
        long item = items().getFirst();
        ScaleSheet sheet = sheetOf(item);
        sheet.choose(item, 3);
        assertThat(sheet.state(item)).isEqualTo(ScaleSheet.ItemState.SAVED);

        TestDatabase.acceptConnections(false);
        sheet.choose(item, 1);
        long other = items().get(1);
        sheet.choose(other, 2);

        assertThat(sheet.getValue(item)).as("back to the stored value").isEqualTo(3);
        assertThat(sheet.state(item)).isEqualTo(ScaleSheet.ItemState.NOT_SAVED);
        assertThat(sheet.getValue(other)).isNull();
        assertThat(sheet.state(other)).isEqualTo(ScaleSheet.ItemState.NOT_SAVED);
        assertThat(sheet.getElement().getProperty("innerHTML"))
                .contains("name=\"item-" + item + "\" value=\"3\" checked")
                .contains(t("questionnaire.item.not-saved"));
        assertThat(progress()).isEqualTo(t("questionnaire.progress", 1, 68));

        TestDatabase.acceptConnections(true);
        // the rater chooses again until the pool has a connection once more, as a person would
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            sheet.choose(other, 2);
            return sheet.state(other) == ScaleSheet.ItemState.SAVED;
        });
        assertThat(storedAnswers()).containsOnlyKeys(item, other);
        assertThat(storedAnswers().get(item).score()).isEqualTo(3);
    }

    @Test
    void two_tabs_of_one_rater_raise_no_alarm_for_a_choice_that_is_stored_and_one_for_a_real_conflict() {
        long item = items().getFirst();
        ScaleSheet first = sheetOf(item);
        // a second tab, opened before the first one's choice was stored, shows the item unanswered
        UI.getCurrent().navigate("requests");
        UI.getCurrent().navigate("requests/" + assignment);
        ScaleSheet second = sheetOf(item);
        assertThat(second).isNotSameAs(first);

        first.choose(item, 3);
        assertThat(first.state(item)).isEqualTo(ScaleSheet.ItemState.SAVED);
        second.choose(item, 3);
        assertThat(second.state(item)).as("the same choice, already stored").isEqualTo(ScaleSheet.ItemState.SAVED);
        assertThat(errorNotices()).as("no false alarm").isEmpty();
        assertThat(storedAnswers().get(item).score()).isEqualTo(3);

        second.choose(item, 2);
        assertThat(second.state(item)).isEqualTo(ScaleSheet.ItemState.SAVED);
        first.choose(item, 2);
        assertThat(first.state(item)).as("the first tab catches up with the same choice").isEqualTo(
                ScaleSheet.ItemState.SAVED);
        assertThat(errorNotices()).isEmpty();

        first.choose(item, 4);
        assertThat(first.state(item)).isEqualTo(ScaleSheet.ItemState.SAVED);
        second.choose(item, 1);
        assertThat(second.state(item)).as("a different choice over a newer one is a real conflict")
                .isEqualTo(ScaleSheet.ItemState.NOT_SAVED);
        assertThat(second.getValue(item)).as("the newer answer shown").isEqualTo(4);
        assertThat(errorNotices()).singleElement().asString().contains(t("questionnaire.error.newer-answer"));
        assertThat(storedAnswers().get(item).score()).isEqualTo(4);
    }

    private static List<String> errorNotices() {
        return com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                .filter(n -> n.getThemeNames().contains("error"))
                .map(n -> n.getElement().getProperty("text", "")).toList();
    }

    @Test
    void an_answer_given_after_the_sign_in_is_lost_is_reset_and_reported() {
        long item = items().getFirst();
        ScaleSheet sheet = sheetOf(item);
        login.out();

        sheet.choose(item, 4);

        assertThat(sheet.getValue(item)).isNull();
        assertThat(sheet.state(item)).isEqualTo(ScaleSheet.ItemState.NOT_SAVED);
        login.as(team.employee(1).email());
        assertThat(storedAnswers()).isEmpty();
    }

    @Test
    void an_answer_refused_because_the_review_closed_is_reset_to_the_stored_value() {
        long item = items().getFirst();
        ScaleSheet sheet = sheetOf(item);
        sheet.choose(item, 2);
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.RATING);
        cycles.advance(team.cycleId(), CycleState.CLOSED);
        closings.finish(team.cycleId(), 0);
        login.as(team.employee(1).email());

        sheet.choose(item, 4);

        assertThat(sheet.getValue(item)).isEqualTo(2);
        assertThat(sheet.state(item)).isEqualTo(ScaleSheet.ItemState.NOT_SAVED);
        assertThat(storedAnswers().get(item).score()).isEqualTo(2);
    }

    private List<Long> items() {
        return _find(ScaleSheet.class).stream().flatMap(s -> s.indicatorIds().stream()).toList();
    }

    private ScaleSheet sheetOf(long item) {
        return _find(ScaleSheet.class).stream().filter(s -> s.indicatorIds().contains(item)).findFirst()
                .orElseThrow();
    }

    private Map<Long, Answer> storedAnswers() {
        return questionnaires.questionnaire(assignment).answers();
    }

    private String progress() {
        return _get(Span.class, spec -> spec.withId("questionnaire-progress")).getText();
    }
}

package nl.spiegel360.review;

import static nl.spiegel360.review.CycleServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.review.ReviewReadModels.Answer;
import nl.spiegel360.review.ReviewReadModels.Questionnaire;
import nl.spiegel360.review.ReviewReadModels.QuestionnaireItem;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class QuestionnaireServiceTest {

    @Autowired
    CycleService cycles;

    @Autowired
    NominationService nominations;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    RaterRequests requests;

    @Autowired
    AuditLog audit;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    Login login;

    private ReviewFixture.Team team;
    private long assignmentId;

    @BeforeEach
    void aPeerRequest() {
        team = fixture.team(2, TestClock.today().plusDays(10));
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.NOMINATION);
        long reviewId = fixture.reviewOf(team, team.employee(0));
        login.as(team.manager().email());
        assignmentId = nominations.nominate(reviewId, team.employee(1).id(), RaterGroup.PEER).assignmentId();
        login.as(team.employee(1).email());
    }

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void answers_are_kept_when_the_rater_leaves_and_comes_back() {
        Questionnaire q = questionnaires.questionnaire(assignmentId);
        assertThat(q.total()).isEqualTo(68);
        List<QuestionnaireItem> items = items(q);
        questionnaires.answer(assignmentId, items.get(0).indicatorId(), 3, QuestionnaireService.NEW);
        questionnaires.answer(assignmentId, items.get(1).indicatorId(), null, QuestionnaireService.NEW);
        login.out();
        login.as(team.employee(1).email());
        Questionnaire again = questionnaires.questionnaire(assignmentId);
        assertThat(again.answers()).hasSize(2);
        assertThat(again.answers().get(items.get(0).indicatorId()).score()).isEqualTo(3);
        assertThat(again.answers().get(items.get(1).indicatorId()).score()).isNull();
        assertThat(again.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
    }

    @Test
    void submit_is_refused_while_items_are_open_then_final_and_once() {
        List<QuestionnaireItem> items = items(questionnaires.questionnaire(assignmentId));
        questionnaires.answer(assignmentId, items.get(0).indicatorId(), 4, QuestionnaireService.NEW);
        assertRefused(() -> questionnaires.submit(assignmentId), "questionnaire.error.incomplete");
        answerAll(items.subList(1, items.size()), 2);
        assertThat(questionnaires.submit(assignmentId)).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(questionnaires.submit(assignmentId)).isEqualTo(AssignmentStatus.SUBMITTED);
        Questionnaire submitted = questionnaires.questionnaire(assignmentId);
        assertThat(submitted.editable()).isFalse();
        long version = submitted.answers().get(items.get(0).indicatorId()).version();
        assertRefused(() -> questionnaires.answer(assignmentId, items.get(0).indicatorId(), 1, version),
                "questionnaire.error.submitted");
    }

    @Test
    void an_older_tab_never_overwrites_a_newer_answer() {
        long indicator = items(questionnaires.questionnaire(assignmentId)).getFirst().indicatorId();
        Answer first = questionnaires.answer(assignmentId, indicator, 2, QuestionnaireService.NEW);
        Answer second = questionnaires.answer(assignmentId, indicator, 4, first.version());
        assertThatThrownBy(() -> questionnaires.answer(assignmentId, indicator, 1, first.version()))
                .isInstanceOf(StaleAnswerException.class)
                .satisfies(e -> assertThat(((StaleAnswerException) e).current().score()).isEqualTo(4));
        assertThatThrownBy(() -> questionnaires.answer(assignmentId, indicator, 1, QuestionnaireService.NEW))
                .isInstanceOf(StaleAnswerException.class);
        assertThat(questionnaires.questionnaire(assignmentId).answers().get(indicator))
                .isEqualTo(new Answer(4, second.version()));
    }

    @Test
    void two_sessions_answering_at_once_lose_nothing_silently() throws Exception {
        List<QuestionnaireItem> items = items(questionnaires.questionnaire(assignmentId));
        var context = SecurityContextHolder.getContext();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<int[]>> results = new ArrayList<>();
        for (int session = 0; session < 2; session++) {
            int score = session + 2;
            results.add(pool.submit(() -> {
                SecurityContextHolder.setContext(context);
                start.await();
                int saved = 0;
                int refused = 0;
                for (QuestionnaireItem item : items) {
                    try {
                        questionnaires.answer(assignmentId, item.indicatorId(), score, QuestionnaireService.NEW);
                        saved++;
                    } catch (StaleAnswerException e) {
                        refused++;
                    }
                }
                return new int[] {saved, refused};
            }));
        }
        start.countDown();
        int saved = 0;
        int refused = 0;
        for (Future<int[]> f : results) {
            saved += f.get()[0];
            refused += f.get()[1];
        }
        pool.shutdown();
        assertThat(saved).isEqualTo(items.size());
        assertThat(refused).isEqualTo(items.size());
        assertThat(questionnaires.questionnaire(assignmentId).answers()).hasSize(items.size());
    }

    @Test
    void after_the_deadline_nothing_changes_until_hr_reopens_with_a_reason() {
        var late = fixture.team(2, TestClock.today().minusDays(1));
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(late.cycleId(), CycleState.NOMINATION);
        long reviewId = fixture.reviewOf(late, late.employee(0));
        login.as(late.employee(0).email());
        long self = requests.myRequests().stream().filter(r -> r.reviewId() == reviewId).findFirst()
                .orElseThrow().assignmentId();
        long indicator = items(questionnaires.questionnaire(self)).getFirst().indicatorId();
        assertRefused(() -> questionnaires.answer(self, indicator, 3, QuestionnaireService.NEW),
                "questionnaire.error.closed");

        login.as(team.employee(1).email());
        answerAll(items(questionnaires.questionnaire(assignmentId)), 3);
        questionnaires.submit(assignmentId);
        login.as(DemoPeople.HR_EMAIL);
        assertRefused(() -> requests.reopen(assignmentId, ""), "questionnaire.error.reason-required");
        assertRefused(() -> requests.reopen(assignmentId, "x".repeat(ReviewLimits.REASON_MAX + 1)),
                "questionnaire.error.reason-too-long");
        requests.reopen(assignmentId, "Verkeerde medewerker beoordeeld");
        assertThat(audit.entries("questionnaire.reopened", assignmentId)).singleElement()
                .satisfies(e -> assertThat(e.details()).isEqualTo("Verkeerde medewerker beoordeeld"));
        login.as(team.employee(1).email());
        assertThat(questionnaires.questionnaire(assignmentId).editable()).isTrue();
    }

    @Test
    void nobody_but_the_rater_opens_the_questionnaire_not_even_hr() {
        for (String email : List.of(team.employee(0).email(), team.manager().email(), DemoPeople.HR_EMAIL)) {
            login.as(email);
            assertRefused(() -> questionnaires.questionnaire(assignmentId), "common.not-found");
            assertRefused(() -> questionnaires.submit(assignmentId), "common.not-found");
        }
    }

    private void answerAll(List<QuestionnaireItem> items, int score) {
        var current = questionnaires.questionnaire(assignmentId).answers();
        for (QuestionnaireItem item : items) {
            Answer existing = current.get(item.indicatorId());
            questionnaires.answer(assignmentId, item.indicatorId(), score,
                    existing == null ? QuestionnaireService.NEW : existing.version());
        }
    }

    static List<QuestionnaireItem> items(Questionnaire q) {
        return q.competencies().stream().flatMap(c -> c.items().stream()).toList();
    }
}

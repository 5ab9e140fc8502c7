package nl.spiegel360.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.report.ReportFixture;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.security.SystemTask;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reviews close at their deadline once, with a result of what was submitted; data from before closing existed too. */
@IntegrationTest
class ReviewClosingTest {

    @Autowired ReportFixture fixture;
    @Autowired ReviewDeadlines deadlines;
    @Autowired ReportService reports;
    @Autowired JdbcTemplate jdbc;
    @Autowired Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Autowired ReviewClosing closing;
    @Autowired nl.spiegel360.test.ScheduledWork scheduled;

    @Test
    void only_the_manager_and_hr_close_a_review_and_only_its_participants_see_its_progress() {
        var rated = fixture.collecting(3, ReportFixture::spread);
        login.as(rated.employee().email());
        assertThat(closing.readiness(rated.reviewId()).canClose()).isFalse();
        assertNotFound(() -> closing.close(rated.reviewId()));
        for (String stranger : List.of(rated.team().employee(1).email(), DemoPeople.MANAGER_EMAIL)) {
            login.as(stranger);
            assertNotFound(() -> closing.readiness(rated.reviewId()));
            assertNotFound(() -> closing.close(rated.reviewId()));
        }
        login.as(DemoPeople.HR_EMAIL);
        assertThat(closing.readiness(rated.reviewId()).canClose()).isTrue();
        closing.close(rated.reviewId());
        assertThat(closing.readiness(rated.reviewId()).collecting()).isFalse();
    }

    private static void assertNotFound(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("common.not-found");
    }

    @Test
    void a_cycle_past_its_rating_deadline_closes_with_a_result_of_what_was_submitted() {
        var rated = fixture.collecting(3, ReportFixture::spread);
        jdbc.update("update review_cycle set state = 'RATING', rating_deadline = ? where id = ?",
                TestClock.today().minusDays(1), rated.team().cycleId());
        jdbc.update("update rater_assignment set status = 'IN_PROGRESS', submitted_at = null where id = ?",
                rated.assignments().get(4));
        SystemTask.run(deadlines::advancePastDeadlines);
        scheduled.runDue(CycleClosings.TASK);

        assertThat(jdbc.queryForObject("select state from review_cycle where id = ?", String.class,
                rated.team().cycleId())).isEqualTo("CLOSED");
        login.as(rated.team().manager().email());
        var report = reports.report(rated.reviewId());
        assertThat(report.rows().getFirst().group(RaterGroup.PEER).respondents()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from rating where assignment_id = ?", Long.class,
                rated.assignments().get(4))).as("the late rater's answers are kept").isPositive();
        SystemTask.run(deadlines::advancePastDeadlines);
        scheduled.runDue(CycleClosings.TASK);
        assertThat(reports.report(rated.reviewId())).as("a second run changes nothing").isEqualTo(report);
    }

    @Test
    void reviews_of_a_cycle_closed_before_results_were_stored_get_their_result_from_the_catch_up() {
        var rated = fixture.collecting(3, ReportFixture::spread);
        jdbc.update("update review_cycle set state = 'CLOSED' where id = ?", rated.team().cycleId());
        assertThat(jdbc.queryForObject("select count(*) from review_result where review_id = ?", Long.class,
                rated.reviewId())).isZero();

        SystemTask.run(deadlines::advancePastDeadlines);
        scheduled.runDue(CycleClosings.TASK);

        assertThat(jdbc.queryForObject("select count(*) from review_result where review_id = ?", Long.class,
                rated.reviewId())).isOne();
        assertThat(jdbc.queryForObject("select closed_at is not null from review where id = ?", Boolean.class,
                rated.reviewId())).isTrue();
        login.as(rated.team().manager().email());
        assertThat(reports.report(rated.reviewId()).rows().getFirst().group(RaterGroup.PEER).reported()).isTrue();
    }
}

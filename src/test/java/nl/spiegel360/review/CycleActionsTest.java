package nl.spiegel360.review;

import static nl.spiegel360.review.CycleServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Objects;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** HR's one-step actions on a running cycle: remind all open, extend the deadline, copy to a new cycle. */
@IntegrationTest
class CycleActionsTest {

    @Autowired
    CycleClosings closings;

    @Autowired CycleActions actions;
    @Autowired CycleService cycles;
    @Autowired ReviewFixture fixture;
    @Autowired RaterRequests requests;
    @Autowired JdbcTemplate jdbc;
    @Autowired Login login;

    private ReviewFixture.Team team;

    @BeforeEach
    void launch() {
        team = fixture.team(3, TestClock.today().plusDays(10));
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.NOMINATION);
    }

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void hr_reminds_everyone_still_open_once_per_click_and_nobody_else_may() {
        long open = count("select count(*) from rater_assignment a join review r on r.id = a.review_id where"
                + " r.cycle_id = " + team.cycleId() + " and a.status in ('NOT_STARTED', 'IN_PROGRESS')");
        long before = reminders();
        assertThat(actions.remindOpen(team.cycleId())).isEqualTo((int) open).isPositive();
        assertThat(reminders() - before).as("one mail per open request").isEqualTo(open);
        assertThat(count("select count(*) from rater_assignment a join review r on r.id = a.review_id where"
                + " r.cycle_id = " + team.cycleId() + " and a.reminded_at is null and a.status = 'NOT_STARTED'"))
                .isZero();
        login.as(team.manager().email());
        assertThatThrownBy(() -> actions.remindOpen(team.cycleId())).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired ProgressService progress;

    @Test
    void a_request_of_a_closed_review_is_no_longer_counted_as_open() {
        var before = progress.openRequests(team.cycleId(), 20);
        assertThat(before.raters()).isPositive();
        assertThat(progress.closingPreview(team.cycleId()).reviews()).isEqualTo(3);
        cycles.advance(team.cycleId(), CycleState.RATING);
        cycles.advance(team.cycleId(), CycleState.CLOSED);
        closings.finish(team.cycleId(), 0);
        var after = progress.openRequests(team.cycleId(), 20);
        assertThat(after.top()).as("nobody to chase: nobody can answer any more").isEmpty();
        assertThat(after.raters()).isZero();
        assertThat(progress.closingPreview(team.cycleId()).reviews()).isZero();
    }

    @Test
    void hr_extends_the_deadline_and_every_open_questionnaire_gets_the_time() {
        var cycle = cycles.cycle(team.cycleId());
        assertRefused(() -> actions.extendDeadline(team.cycleId(), cycle.ratingDeadline()), "cycle.error.extend");
        assertRefused(() -> actions.extendDeadline(team.cycleId(), TestClock.today().minusDays(1)),
                "cycle.error.extend");
        var later = cycle.ratingDeadline().plusDays(7);
        assertThat(actions.extendDeadline(team.cycleId(), later).ratingDeadline()).isEqualTo(later);
        login.as(team.employee(0).email());
        assertThat(requests.myRequests()).filteredOn(r -> r.cycleName().equals(cycle.name()))
                .isNotEmpty().allSatisfy(r -> assertThat(r.lastDay()).isEqualTo(later));
    }

    @Test
    void hr_copies_a_cycle_with_its_settings_people_and_durations() {
        var original = cycles.cycle(team.cycleId());
        var opens = TestClock.today().plusMonths(12);
        var copy = actions.copy(team.cycleId(), "Volgend jaar " + team.name(), opens);
        assertThat(copy.state()).isEqualTo(CycleState.DRAFT);
        assertThat(copy.reviews()).isEqualTo(original.reviews());
        assertThat(copy.opensOn()).isEqualTo(opens);
        assertThat(copy.ratingDeadline()).isEqualTo(opens.plusDays(original.opensOn()
                .until(original.ratingDeadline()).getDays()));
        assertThat(copy.settingsJson()).isEqualTo(original.settingsJson());
        assertThat(copy.peersMin()).isEqualTo(original.peersMin());
        assertThat(copy.pulseWeeks()).isEqualTo(original.pulseWeeks());
    }

    private long reminders() {
        return count("select count(*) from mail_outbox where subject like 'Herinnering: feedback%'");
    }

    private long count(String sql) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class));
    }
}

package nl.spiegel360.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.security.SystemTask;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.LargeCycle;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.ScheduledWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Closing a cycle in the background: HR's click schedules it and returns at once; the scheduler closes the reviews a
 * page at a time; an instance killed in the middle leaves every review closed with its result or still collecting,
 * and another instance finishes the rest, each review closed once, with the result a close without the crash gives.
 */
@IntegrationTest
class CycleClosingsTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired CycleService cycles;
    @Autowired CycleClosings closings;
    @Autowired ReviewClosing closing;
    @Autowired ScheduledWork scheduled;
    @Autowired Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void a_close_left_by_a_killed_instance_is_finished_by_another_each_review_once_with_the_same_results() {
        // three pages of reviews
        int size = ReviewClosing.CHUNK * 2 + 50;
        LargeCycle crashed = LargeCycle.create(dataSource, size, true);
        LargeCycle calm = LargeCycle.create(dataSource, size, true);
        login.as(DemoPeople.HR_EMAIL);
        jdbc.update("update mail_outbox set sent_at = current_timestamp where sent_at is null");

        cycles.advance(crashed.cycleId(), CycleState.CLOSED);
        assertThat(closed(crashed)).as("the click closes nothing itself").isZero();
        assertThat(closings.progress(crashed.cycleId())).contains(new CycleClosings.Progress(0, size));
        assertThatThrownBy(() -> cycles.advance(crashed.cycleId(), CycleState.CLOSED))
                .as("a second click while it runs").isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("cycle.closing.running");

        // the instance that picked the execution closes one page and is killed: its heartbeat stops
        SystemTask.run(() -> closing.closeDuePage(crashed.cycleId(), "cycle closed"));
        assertThat(jdbc.update("""
                update scheduled_tasks set picked = true, picked_by = 'killed-instance',
                last_heartbeat = now() - interval '1 hour', version = version + 1
                where task_name = ? and task_instance = ?""", CycleClosings.TASK,
                Long.toString(crashed.cycleId()))).isOne();
        assertThat(closed(crashed)).isEqualTo(ReviewClosing.CHUNK);
        assertThat(jdbc.queryForObject("select count(*) from review_result r join review v on v.id = r.review_id"
                + " where v.cycle_id = ?", Long.class, crashed.cycleId()))
                .as("every closed review has its result, no collecting one has").isEqualTo(ReviewClosing.CHUNK);
        assertThat(closings.progress(crashed.cycleId())).contains(new CycleClosings.Progress(ReviewClosing.CHUNK,
                size));

        // another instance finds the dead execution and finishes it
        scheduled.runDue(CycleClosings.TASK);

        assertThat(closed(crashed)).isEqualTo(size);
        assertThat(closings.progress(crashed.cycleId())).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event a join review r on r.id = a.target_id
                where a.action = 'review.closed' and r.cycle_id = ?""", Long.class, crashed.cycleId()))
                .as("each review closed once").isEqualTo(size);
        assertThat(jdbc.queryForList("select recipient from mail_outbox where sent_at is null and subject like ?",
                String.class, "%" + crashed.prefix() + " ronde%")).as("HR is told once it is done")
                .containsExactly(DemoPeople.HR_EMAIL);

        cycles.advance(calm.cycleId(), CycleState.CLOSED);
        scheduled.runDue(CycleClosings.TASK);
        assertThat(results(crashed)).as("the results a close without the crash gives").isEqualTo(results(calm));
    }

    private long closed(LargeCycle cycle) {
        return jdbc.queryForObject("select count(*) from review where cycle_id = ? and closed_at is not null",
                Long.class, cycle.cycleId());
    }

    /** The stored results of a cycle in the order of its employees, their ids left out. */
    private List<String> results(LargeCycle cycle) {
        return jdbc.queryForList("""
                select r.content from review_result r join review v on v.id = r.review_id
                where v.cycle_id = ? order by v.employee_id""", String.class, cycle.cycleId()).stream()
                .map(content -> content.replaceAll("\\d{9,}", "#")).toList();
    }
}

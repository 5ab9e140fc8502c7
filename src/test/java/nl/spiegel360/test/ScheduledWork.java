package nl.spiegel360.test;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The application's scheduled work, run as an instance runs it: a real db-scheduler on the test database with the
 * application's task of that name, started until no execution of it is due or running (the tests' application
 * starts no scheduler of its own). An execution left behind by an instance that died is taken over as a second
 * instance would.
 */
@Component
public class ScheduledWork {

    private final DataSource dataSource;
    private final List<OneTimeTask<?>> tasks;

    ScheduledWork(DataSource dataSource, List<OneTimeTask<?>> tasks) {
        this.dataSource = dataSource;
        this.tasks = tasks;
    }

    /** Runs every due execution of the task until none is left; fails after a minute. */
    public void runDue(String taskName) {
        OneTimeTask<?> task = tasks.stream().filter(t -> t.getName().equals(taskName)).findFirst().orElseThrow();
        Scheduler scheduler = Scheduler.create(dataSource, task)
                .schedulerName(new SchedulerName.Fixed("test-instance-" + System.nanoTime())).threads(1)
                .pollingInterval(Duration.ofMillis(100)).heartbeatInterval(Duration.ofMillis(500)).build();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        scheduler.start();
        try {
            long deadline = System.currentTimeMillis() + 60_000;
            while (jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = ?", Long.class,
                    taskName) > 0) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("The executions of " + taskName + " did not finish in a minute");
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            scheduler.stop();
        }
    }
}

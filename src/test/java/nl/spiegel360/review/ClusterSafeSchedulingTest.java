package nl.spiegel360.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.spiegel360.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two schedulers on one PostgreSQL database, as with two application instances: each execution runs once. */
@IntegrationTest
class ClusterSafeSchedulingTest {

    @Autowired
    DataSource dataSource;

    @Test
    void two_schedulers_on_one_database_run_each_due_task_exactly_once() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        String name = "once-" + System.nanoTime();
        OneTimeTask<Void> task = Tasks.oneTime(name).execute((instance, context) -> runs.incrementAndGet());
        Scheduler first = scheduler(task, "instance-a");
        Scheduler second = scheduler(task, "instance-b");
        try {
            for (int i = 0; i < 10; i++) {
                first.schedule(task.instance("job-" + i), Instant.now());
            }
            first.start();
            second.start();
            long deadline = System.currentTimeMillis() + 20_000;
            while (runs.get() < 10 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(1500);
        } finally {
            first.stop();
            second.stop();
        }
        assertThat(runs.get()).isEqualTo(10);
    }

    private Scheduler scheduler(OneTimeTask<Void> task, String instanceName) {
        return Scheduler.create(dataSource, task).schedulerName(new com.github.kagkarlsson.scheduler.SchedulerName
                .Fixed(instanceName)).threads(4).pollingInterval(Duration.ofMillis(200)).build();
    }
}

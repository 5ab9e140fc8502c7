package nl.spiegel360.base;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Scheduled work through db-scheduler: the features declare their tasks as beans; the tasks live in the database,
 * so that with several application instances on one database each execution runs exactly once. Started once the
 * application is ready, unless {@code spiegel360.scheduler.enabled} is false (the tests run tasks themselves).
 */
@Configuration
class Scheduling {

    /** How often each instance looks for due tasks ({@code spiegel360.scheduler.polling-interval}, 10 s). */
    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, List<RecurringTask<?>> recurring, List<OneTimeTask<?>> oneTime,
            @org.springframework.beans.factory.annotation.Value("${spiegel360.scheduler.polling-interval:10s}")
            Duration pollingInterval) {
        return Scheduler.create(dataSource, List.copyOf(oneTime)).startTasks(List.copyOf(recurring)).threads(2)
                .pollingInterval(pollingInterval).build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        boolean enabled = event.getApplicationContext().getEnvironment()
                .getProperty("spiegel360.scheduler.enabled", Boolean.class, true);
        if (enabled) {
            event.getApplicationContext().getBean(Scheduler.class).start();
        }
    }
}

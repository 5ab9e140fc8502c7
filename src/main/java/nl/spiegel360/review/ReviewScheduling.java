package nl.spiegel360.review;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import javax.sql.DataSource;
import nl.spiegel360.security.SystemTask;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Scheduled work through db-scheduler: its tasks live in the database, so that with several application
 * instances on one database each execution runs exactly once.
 */
@Configuration
class ReviewScheduling {

    static final String DAILY_TASK = "review-deadlines";
    static final String CATCH_UP_TASK = "close-due-reviews";

    @Bean
    RecurringTask<Void> reviewDeadlinesTask(ReviewDeadlines deadlines) {
        return Tasks.recurring(DAILY_TASK, Schedules.daily(ZoneId.systemDefault(), LocalTime.of(6, 0)))
                .execute((instance, context) -> SystemTask.run(() -> {
                    deadlines.advancePastDeadlines();
                    deadlines.sendReminders();
                }));
    }

    /**
     * The daily deadline work without its reminders, scheduled at start-up and run once across instances: moves on
     * the cycles and closes the reviews whose deadlines passed while no instance ran.
     */
    @Bean
    OneTimeTask<Void> closeDueReviewsTask(ReviewDeadlines deadlines) {
        return Tasks.oneTime(CATCH_UP_TASK).execute((instance, context) -> SystemTask.run(deadlines::advancePastDeadlines));
    }

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, RecurringTask<Void> reviewDeadlinesTask,
            OneTimeTask<Void> closeDueReviewsTask) {
        return Scheduler.create(dataSource, closeDueReviewsTask).startTasks(reviewDeadlinesTask).threads(2)
                .pollingInterval(Duration.ofSeconds(30)).build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        boolean enabled = event.getApplicationContext().getEnvironment()
                .getProperty("spiegel360.scheduler.enabled", Boolean.class, true);
        if (enabled) {
            Scheduler scheduler = event.getApplicationContext().getBean(Scheduler.class);
            @SuppressWarnings("unchecked")
            OneTimeTask<Void> catchUp = event.getApplicationContext().getBean("closeDueReviewsTask", OneTimeTask.class);
            scheduler.start();
            scheduler.scheduleIfNotExists(catchUp.instance("start-up"), java.time.Instant.now());
        }
    }
}

package nl.spiegel360.review;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.LocalTime;
import nl.spiegel360.security.SystemTask;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The scheduled work of reviews: the daily deadlines, and a catch-up at start-up (see base's scheduling). */
@Configuration
class ReviewScheduling {

    static final String DAILY_TASK = "review-deadlines";
    static final String CATCH_UP_TASK = "close-due-reviews";

    @Bean
    RecurringTask<Void> reviewDeadlinesTask(ReviewDeadlines deadlines, java.time.Clock clock) {
        return Tasks.recurring(DAILY_TASK, nl.spiegel360.base.OrganisationTime.daily(clock, LocalTime.of(6, 0)))
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

    /**
     * Closes one cycle's reviews in the background, its instance named by the cycle's id and carrying the person to
     * tell when it is done (see {@link CycleClosings}).
     */
    @Bean
    OneTimeTask<Long> closeCycleTask(org.springframework.beans.factory.ObjectProvider<CycleClosings> closings) {
        return Tasks.oneTime(CycleClosings.TASK, Long.class).execute((instance, context) -> SystemTask.run(
                () -> closings.getObject().finish(Long.parseLong(instance.getId()), instance.getData())));
    }

    /** Schedules the catch-up once per start-up; across instances it runs once. */
    @EventListener(ApplicationReadyEvent.class)
    void scheduleCatchUp(ApplicationReadyEvent event) {
        boolean enabled = event.getApplicationContext().getEnvironment()
                .getProperty("spiegel360.scheduler.enabled", Boolean.class, true);
        if (enabled) {
            @SuppressWarnings("unchecked")
            OneTimeTask<Void> catchUp = event.getApplicationContext().getBean("closeDueReviewsTask", OneTimeTask.class);
            event.getApplicationContext().getBean(Scheduler.class)
                    .scheduleIfNotExists(catchUp.instance("start-up"),
                            event.getApplicationContext().getBean(java.time.Clock.class).instant());
        }
    }
}

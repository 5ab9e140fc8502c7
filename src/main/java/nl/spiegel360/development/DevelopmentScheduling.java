package nl.spiegel360.development;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.LocalTime;
import nl.spiegel360.base.OrganisationTime;
import nl.spiegel360.security.SystemTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily follow-up of development plans, run once across instances (see base's scheduling). */
@Configuration
class DevelopmentScheduling {

    static final String DAILY_TASK = "development-follow-up";

    @Bean
    RecurringTask<Void> developmentFollowUpTask(PlanFollowUp followUp, java.time.Clock clock) {
        return Tasks.recurring(DAILY_TASK, OrganisationTime.daily(clock, LocalTime.of(6, 30)))
                .execute((instance, context) -> SystemTask.run(() -> {
                    followUp.closePastPulses();
                    followUp.openDuePulses();
                    followUp.remindOfActions();
                }));
    }
}

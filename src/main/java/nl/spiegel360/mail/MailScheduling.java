package nl.spiegel360.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import nl.spiegel360.security.SystemTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sends the outbox every half minute, on one instance at a time, and soon after a transaction queued mail
 * ({@link OutboxTrigger}).
 */
@Configuration
class MailScheduling {

    static final String TASK = "mail-outbox";

    @Bean
    RecurringTask<Void> mailOutboxTask(MailOutbox outbox) {
        return Tasks.recurring(TASK, FixedDelay.of(Duration.ofSeconds(30)))
                .execute((instance, context) -> SystemTask.call(outbox::sendDue));
    }
}

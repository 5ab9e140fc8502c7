package nl.spiegel360.api;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import nl.spiegel360.security.SystemTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sends the webhooks' deliveries every ten seconds, on one instance at a time. */
@Configuration
class WebhookScheduling {

    static final String TASK = "webhook-deliveries";

    @Bean
    RecurringTask<Void> webhookDeliveryTask(WebhookDelivery delivery) {
        return Tasks.recurring(TASK, FixedDelay.of(Duration.ofSeconds(10)))
                .execute((instance, context) -> SystemTask.call(delivery::sendDue));
    }
}

package nl.spiegel360.mail;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the outbox soon after a transaction that queued mail has committed, rather than at the outbox's next half
 * minute: an invitation or a password link reaches its reader within the scheduler's polling interval. The outbox's
 * task is moved to now, once per transaction however many mails it queued; whichever instance polls first sends it,
 * once. When the task runs at that moment, or the scheduler has not started, the mail waits for the next run.
 */
@Component
class OutboxTrigger {

    private static final Object ASKED = new Object();

    private final ObjectProvider<Scheduler> scheduler;
    private final Clock clock;

    OutboxTrigger(ObjectProvider<Scheduler> scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Asks for the outbox to be sent once the current transaction has committed. */
    void afterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(ASKED)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(ASKED, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sendSoon();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ASKED);
            }
        });
    }

    private void sendSoon() {
        Scheduler s = scheduler.getIfAvailable();
        if (s == null) {
            return;
        }
        try {
            if (s.reschedule(TaskInstanceId.of(MailScheduling.TASK, RecurringTask.INSTANCE), clock.instant())) {
                s.triggerCheckForDueExecutions();
            }
        } catch (RuntimeException runningOrNotStarted) {
            // the outbox is being sent right now, or the scheduler has not started: the next run sends the mail
        }
    }
}

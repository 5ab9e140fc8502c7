package nl.spiegel360.review;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.security.CurrentUser;
import nl.spiegel360.security.SpiegelUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Closing a cycle's reviews in the background. HR's click or the passed deadline schedules one db-scheduler
 * execution per cycle ({@link #TASK}, the cycle's id as its instance); it closes the cycle's reviews a page at a time,
 * each page in a transaction of its own ({@link ReviewClosing#closeDuePage}), so that a stop in the middle leaves
 * every review either closed with its result or still collecting. After a crash or a stopped instance the scheduler
 * runs it again on any instance (once across instances) and it goes on where the pages stopped: a closed review is
 * never closed twice. When it is done, the HR member who closed the cycle gets a mail.
 */
@Service
public class CycleClosings {

    /** The db-scheduler task that closes one cycle's reviews. */
    public static final String TASK = "close-cycle";

    /** How far a close has come: reviews closed of the cycle's reviews. */
    public record Progress(long closed, long total) {
    }

    private final ReviewClosing closing;
    private final ReviewRepository reviews;
    private final ObjectProvider<Scheduler> scheduler;
    private final JdbcClient jdbc;
    private final ReviewMailer mailer;
    private final PersonDirectory people;
    private final CurrentUser currentUser;
    private final Clock clock;

    CycleClosings(ReviewClosing closing, ReviewRepository reviews, ObjectProvider<Scheduler> scheduler,
            JdbcClient jdbc, ReviewMailer mailer, PersonDirectory people, CurrentUser currentUser, Clock clock) {
        this.closing = closing;
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.scheduler = scheduler;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Schedules the close of a cycle's due reviews once the current transaction has committed (so that the execution
     * sees the closed cycle), and once: a close already scheduled or running is not scheduled again. The person who
     * asked is told when it is done; nobody when the deadline closed it.
     */
    void schedule(long cycleId) {
        long requestedBy = currentUser.find().map(SpiegelUser::personId).orElse(0L);
        Runnable schedule = () -> {
            Scheduler s = scheduler.getObject();
            s.scheduleIfNotExists(new TaskInstance<>(TASK, Long.toString(cycleId), requestedBy), clock.instant());
            s.triggerCheckForDueExecutions();
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    schedule.run();
                }
            });
        } else {
            schedule.run();
        }
    }

    /** Schedules the close of every cycle that has reviews due to close (the daily deadline work). */
    void scheduleDue() {
        for (Long cycleId : reviews.findCyclesWithCollectingDue(LocalDate.now(clock))) {
            schedule(cycleId);
        }
    }

    /**
     * Closes every due review of the cycle, a page at a time, and tells the person who asked for it: what the
     * scheduled execution does, wherever it runs.
     */
    @PreAuthorize("hasRole('HR')")
    public void finish(long cycleId, long requestedBy) {
        String how = requestedBy > 0 ? "cycle closed" : "deadline";
        int closed;
        do {
            closed = closing.closeDuePage(cycleId, how);
        } while (closed > 0);
        if (requestedBy > 0) {
            String name = jdbc.sql("select name from review_cycle where id = ?").param(cycleId).query(String.class)
                    .single();
            people.refs(List.of(requestedBy)).all().stream().findFirst().ifPresent(hr -> mailer.cycleClosed(hr,
                    name, reviews.countClosedInCycle(cycleId), "/cycles/" + cycleId));
        }
    }

    /**
     * HR: how far the close of a cycle has come, while one is scheduled or running and reviews remain to close;
     * empty otherwise.
     */
    @PreAuthorize("hasRole('HR')")
    public Optional<Progress> progress(long cycleId) {
        boolean scheduled = jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and task_instance = ?")
                .params(TASK, Long.toString(cycleId)).query(Long.class).single() > 0;
        if (!scheduled) {
            return Optional.empty();
        }
        long total = reviews.countByCycleId(cycleId);
        long closed = reviews.countClosedInCycle(cycleId);
        return closed < total ? Optional.of(new Progress(closed, total)) : Optional.empty();
    }
}

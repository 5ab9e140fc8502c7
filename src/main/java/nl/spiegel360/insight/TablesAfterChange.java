package nl.spiegel360.insight;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.spiegel360.report.StandingsChanged;
import nl.spiegel360.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Builds the organisation's kept tables of a cycle again in the background once a release or an erasure changed its
 * standings, so that the next reader of the page does not wait for it (at 10,000 people a table takes 0.2 to 0.5
 * seconds). Changes that follow each other within {@link #PAUSE_MILLIS} (HR releasing a team's reviews one by one) are
 * built once. Only the tables somebody read are built. A change made on another instance of a cluster is not told
 * here: every {@code spiegel360.insight.check-interval} (10 s unless set) the kept tables' cycles are compared with
 * their standings (one query each) and those that changed are built too.
 */
@Component
class TablesAfterChange {

    static final long PAUSE_MILLIS = 2_000;

    private static final Logger LOG = LoggerFactory.getLogger(TablesAfterChange.class);

    private final OrganisationInsight insight;
    private final Set<Long> due = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService builder = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "organisation-tables");
        thread.setDaemon(true);
        return thread;
    });

    TablesAfterChange(OrganisationInsight insight,
            @Value("${spiegel360.insight.check-interval:10s}") Duration checkInterval) {
        this.insight = insight;
        long every = Math.max(1, checkInterval.toMillis());
        builder.scheduleWithFixedDelay(this::checkKept, every, every, TimeUnit.MILLISECONDS);
    }

    /** After the change committed: the cycle's tables are built after the pause, once for every change in it. */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(StandingsChanged changed) {
        long cycleId = changed.cycleId();
        if (due.add(cycleId)) {
            builder.schedule(() -> build(cycleId), PAUSE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Builds the kept tables whose standings another instance changed. */
    private void checkKept() {
        try {
            SystemTask.run(() -> {
                for (long cycleId : insight.keptCycles()) {
                    if (!due.contains(cycleId)) {
                        insight.refresh(cycleId);
                    }
                }
            });
        } catch (RuntimeException e) {
            // the database may be away for a moment: the next check, or the next reader, builds the table
            LOG.debug("The organisation's kept tables were not checked: {}", e.toString());
        }
    }

    private void build(long cycleId) {
        // a change from now on asks for another build: this one may have read the standings before it
        due.remove(cycleId);
        try {
            SystemTask.run(() -> insight.refresh(cycleId));
        } catch (RuntimeException e) {
            // the next reader builds the table as before
            LOG.warn("The organisation's tables of cycle {} were not built again: {}", cycleId, e.toString());
        }
    }

    @PreDestroy
    void stop() {
        builder.shutdownNow();
    }
}

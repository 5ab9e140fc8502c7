package nl.spiegel360.base;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scheduler for the metrics: how far behind the oldest due task is (0 when none waits), shared by all
 * instances because the tasks are in the database.
 */
@Component
class SchedulerMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;

    SchedulerMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("spiegel360.scheduler.lag", this, SchedulerMetrics::lagSeconds).baseUnit("seconds")
                .description("How long the oldest due scheduled task has waited").register(registry);
    }

    private double lagSeconds() {
        Timestamp oldest = jdbc.sql("select min(execution_time) from scheduled_tasks where picked = false")
                .query(Timestamp.class).optional().orElse(null);
        if (oldest == null) {
            return 0;
        }
        return Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0);
    }
}

package nl.spiegel360.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox for the metrics: mails waiting to be sent, and mails the mail server keeps refusing. */
@Component
class MailMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    MailMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("spiegel360.mail.outbox.waiting", this, m -> m.count("sent_at is null and gave_up_at is null"))
                .description("Mails queued and not yet accepted by the mail server").register(registry);
        Gauge.builder("spiegel360.mail.outbox.failing", this, m -> m.count("sent_at is null and attempts >= 3"))
                .description("Mails the mail server refused three times or more").register(registry);
    }

    private double count(String condition) {
        return jdbc.sql("select count(*) from mail_outbox where " + condition).query(Long.class).single();
    }
}

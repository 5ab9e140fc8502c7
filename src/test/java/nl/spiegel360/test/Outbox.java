package nl.spiegel360.test;

import nl.spiegel360.mail.MailOutbox;
import org.springframework.stereotype.Component;

/** Sends what the outbox holds now, as its scheduled task would (the scheduler does not run in tests). */
@Component
public class Outbox {

    private final MailOutbox outbox;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    Outbox(MailOutbox outbox, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    /**
     * Takes the mails that other tests left in the shared database out of the way (as sent), so that what a mail
     * test sends and counts is its own, and not a backlog that grows with the suite.
     */
    public void clearBacklog() {
        jdbc.update("update mail_outbox set sent_at = current_timestamp where sent_at is null and gave_up_at is null");
    }

    /** Sends every due mail; returns how many a mail server accepted. */
    public int deliver() {
        int total = 0;
        for (int sent = send(); sent > 0; sent = send()) {
            total += sent;
        }
        return total;
    }

    private int send() {
        return nl.spiegel360.security.SystemTask.call(outbox::sendDue);
    }
}

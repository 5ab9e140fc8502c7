package nl.spiegel360.test;

import nl.spiegel360.mail.MailOutbox;
import org.springframework.stereotype.Component;

/** Sends what the outbox holds now, as its scheduled task would (the scheduler does not run in tests). */
@Component
public class Outbox {

    private final MailOutbox outbox;

    Outbox(MailOutbox outbox) {
        this.outbox = outbox;
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

package nl.spiegel360.mail;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a translated mail: subject and body come from {@code key.subject} and {@code key.body} in the
 * recipient's language. The mail is written to the outbox in the caller's transaction, so that it exists exactly
 * when the change that causes it is committed; {@link MailOutbox} sends it.
 */
@Component
public class Mailer {

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    Mailer(MailOutbox outbox, MessageSource messages, @Value("${spiegel360.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    /** An absolute link into the application. */
    public String link(String path) {
        return baseUrl + path;
    }

    /** Queues the mail in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(String to, String languageTag, String key, Object... args) {
        Locale locale = Locale.forLanguageTag(languageTag);
        outbox.queue(to, messages.getMessage(key + ".subject", args, locale),
                messages.getMessage(key + ".body", args, locale));
    }
}

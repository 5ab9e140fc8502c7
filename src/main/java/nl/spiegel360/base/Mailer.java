package nl.spiegel360.base;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a translated mail: subject and body come from {@code key.subject} and {@code key.body} in the
 * recipient's language. Without a configured mail server, it only logs that a mail was not sent.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    Mailer(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
            @Value("${spiegel360.mail.from}") String from, @Value("${spiegel360.base-url}") String baseUrl) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    /** An absolute link into the application. */
    public String link(String path) {
        return baseUrl + path;
    }

    /** Sends the mail; returns whether a mail server took it. */
    public boolean send(String to, String languageTag, String key, Object... args) {
        Locale locale = Locale.forLanguageTag(languageTag);
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject(messages.getMessage(key + ".subject", args, locale));
        mail.setText(messages.getMessage(key + ".body", args, locale));
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("No mail server configured; not sent: '{}'", mail.getSubject());
            return false;
        }
        try {
            sender.send(mail);
            return true;
        } catch (MailException e) {
            log.warn("A mail could not be sent: {}", e.getMessage());
            return false;
        }
    }
}

package nl.spiegel360.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import nl.spiegel360.base.SqlTimes;

/**
 * The outbox: mails wait here until a mail server has accepted them. Sending tries again with pauses that double
 * from a minute up to an hour, and gives up after two days; HR sees the mails that keep failing. Without a
 * configured mail server nothing is sent and the mails wait.
 */
@Service
public class MailOutbox {

    /** A mail that failed this often is shown to HR as failing. */
    public static final int FAILING_AFTER = 3;
    static final Duration FIRST_PAUSE = nl.spiegel360.base.Backoff.FIRST_PAUSE;
    static final Duration LONGEST_PAUSE = nl.spiegel360.base.Backoff.LONGEST_PAUSE;
    static final Duration GIVE_UP_AFTER = nl.spiegel360.base.Backoff.GIVE_UP_AFTER;
    private static final int BATCH = 50;

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final String from;
    private final OutboxTrigger trigger;

    MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, Clock clock,
            @Value("${spiegel360.mail.from}") String from, OutboxTrigger trigger) {
        this.trigger = trigger;
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
    }

    /** A mail in the outbox, as HR sees it: never its body, which may hold a sign-in link. */
    public record OutboxMail(long id, String recipient, String subject, Instant createdAt, int attempts,
            @Nullable Instant sentAt, @Nullable Instant gaveUpAt, @Nullable String lastError) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void queue(String to, String subject, String body) {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into mail_outbox (id, recipient, subject, body, created_at, attempts, next_attempt_at)
                values (nextval('mail_outbox_seq'), ?, ?, ?, ?, 0, ?)""")
                .params(to, cut(subject, 500), body, Timestamp.from(now), Timestamp.from(now)).update();
        trigger.afterCommit();
    }

    /** Sends the mails that are due now; returns how many a mail server accepted. The scheduled task's work. */
    @PreAuthorize("hasRole('HR')")
    public int sendDue() {
        return sendDue(clock.instant());
    }

    /**
     * Sends the mails due at this moment, each in a step of its own: marked sent right after the server accepted
     * it, or given a later attempt. Runs on one instance at a time (a scheduled task). Returns how many were sent.
     */
    int sendDue(Instant now) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        List<Due> due = jdbc.sql("""
                select id, recipient, subject, body, attempts, created_at from mail_outbox
                where sent_at is null and gave_up_at is null and next_attempt_at <= ?
                order by id limit ?""").params(Timestamp.from(now), BATCH)
                .query((rs, i) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getTimestamp(6).toInstant())).list();
        int sent = 0;
        for (Due mail : due) {
            try {
                sender.send(message(mail));
            } catch (MailException e) {
                failed(mail, now, e);
                continue;
            }
            // the body may hold a personal link or a reset link: once the server has it, it is kept nowhere here
            jdbc.sql("update mail_outbox set sent_at = ?, attempts = attempts + 1, body = '' where id = ?")
                    .params(Timestamp.from(clock.instant()), mail.id()).update();
            sent++;
        }
        return sent;
    }

    private void failed(Due mail, Instant now, MailException e) {
        int attempts = mail.attempts() + 1;
        boolean giveUp = !now.isBefore(mail.createdAt().plus(GIVE_UP_AFTER));
        log.warn("Mail {} not accepted (attempt {}{}): {}", mail.id(), attempts, giveUp ? ", given up" : "",
                e.getMessage());
        jdbc.sql("""
                update mail_outbox set attempts = ?, next_attempt_at = ?, last_error = ?, gave_up_at = ?
                where id = ?""")
                .params(Arrays.asList(attempts, Timestamp.from(now.plus(pause(attempts))),
                        cut(String.valueOf(e.getMessage()), 1000), giveUp ? Timestamp.from(now) : null, mail.id()))
                .update();
    }

    /** The pause after this many failed attempts: a minute, doubling, at most an hour. */
    static Duration pause(int attempts) {
        return nl.spiegel360.base.Backoff.pause(attempts);
    }

    /** The mails that failed at least {@link #FAILING_AFTER} times and were not sent since, newest first. */
    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public List<OutboxMail> failing() {
        return jdbc.sql("""
                select id, recipient, subject, created_at, attempts, sent_at, gave_up_at, last_error from mail_outbox
                where sent_at is null and attempts >= ? order by id desc limit 500""").param(FAILING_AFTER)
                .query((rs, i) -> new OutboxMail(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getInt(5), SqlTimes.instant(rs.getTimestamp(6)),
                        SqlTimes.instant(rs.getTimestamp(7)), rs.getString(8))).list();
    }

    /** How many mails wait to be sent, failing or not. */
    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public long waiting() {
        return jdbc.sql("select count(*) from mail_outbox where sent_at is null and gave_up_at is null")
                .query(Long.class).single();
    }

    /** Whether a mail server is configured at all. */
    @PreAuthorize("hasRole('HR')")
    public boolean canSend() {
        return mailSender.getIfAvailable() != null;
    }

    /** HR asks for another try of a mail that failed or was given up: it is due at once. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void retry(long id) {
        jdbc.sql("update mail_outbox set next_attempt_at = ?, gave_up_at = null where id = ? and sent_at is null")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    private SimpleMailMessage message(Due mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.recipient());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        return message;
    }


    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private record Due(long id, String recipient, String subject, String body, int attempts, Instant createdAt) {
    }
}

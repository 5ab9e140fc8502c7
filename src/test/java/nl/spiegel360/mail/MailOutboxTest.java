package nl.spiegel360.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import nl.spiegel360.test.Smtp;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.people.PasswordResetService;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonDraft;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.review.NominationService;
import nl.spiegel360.review.ReviewFixture;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outbox against a real SMTP server that is down for over an hour and then back: every mail arrives once. */
@IntegrationTest
class MailOutboxTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    PasswordResetService resets;

    @Autowired
    PersonAdministration people;

    @Autowired
    CycleService cycles;

    @Autowired
    NominationService nominations;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Login login;

    private final GreenMail smtp = new GreenMail(Smtp.SETUP);

    @org.junit.jupiter.api.BeforeEach
    void onlyThisTestsMails() {
        backlog.clearBacklog();
    }

    @Autowired
    nl.spiegel360.test.Outbox backlog;

    @org.junit.jupiter.api.Test
    void a_mail_server_that_accepts_and_never_answers_costs_an_attempt_not_the_outbox() throws Exception {
        String to = "hangt-" + System.nanoTime() + "@example.org";
        new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(status -> outbox.queue(to, "Onderwerp", "Tekst"));
        try (var server = new java.net.ServerSocket(Smtp.SETUP.getPort())) {
            var held = new java.util.ArrayList<java.net.Socket>();
            Thread acceptor = Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        held.add(server.accept());
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            long started = System.nanoTime();
            assertThat(outbox.sendDue(TestClock.now())).isZero();
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).as("the read timeout ends the wait")
                    .isLessThan(java.time.Duration.ofSeconds(20));
            acceptor.interrupt();
            for (var socket : held) {
                socket.close();
            }
        }
        assertThat(jdbc.queryForMap("select attempts, sent_at, last_error from mail_outbox where recipient = ?", to))
                .satisfies(row -> {
                    assertThat(row.get("attempts")).as("counted as an attempt, retried later").isEqualTo(1);
                    assertThat(row.get("sent_at")).isNull();
                    assertThat(String.valueOf(row.get("last_error"))).containsIgnoringCase("timed out");
                });
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @AfterEach
    void stop() {
        smtp.stop();
        login.out();
    }

    @Test
    void mails_queued_while_the_mail_server_is_down_arrive_once_when_it_is_back() throws Exception {
        var team = fixture.team(2, TestClock.today().plusDays(10));
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.NOMINATION);
        long reviewId = fixture.reviewOf(team, team.employee(0));
        String suffix = Long.toString(System.nanoTime(), 36);
        login.as(DemoPeople.HR_EMAIL);
        long person = people.create(new PersonDraft("Olga Outbox", "olga-" + suffix + "@example.org", null, null,
                null, false, null)).id();
        login.as(DemoPeople.HR_EMAIL);
        resets.issue(person);
        login.as(team.manager().email());
        nominations.nominate(reviewId, team.employee(1).id(), RaterGroup.PEER);
        List<String> recipients = List.of("olga-" + suffix + "@example.org", team.employee(1).email());

        Instant start = TestClock.now();
        for (int minutes : new int[] {0, 2, 5, 10, 30, 61}) {
            outbox.sendDue(start.plus(Duration.ofMinutes(minutes)));
        }
        java.util.Map<String, Long> queued = new java.util.HashMap<>();
        for (String to : recipients) {
            queued.put(to, jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Long.class, to));
            assertThat(queued.get(to)).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and sent_at is null "
                    + "and attempts >= 3", Long.class, to)).as("kept, not marked sent: %s", to)
                    .isEqualTo(queued.get(to));
        }
        login.as(DemoPeople.HR_EMAIL);
        assertThat(outbox.failing()).extracting(MailOutbox.OutboxMail::recipient).containsAll(recipients);
        assertThat(outbox.failing()).filteredOn(m -> recipients.contains(m.recipient()))
                .allSatisfy(m -> assertThat(m.lastError()).isNotBlank());

        smtp.start();
        Instant later = start.plus(Duration.ofHours(3));
        while (outbox.sendDue(later) > 0) {
            later = later.plusSeconds(1);
        }
        outbox.sendDue(later.plus(Duration.ofHours(1)));

        for (String to : recipients) {
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(to)).count())
                    .as("each mail to %s exactly once", to).isEqualTo(queued.get(to));
        }
        assertThat(outbox.failing()).extracting(MailOutbox.OutboxMail::recipient).doesNotContainAnyElementsOf(
                recipients);
    }

    @Test
    void a_change_that_is_refused_queues_no_mail() {
        login.as(DemoPeople.HR_EMAIL);
        String email = "niet-" + System.nanoTime() + "@example.org";
        long person = people.create(new PersonDraft("Nina Niet", email, null, null, null, false, null)).id();
        people.deactivate(person);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> resets.issue(person))
                .isInstanceOf(nl.spiegel360.base.UserFacingException.class);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Long.class, email))
                .isZero();
    }

    @Test
    void the_pause_between_attempts_doubles_from_a_minute_to_at_most_an_hour() {
        assertThat(List.of(1, 2, 3, 6, 7, 20)).extracting(MailOutbox::pause).containsExactly(Duration.ofMinutes(1),
                Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(32), Duration.ofHours(1),
                Duration.ofHours(1));
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

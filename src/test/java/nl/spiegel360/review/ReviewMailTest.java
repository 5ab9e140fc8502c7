package nl.spiegel360.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import nl.spiegel360.test.Smtp;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.people.OwnAccount;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.security.SystemTask;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Mails through a real SMTP server (GreenMail, in-process, on the port the test profile sends to). */
@IntegrationTest
class ReviewMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(Smtp.SETUP);

    @Autowired
    CycleService cycles;

    @Autowired
    NominationService nominations;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    RaterRequests requests;

    @Autowired
    PersonAdministration people;

    @Autowired
    OwnAccount account;

    @Autowired
    ReviewDeadlines deadlines;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    Login login;

    @Autowired
    nl.spiegel360.test.Outbox outbox;

    @org.junit.jupiter.api.BeforeEach
    void onlyThisTestsMails() {
        backlog.clearBacklog();
    }

    @Autowired
    nl.spiegel360.test.Outbox backlog;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void a_rater_is_invited_in_their_own_language_with_a_link() throws Exception {
        var team = fixture.team(2, TestClock.today().plusDays(10));
        login.as(team.employee(1).email());
        account.rememberForCurrentUser(Locale.ENGLISH);
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.NOMINATION);
        String cycleName = cycles.cycle(team.cycleId()).name();
        long reviewId = fixture.reviewOf(team, team.employee(0));
        outbox.deliver();
        smtp.purgeEmailFromAllMailboxes();
        login.as(team.manager().email());
        long assignment = nominations.nominate(reviewId, team.employee(1).id(), RaterGroup.PEER).assignmentId();
        outbox.deliver();
        assertThat(smtp.getReceivedMessages()).as("delivered before the outbox returned")
                .hasSizeGreaterThanOrEqualTo(1);
        MimeMessage mail = only(team.employee(1).email());
        assertThat(mail.getSubject()).isEqualTo("Feedback request: " + team.employee(0).name() + " ("
                + cycleName + ")");
        assertThat(GreenMailUtil.getBody(mail)).contains("/requests/" + assignment);
    }

    @Test
    void launching_invites_employee_and_manager_in_dutch() throws Exception {
        var team = fixture.team(1, TestClock.today().plusDays(10));
        outbox.deliver();
        smtp.purgeEmailFromAllMailboxes();
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.NOMINATION);
        outbox.deliver();
        assertThat(smtp.getReceivedMessages()).as("delivered before the outbox returned")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(only(team.employee(0).email()).getSubject()).startsWith("Je zelfbeoordeling:");
        assertThat(only(team.manager().email()).getSubject())
                .isEqualTo("Feedbackverzoek: " + team.employee(0).name() + " (" + cycles.cycle(team.cycleId()).name()
                        + ")");
    }

    @Test
    void reminders_go_once_and_only_to_raters_who_have_not_submitted() throws Exception {
        var team = fixture.team(3, TestClock.today().plusDays(2));
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.NOMINATION);
        long reviewId = fixture.reviewOf(team, team.employee(0));
        login.as(team.manager().email());
        long submitter = nominations.nominate(reviewId, team.employee(1).id(), RaterGroup.PEER).assignmentId();
        nominations.nominate(reviewId, team.employee(2).id(), RaterGroup.PEER);
        login.as(team.employee(1).email());
        var q = questionnaires.questionnaire(submitter);
        QuestionnaireServiceTest.items(q).forEach(i -> questionnaires.answer(submitter, i.indicatorId(), 3,
                QuestionnaireService.NEW));
        questionnaires.submit(submitter);
        login.out();
        outbox.deliver();
        smtp.purgeEmailFromAllMailboxes();

        int sent = SystemTask.call(deadlines::sendReminders);
        outbox.deliver();
        assertThat(smtp.getReceivedMessages()).as("delivered before the outbox returned")
                .hasSizeGreaterThanOrEqualTo(sent);
        String about = team.employee(0).name();
        List<String> reminded = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> isReminder(m) && subject(m).contains(about)).map(ReviewMailTest::recipient).toList();
        assertThat(reminded).containsExactlyInAnyOrder(team.employee(2).email(), team.employee(0).email(),
                team.manager().email());
        outbox.deliver();
        smtp.purgeEmailFromAllMailboxes();
        SystemTask.call(deadlines::sendReminders);
        outbox.deliver();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(about))).isEmpty();
    }

    @Autowired
    nl.spiegel360.report.ReportFixture results;

    @Test
    void a_rater_whose_questionnaire_is_left_out_at_close_is_told_and_nobody_else() throws Exception {
        var rated = results.collecting(4, nl.spiegel360.report.ReportFixture::spread);
        long late = rated.assignments().get(5);
        login.as(DemoPeople.HR_EMAIL);
        requests.reopen(late, "nog aanvullen");
        login.out();
        outbox.deliver();
        smtp.purgeEmailFromAllMailboxes();

        results.close(rated);

        outbox.deliver();

        assertThat(smtp.getReceivedMessages()).as("delivered before the outbox returned")
                .hasSizeGreaterThanOrEqualTo(1);
        String about = rated.employee().name();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(about)))
                .singleElement().satisfies(m -> {
                    assertThat(recipient(m)).isEqualTo(rated.team().employee(4).email());
                    assertThat(subject(m)).isEqualTo("De 360-feedback voor " + about + " is afgesloten");
                    assertThat(GreenMailUtil.getBody(m)).contains("bewaard");
                });
    }

    private boolean isReminder(MimeMessage m) {
        try {
            return m.getSubject().startsWith("Herinnering") || m.getSubject().startsWith("Reminder");
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MimeMessage only(String email) {
        var mine = Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email)).toList();
        assertThat(mine).hasSize(1);
        return mine.getFirst();
    }
}

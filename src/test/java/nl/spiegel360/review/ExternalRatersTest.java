package nl.spiegel360.review;

import static nl.spiegel360.review.CycleServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import nl.spiegel360.test.Smtp;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.report.Report;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.review.ReviewReadModels.Questionnaire;
import nl.spiegel360.review.ReviewReadModels.QuestionnaireItem;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.Outbox;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * External raters against the real database and a real mail server: proposed by the employee, approved by the
 * manager, invited by mail with a personal link that opens one questionnaire and nothing else, until it is
 * submitted, withdrawn or closed; reported as a group of their own behind its minimum; erased and purged.
 */
@IntegrationTest
class ExternalRatersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(Smtp.SETUP);

    private static final Pattern LINK = Pattern.compile("/feedback/([A-Za-z0-9_-]{43})");
    private static final String ADDRESS = "192.0.2.10";

    @Autowired
    CycleService cycles;

    @Autowired
    CycleClosings closings;

    @Autowired
    NominationService nominations;

    @Autowired
    nl.spiegel360.review.NominationReads nominationReads;

    @Autowired
    nl.spiegel360.review.ExternalNominations outsiders;

    @Autowired
    ExternalQuestionnaires external;

    @Autowired
    ExternalRaters externalRaters;

    @Autowired
    ReviewErasure erasure;

    @Autowired
    ReviewDeadlines deadlines;

    @Autowired
    SubmittedAnswers submittedAnswers;

    @Autowired
    ReportService reports;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    Login login;

    @Autowired
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void onlyThisTestsMails() throws Exception {
        outbox.clearBacklog();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        login.out();
    }

    /** A team whose cycle asks external raters, in its nomination phase; employee 0's review. */
    private record Setup(ReviewFixture.Team team, long reviewId) {
    }

    private Setup nominationPhase() {
        var team = fixture.team(2, TestClock.today().plusDays(10));
        jdbc.update("update review_cycle set external_raters = true where id = ?", team.cycleId());
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.NOMINATION);
        login.out();
        return new Setup(team, fixture.reviewOf(team, team.employee(0)));
    }

    private static String address(Setup s, int i) {
        return "klant" + i + "-" + s.team().cycleId() + "@klant.example";
    }

    /** The employee proposes {@code n} customers, the manager approves them all; returns their links, in order. */
    private List<String> invited(Setup s, int n) throws Exception {
        login.as(s.team().employee(0).email());
        for (int i = 0; i < n; i++) {
            var line = outsiders.nominateExternal(s.reviewId(), new ExternalDraft("Klant " + i, address(s, i),
                    "Klantbedrijf " + i, i == 2 ? "en" : "nl"));
            assertThat(line.status()).isEqualTo(AssignmentStatus.PROPOSED);
        }
        outbox.deliver();
        assertThat(mailsTo(address(s, 0))).as("nobody is invited before the manager approves").isEmpty();
        login.as(s.team().manager().email());
        assertThat(nominations.approveAll(s.reviewId())).isEqualTo(n);
        login.out();
        outbox.deliver();
        List<String> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            links.add(linkIn(only(address(s, i))));
        }
        return links;
    }

    /** HR closes the cycle: every review closes, with its result where it has one. */
    private void closeCycle(Setup s) {
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(s.team().cycleId(), CycleState.RATING);
        cycles.advance(s.team().cycleId(), CycleState.CLOSED);
        closings.finish(s.team().cycleId(), 0);
        login.out();
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                mails.add(m);
            }
        }
        return mails;
    }

    private MimeMessage only(String address) throws Exception {
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).as("mails to %s", address).hasSize(1);
        return mails.getFirst();
    }

    private static String linkIn(MimeMessage mail) {
        Matcher m = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
        assertThat(m.find()).as("a personal link in: %s", GreenMailUtil.getBody(mail)).isTrue();
        return m.group(1);
    }

    private QuestionnaireDoor door(String link) {
        external.open(link, ADDRESS);
        return ExternalQuestionnaires.door(external, link);
    }

    /** Answers every item of the questionnaire behind the link (3, or "can't judge" on every fifth) and submits. */
    private Questionnaire answerAndSubmit(String link, int score) {
        QuestionnaireDoor door = door(link);
        Questionnaire q = door.read(Locale.forLanguageTag("nl"));
        int i = 0;
        for (QuestionnaireItem item : QuestionnaireServiceTest.items(q)) {
            door.answer(item.indicatorId(), ++i % 5 == 0 ? null : score, QuestionnaireService.NEW);
        }
        assertThat(door.submit()).isEqualTo(AssignmentStatus.SUBMITTED);
        return q;
    }

    private long ratings() {
        return jdbc.queryForObject("select count(*) from rating", Long.class);
    }

    @Test
    void customers_proposed_by_the_employee_and_approved_answer_once_through_their_links() throws Exception {
        var s = nominationPhase();
        List<String> links = invited(s, 3);
        MimeMessage invitation = only(address(s, 0));
        String body = GreenMailUtil.getBody(invitation).replace("=\r\n", "");
        assertThat(invitation.getSubject()).isEqualTo("Feedbackverzoek voor " + s.team().employee(0).name());
        assertThat(body).contains(s.team().employee(0).name()).contains("Beste Klant 0");
        assertThat(only(address(s, 2)).getSubject()).as("in the customer's own language")
                .isEqualTo("Feedback request for " + s.team().employee(0).name());

        assertThat(external.language(links.get(2))).isEqualTo(Locale.ENGLISH);
        Questionnaire q = door(links.get(0)).read(Locale.forLanguageTag("nl"));
        assertThat(q.group()).isEqualTo(RaterGroup.EXTERNAL);
        assertThat(q.competencies()).as("only the competencies a customer sees")
                .extracting(c -> c.label())
                .containsExactlyInAnyOrder("Klantpartnerschap", "Inlevingsvermogen", "Communiceren");

        answerAndSubmit(links.get(0), 3);
        long stored = ratings();
        assertRefused(() -> external.open(links.get(0), ADDRESS), "link.refused");
        assertRefused(() -> ExternalQuestionnaires.door(external, links.get(0)).answer(
                QuestionnaireServiceTest.items(q).getFirst().indicatorId(), 1, 0), "link.refused");
        assertThat(ratings()).as("the link changes nothing after submit").isEqualTo(stored);
        assertThat(jdbc.queryForObject("select status from rater_assignment where id = ?", String.class,
                q.assignmentId())).isEqualTo("SUBMITTED");
    }

    @Test
    void a_changed_a_withdrawn_and_a_closed_link_open_nothing_and_change_nothing() throws Exception {
        var s = nominationPhase();
        List<String> links = invited(s, 3);
        String link = links.get(0);
        String changed = link.substring(0, 42) + (link.charAt(42) == 'A' ? 'B' : 'A');
        assertRefused(() -> external.open(changed, ADDRESS), "link.refused");
        assertRefused(() -> external.open(link + "A", ADDRESS), "link.refused");
        assertRefused(() -> external.open("", ADDRESS), "link.refused");

        QuestionnaireDoor second = door(links.get(1));
        long item = QuestionnaireServiceTest.items(second.read(Locale.ENGLISH)).getFirst().indicatorId();
        second.answer(item, 2, QuestionnaireService.NEW);
        long withdrawn = second.read(Locale.ENGLISH).assignmentId();
        login.as(s.team().manager().email());
        jdbc.update("delete from rating where assignment_id = ?", withdrawn);
        nominations.remove(withdrawn);
        login.out();
        long stored = ratings();
        assertRefused(() -> external.open(links.get(1), ADDRESS), "link.refused");
        assertRefused(() -> second.answer(item, 4, QuestionnaireService.NEW), "link.refused");

        QuestionnaireDoor third = door(links.get(2));
        closeCycle(s);
        assertRefused(() -> external.open(links.get(2), ADDRESS), "link.refused");
        assertRefused(() -> third.answer(item, 4, QuestionnaireService.NEW), "link.refused");
        assertThat(ratings()).isEqualTo(stored);
        outbox.deliver();
        assertThat(mailsTo(address(s, 2))).extracting(MimeMessage::getSubject)
                .as("the customer who had not submitted hears that the review closed")
                .contains("The feedback for " + s.team().employee(0).name() + " has closed");
    }

    @Test
    void a_link_reaches_no_item_and_no_comment_outside_its_own_questionnaire() throws Exception {
        var s = nominationPhase();
        String link = invited(s, 3).getFirst();
        QuestionnaireDoor door = door(link);
        Questionnaire q = door.read(Locale.forLanguageTag("nl"));
        login.as(DemoPeople.HR_EMAIL);
        List<Long> others = jdbc.queryForList("""
                select i.id from behavioural_indicator i join proficiency_level l on l.id = i.level_id
                join profile_entry e on e.competency_id = l.competency_id
                where e.profile_id = (select profile_id from review where id = ?) and not e.external_judges""",
                Long.class, s.reviewId());
        long otherCompetency = jdbc.queryForObject("""
                select competency_id from profile_entry e
                where e.profile_id = (select profile_id from review where id = ?) and not e.external_judges
                fetch first 1 rows only""", Long.class, s.reviewId());
        login.out();
        assertThat(others).isNotEmpty();
        long stored = ratings();
        for (long other : others.subList(0, 3)) {
            assertRefused(() -> door.answer(other, 3, QuestionnaireService.NEW), "common.not-found");
        }
        assertRefused(() -> door.comment(otherCompetency, "Over iets anders", QuestionnaireService.NEW),
                "common.not-found");
        assertThat(ratings()).isEqualTo(stored);
        assertThat(q.competencies()).noneMatch(c -> c.competencyId() == otherCompetency);
    }

    @Test
    void the_database_holds_no_token_that_opens_the_page() throws Exception {
        var s = nominationPhase();
        List<String> links = invited(s, 3);
        List<String> columns = jdbc.queryForList("""
                select table_name || '.' || column_name from information_schema.columns
                where table_schema = current_schema() and data_type in ('text', 'character varying')""",
                String.class);
        assertThat(columns).contains("mail_outbox.body", "external_link.token_hash");
        for (String link : links) {
            for (String column : columns) {
                String[] tc = column.split("\\.");
                Long hits = jdbc.queryForObject("select count(*) from " + tc[0] + " where " + tc[1]
                        + " like ?", Long.class, "%" + link + "%");
                assertThat(hits).as("%s holds a link", column).isZero();
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from external_link l join rater_assignment a "
                + "on a.id = l.assignment_id where a.review_id = ?", Long.class, s.reviewId())).isEqualTo(3);
    }

    @Test
    void a_burst_of_wrong_links_from_one_address_pauses_that_address_only() throws Exception {
        var s = nominationPhase();
        String link = invited(s, 3).getFirst();
        String attacker = "198.51.100." + (s.team().cycleId() % 200);
        Long before = jdbc.queryForObject("select coalesce(sum(refusals), 0) from anonymous_refusal where address = ?",
                Long.class, attacker);
        for (int i = 0; i < 12; i++) {
            String guess = nl.spiegel360.base.Secrets.randomToken();
            assertRefused(() -> external.open(guess, attacker), "link.refused");
        }
        assertRefused(() -> external.open(link, attacker), "link.refused");
        external.open(link, "203.0.113.7");
        assertThat(ExternalQuestionnaires.door(external, link).read(Locale.ENGLISH).group())
                .isEqualTo(RaterGroup.EXTERNAL);
        assertThat(jdbc.queryForObject("select sum(refusals) from anonymous_refusal where address = ?",
                Long.class, attacker) - before).as("every refusal is counted").isEqualTo(13);
    }

    @Test
    void an_address_with_an_account_and_bad_input_are_refused_with_a_message_and_save_nothing() {
        var s = nominationPhase();
        login.as(s.team().employee(0).email());
        long before = jdbc.queryForObject("select count(*) from external_rater", Long.class);
        assertRefused(() -> outsiders.nominateExternal(s.reviewId(), new ExternalDraft("Collega",
                s.team().employee(1).email().toUpperCase(Locale.ROOT), "", "nl")),
                "nomination.error.external-has-account");
        assertRefused(() -> outsiders.nominateExternal(s.reviewId(), new ExternalDraft("Klant", "geen-adres", "",
                "nl")), "people.error.email-invalid");
        assertRefused(() -> outsiders.nominateExternal(s.reviewId(), new ExternalDraft(" ", "a@b.example", "",
                "nl")), "people.error.name-required");
        assertRefused(() -> outsiders.nominateExternal(s.reviewId(), new ExternalDraft("Klant", "a@b.example", "",
                "fr")), "nomination.error.external-language");
        outsiders.nominateExternal(s.reviewId(), new ExternalDraft("Klant", "dubbel@b.example", "", "nl"));
        assertRefused(() -> outsiders.nominateExternal(s.reviewId(), new ExternalDraft("Klant", "DUBBEL@b.example",
                "", "nl")), "nomination.error.duplicate");
        assertThat(jdbc.queryForObject("select count(*) from external_rater", Long.class)).isEqualTo(before + 1);
        jdbc.update("update review_cycle set external_raters = false where id = ?", s.team().cycleId());
        assertRefused(() -> outsiders.nominateExternal(s.reviewId(), new ExternalDraft("Klant", "c@b.example", "",
                "nl")), "nomination.error.external-off");
    }

    @Test
    void hr_adds_customers_at_once_within_the_cycles_maximum_and_no_colleague_joins_the_group() throws Exception {
        var s = nominationPhase();
        jdbc.update("update review_cycle set peers_max = 3 where id = ?", s.team().cycleId());
        login.as(DemoPeople.HR_EMAIL);
        for (int i = 0; i < 3; i++) {
            assertThat(outsiders.nominateExternal(s.reviewId(), new ExternalDraft("Klant " + i, address(s, i), "",
                    "nl")).status()).as("HR invites at once").isEqualTo(AssignmentStatus.NOT_STARTED);
        }
        assertRefused(() -> outsiders.nominateExternal(s.reviewId(), new ExternalDraft("Klant 3", address(s, 3),
                "", "nl")), "nomination.error.external-max");
        assertRefused(() -> nominations.nominate(s.reviewId(), s.team().employee(1).id(), RaterGroup.EXTERNAL),
                "nomination.error.group");
        login.out();
        outbox.deliver();
        assertThat(linkIn(only(address(s, 2)))).isNotBlank();
    }

    @Test
    void a_customer_is_reminded_with_a_link_that_opens_and_can_decline_with_a_reason() throws Exception {
        var s = nominationPhase();
        List<String> links = invited(s, 3);
        jdbc.update("update review_cycle set rating_deadline = ? where id = ?", TestClock.today().plusDays(2),
                s.team().cycleId());
        smtp.purgeEmailFromAllMailboxes();
        int reminded = nl.spiegel360.security.SystemTask.call(deadlines::sendReminders);
        assertThat(reminded).isPositive();
        outbox.deliver();
        MimeMessage reminder = only(address(s, 1));
        assertThat(reminder.getSubject()).isEqualTo("Herinnering: feedback voor " + s.team().employee(0).name());
        String fresh = linkIn(reminder);
        assertThat(fresh).as("a new link").isNotEqualTo(links.get(1));
        door(fresh);
        door(links.get(1));

        smtp.purgeEmailFromAllMailboxes();
        assertRefused(() -> door(links.get(1)).decline(" "), "questionnaire.error.reason-required");
        door(links.get(1)).decline("Ik ken het werk van deze adviseur te weinig.");
        assertRefused(() -> external.open(fresh, ADDRESS), "link.refused");
        outbox.deliver();
        assertThat(mailsTo(s.team().employee(0).email())).extracting(MimeMessage::getSubject)
                .as("the employee hears of it, as of a colleague's decline").isNotEmpty();
        login.as(s.team().manager().email());
        assertThat(nominationReads.nomination(s.reviewId()).raters()).filteredOn(r -> r.group() == RaterGroup.EXTERNAL)
                .extracting(ReviewReadModels.AssignmentLine::declineReason)
                .contains("Ik ken het werk van deze adviseur te weinig.");
    }

    @Test
    void two_customers_show_nothing_and_three_show_on_the_competencies_they_were_asked() throws Exception {
        var two = nominationPhase();
        List<String> twoLinks = invited(two, 2);
        twoLinks.forEach(l -> answerAndSubmit(l, 4));
        var three = nominationPhase();
        List<String> threeLinks = invited(three, 3);
        threeLinks.forEach(l -> answerAndSubmit(l, 4));
        closeCycle(two);
        closeCycle(three);
        login.as(DemoPeople.HR_EMAIL);
        Report hidden = reports.report(two.reviewId());
        for (Report.CompetencyRow row : hidden.rows()) {
            Report.GroupCell cell = row.group(RaterGroup.EXTERNAL);
            if (cell != null) {
                assertThat(cell.reported()).isFalse();
                assertThat(cell.level()).isNull();
                assertThat(cell.respondents()).isEqualTo(2);
            }
        }
        assertThat(hidden.toString()).as("nothing the two said, anywhere in the report")
                .doesNotContain("EXTERNAL=GroupSpread", "group=EXTERNAL, respondents=2, reported=true");

        Report shown = reports.report(three.reviewId());
        for (Report.CompetencyRow row : shown.rows()) {
            boolean asked = List.of("Klantpartnerschap", "Inlevingsvermogen", "Communiceren").contains(row.label());
            Report.GroupCell cell = row.group(RaterGroup.EXTERNAL);
            if (asked) {
                assertThat(cell).as(row.label()).isNotNull();
                assertThat(cell.reported()).isTrue();
                assertThat(cell.respondents()).isEqualTo(3);
            } else {
                assertThat(cell).as("%s was not asked of customers", row.label()).isNull();
            }
        }
        assertThat(shown.externallyJudged()).containsExactlyInAnyOrder("Klantpartnerschap", "Inlevingsvermogen",
                "Communiceren");
        long profile = jdbc.queryForObject("select profile_id from review where id = ?", Long.class,
                three.reviewId());
        assertThat(submittedAnswers.closedOnProfile(profile)).filteredOn(a -> a.reviewId() == three.reviewId())
                .as("the instrument's figures read customers' answers without a rater").hasSize(3)
                .allSatisfy(a -> {
                    assertThat(a.group()).isEqualTo(RaterGroup.EXTERNAL);
                    assertThat(a.raterId()).isNull();
                });
    }

    @Test
    void erasing_a_customer_keeps_the_answers_without_a_name_and_purging_the_cycle_removes_them() throws Exception {
        var s = nominationPhase();
        List<String> links = invited(s, 3);
        answerAndSubmit(links.get(0), 3);
        long answers = ratings();
        login.as(DemoPeople.HR_EMAIL);
        assertThat(externalRaters.page(address(s, 1), 0, 10)).extracting(ExternalRaters.ExternalRaterLine::name)
                .containsExactly("Klant 1");
        assertThat(externalRaters.erase(address(s, 1).toUpperCase(Locale.ROOT))).isEqualTo(1);
        assertThat(externalRaters.page(address(s, 1), 0, 10)).isEmpty();
        assertThat(jdbc.queryForList("select coalesce(name, '') || coalesce(email, '') || coalesce(organisation, '') "
                + "from external_rater e join rater_assignment a on a.id = e.assignment_id where a.review_id = ? "
                + "and e.erased_at is not null", String.class, s.reviewId())).containsExactly("");
        assertRefused(() -> external.open(links.get(1), ADDRESS), "link.refused");
        assertThat(ratings()).isEqualTo(answers);

        erasure.deleteCycle(s.team().cycleId());
        assertThat(jdbc.queryForObject("select count(*) from external_rater where cycle_id = ?", Long.class,
                s.team().cycleId())).isZero();
        assertRefused(() -> external.open(links.get(2), ADDRESS), "link.refused");
    }
}

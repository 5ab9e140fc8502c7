package nl.spiegel360.invariant;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import nl.spiegel360.aggregation.AggregationInput.Rater;
import nl.spiegel360.aggregation.HiddenAnswers;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.development.PlanReadModels.Proposal;
import nl.spiegel360.development.Pulses;
import nl.spiegel360.privacy.PrivacyService;
import nl.spiegel360.report.ReportExports;
import nl.spiegel360.report.ReportFixture;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.review.ReviewFixture.Team;
import nl.spiegel360.test.KaribuTest;
import nl.spiegel360.test.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one anonymity rule, checked over everything a person can read of a review and its pulse. For seeded random
 * reviews (random numbers of peers, peers' minimum and can't-judge patterns) the whole life is played twice on the
 * real services and database: the raters answer (customers through their personal links), HR closes the cycle,
 * the manager confirms and releases, the employee draws a plan, the manager agrees and starts the pulse, the raters answer the pulse. The second time,
 * every answer the rule hides ({@link HiddenAnswers}: a group below its minimum, an item judged by fewer of a group
 * than its minimum) is different. What each reader gets must be the same, to the character: the report and its
 * drill-down for the manager, HR and the employee, the report page, the PDF and the CSV in both languages, the team
 * overview, the plan page with the pulse before and after, every answer of the API about the review and its cycle
 * (results, plans, reviews, the organisation's views), the personal-data export and the mails. A figure that
 * rests on a hidden answer, or that a hidden answer could be worked out of by subtracting two others, would change.
 * Each play runs in a transaction that is rolled back, so both start from the same committed state.
 */
class AnonymityInvariantTest extends KaribuTest {

    @Autowired
    nl.spiegel360.review.CycleClosings closings;

    /**
     * Peers asked, the peers' minimum and the customers asked (the external group's minimum is 3): groups below
     * their minimum, and groups at it whose items fall below it.
     */
    private static final int[][] CASES = {{2, 3, 2}, {4, 3, 3}};
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Autowired ReportFixture fixture;
    @Autowired ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.review.ReviewReleases releases;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.report.ReportPages pages;
    @Autowired ReportExports exports;
    @Autowired CycleService cycles;
    @Autowired nl.spiegel360.development.PlanPages planPages;
    @Autowired nl.spiegel360.development.PlanEditing planEditing;
    @Autowired nl.spiegel360.development.PlanPulses planPulses;
    @Autowired nl.spiegel360.development.PlanLists planLists;
    @Autowired Pulses pulses;
    @Autowired PrivacyService privacy;
    @Autowired nl.spiegel360.privacy.PersonalDataExport personalData;
    @Autowired JdbcTemplate jdbc;
    @Autowired nl.spiegel360.review.ExternalNominations nominations;
    @Autowired nl.spiegel360.review.ExternalQuestionnaires external;
    @Autowired PlatformTransactionManager transactions;
    @Autowired nl.spiegel360.api.ApiReader api;

    /**
     * A rater's answers per indicator id; null is "can't judge". Rater 0 is the employee, 1 the manager, then the
     * peers, then the customers (who answer only the indicators of the competencies asked of them).
     */
    private record Answers(Map<Integer, Map<Long, Integer>> byRater, int peers) {

        int score(long indicator, int rater) {
            Integer score = byRater.get(rater).get(indicator);
            return score == null ? 0 : score;
        }
    }

    @Test
    void nothing_a_person_can_read_changes_when_answers_the_rule_hides_do() {
        int hidden = 0;
        int hiddenOutside = 0;
        for (int seed = 0; seed < CASES.length; seed++) {
            Random random = new Random(seed);
            int peers = CASES[seed][0];
            int peersMinimum = CASES[seed][1];
            int customers = CASES[seed][2];
            Team team = fixture.team(peers);
            jdbc.update("update review_cycle set settings = ?, external_raters = true where id = ?",
                    "{\"anonymityMin\":{\"PEER\":" + peersMinimum + "}}", team.cycleId());
            long review = fixture.nominated(team, peers);
            List<String> links = invite(team, review, customers);
            List<Long> outside = jdbc.queryForList("select i.id from behavioural_indicator i join proficiency_level l"
                    + " on l.id = i.level_id join profile_entry e on e.competency_id = l.competency_id"
                    + " join review r on r.profile_id = e.profile_id where r.id = ? and e.external_judges order by i.id",
                    Long.class, review);
            assertThat(outside).as("customers are asked about some competencies").isNotEmpty();
            login.as(DemoPeople.HR_EMAIL);
            Settings settings = cycles.settings(team.cycleId());
            List<Long> indicators = jdbc.queryForList("select i.id from behavioural_indicator i join proficiency_level l"
                    + " on l.id = i.level_id join profile_entry e on e.competency_id = l.competency_id"
                    + " join review r on r.profile_id = e.profile_id where r.id = ? order by i.id", Long.class, review);
            double cantJudge = 0.1 + random.nextDouble() * 0.5;
            Answers review1 = answers(random, indicators, outside, peers, customers, cantJudge);
            Answers pulse1 = answers(random, indicators, outside, peers, 0, cantJudge);
            Answers review2 = perturbed(review1, settings, new Random(seed + 1000L));
            hidden += HiddenAnswers.count(raters(review1), settings);
            hiddenOutside += HiddenAnswers.count(raters(review1).stream()
                    .filter(r -> r.group() == RaterGroup.EXTERNAL).toList(), settings);

            String original = play(team, review, peers, links, review1, pulse1, false, settings, seed);
            String changed = play(team, review, peers, links, review2, pulse1, true, settings, seed);
            assertThat(original).as("the outputs are read").contains(team.employee(0).name())
                    .as("the pages are read").contains("id=\"report-chart\"")
                    .as("the API is read").contains("\"competencies\"").contains("\"agreedLevel\"");
            if (!changed.equals(original)) {
                keep(seed, original, changed);
            }
            assertThat(changed).as("seed %d: %d peers, minimum %d (both plays in target/anonymity-invariant)", seed,
                    peers, peersMinimum).isEqualTo(original);
        }
        assertThat(hidden).as("the cases hide answers").isPositive();
        assertThat(hiddenOutside).as("the cases hide customers' answers").isPositive();
    }

    /** Both plays of a case that differ, for a reader to compare line by line. */
    private static void keep(int seed, String original, String changed) {
        try {
            var folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "anonymity-invariant"));
            java.nio.file.Files.writeString(folder.resolve("seed-" + seed + "-original.txt"), original);
            java.nio.file.Files.writeString(folder.resolve("seed-" + seed + "-changed.txt"), changed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The life of the review and its pulse, rolled back at the end; returns everything its readers read. */
    private String play(Team team, long review, int peers, List<String> links, Answers answers, Answers pulse,
            boolean changePulse, Settings settings, int seed) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        return template.execute(status -> {
            status.setRollbackOnly();
            long mails = jdbc.queryForObject("select coalesce(max(id), 0) from mail_outbox", Long.class);
            StringBuilder out = new StringBuilder();
            fixture.answered(team, review, peers, answers::score);
            for (int c = 0; c < links.size(); c++) {
                external.open(links.get(c), "192.0.2.1");
                var door = nl.spiegel360.review.ExternalQuestionnaires.door(external, links.get(c));
                answers.byRater().get(peers + 2 + c).forEach((indicator, score) -> door.answer(indicator, score,
                        nl.spiegel360.review.QuestionnaireService.NEW));
                door.submit();
            }
            login.as(DemoPeople.HR_EMAIL);
            cycles.advance(team.cycleId(), CycleState.RATING);
            cycles.advance(team.cycleId(), CycleState.CLOSED);
            closings.finish(team.cycleId(), 0);

            read(out, "manager", team.manager().email(), review, team.cycleId());
            read(out, "hr", DemoPeople.HR_EMAIL, review, team.cycleId());
            login.as(DemoPeople.HR_EMAIL);
            for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
                out.append("\n== csv ").append(locale).append('\n').append(exports.csv(team.cycleId(), locale));
            }
            login.as(team.manager().email());
            reports.confirmConsensus(review);
            releases.release(review);
            read(out, "employee", team.employee(0).email(), review, team.cycleId());

            login.as(team.employee(0).email());
            Proposal first = planPages.plan(review).proposals().stream().findFirst().orElse(null);
            out.append("\n== proposals\n").append(planPages.plan(review).proposals());
            if (first != null) {
                List<Long> focus = first.indicators().stream().limit(3).map(i -> i.indicatorId()).toList();
                planEditing.addFocus(review, first.competencyId(), first.reason(), focus);
                long focusId = planPages.plan(review).focus().getFirst().focusId();
                planEditing.addAction(review, focusId, "Oefenen", TestClock.today().plusDays(5), null);
                planEditing.propose(review);
                login.as(team.manager().email());
                planEditing.agree(review, null);
                planPulses.startPulse(review);
                Answers asked = restricted(pulse, focus);
                Answers used = changePulse ? perturbed(asked, settings, new Random(seed + 2000L)) : asked;
                List<String> raters = new ArrayList<>();
                raters.add(team.employee(0).email());
                raters.add(team.manager().email());
                for (int p = 1; p <= peers; p++) {
                    raters.add(team.employee(p).email());
                }
                for (int r = 0; r < raters.size(); r++) {
                    login.as(raters.get(r));
                    long request = pulses.myRequests().getFirst().requestId();
                    for (long indicator : focus) {
                        pulses.answer(request, indicator, used.byRater().get(r).get(indicator));
                    }
                    pulses.submit(request);
                }
                for (String reader : List.of(team.employee(0).email(), team.manager().email(), DemoPeople.HR_EMAIL)) {
                    login.as(reader);
                    out.append("\n== plan of ").append(reader).append('\n')
                            .append(ids(planPages.plan(review, DUTCH).toString()))
                            .append(ids(planPages.plan(review, Locale.ENGLISH).toString()));
                    out.append(view("reviews/" + review + "/plan", reader));
                    if (!reader.equals(DemoPeople.HR_EMAIL)) {
                        out.append(pdf(review, DUTCH));
                    }
                }
            }
            out.append(api.read(team.cycleId(), review));
            login.as(DemoPeople.HR_EMAIL);
            out.append("\n== export\n").append(ids(personalData.export(team.employee(0).id())));
            for (int p = 1; p <= peers; p++) {
                out.append(ids(personalData.export(team.employee(p).id())));
            }
            out.append("\n== mails\n");
            jdbc.query("select recipient, subject, body from mail_outbox where id > ? order by id", rs -> {
                out.append(rs.getString(1)).append(" | ").append(rs.getString(2)).append('\n')
                        .append(rs.getString(3)).append('\n');
            }, mails);
            login.out();
            return times(ids(out.toString()));
        });
    }

    /** What one reader reads of the report: the service's report in both languages, its page, PDF, overview. */
    private void read(StringBuilder out, String who, String email, long review, long cycleId) {
        login.as(email);
        out.append("\n== ").append(who).append('\n');
        out.append(attempt(() -> reports.report(review, DUTCH).toString()));
        out.append(attempt(() -> reports.report(review, Locale.ENGLISH).toString()));
        out.append(attempt(() -> pages.teamOverview(cycleId, DUTCH).toString()));
        out.append(attempt(() -> pdf(review, DUTCH) + pdf(review, Locale.ENGLISH)));
        out.append(view("reviews/" + review + "/report", email));
    }

    /** The page as the server holds it for the browser, in Dutch. */
    private String view(String route, String email) {
        signInAs(email);
        UI.getCurrent().navigate(route);
        return ids(pageText());
    }

    private String pdf(long review, Locale locale) {
        try (var document = Loader.loadPDF(exports.pdf(review, locale))) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String attempt(Supplier<String> read) {
        try {
            return read.get();
        } catch (UserFacingException refused) {
            return "refused: " + refused.messageKey();
        }
    }

    /**
     * Ids that the database hands out anew in each play (plans, focus points, actions, requests), and the random
     * addresses a page gives its charts (drawn from the report's figures, which are compared).
     */
    private static String ids(String text) {
        return text.replaceAll("(focusId|actionId|requestId|planId)=\\d+", "$1=#")
                .replaceAll("\"(focusId|actionId|requestId|planId)\"\\s*:\\s*\\d+", "\"$1\":#")
                .replaceAll("(focus|action|request)-\\d+", "$1-#").replaceAll("pulses/\\d+", "pulses/#")
                .replaceAll("VAADIN/dynamic/resource/\\d+/[0-9a-f-]+/", "<chart>");
    }

    /** Moments: time runs on between the two plays. */
    private static String times(String text) {
        return text.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<instant>")
                .replaceAll("\\b\\d{1,2}:\\d\\d(:\\d\\d)?\\b", "<time>");
    }

    private static Answers answers(Random random, List<Long> indicators, List<Long> outside, int peers,
            int customers, double cantJudge) {
        Map<Integer, Map<Long, Integer>> byRater = new HashMap<>();
        for (int r = 0; r < peers + 2 + customers; r++) {
            Map<Long, Integer> scores = new HashMap<>();
            for (long i : r < peers + 2 ? indicators : outside) {
                scores.put(i, r >= 2 && random.nextDouble() < cantJudge ? null : 1 + random.nextInt(4));
            }
            byRater.put(r, scores);
        }
        return new Answers(byRater, peers);
    }

    /** The manager invites this many customers; returns their personal links, read from their invitations. */
    private List<String> invite(Team team, long review, int customers) {
        login.as(team.manager().email());
        List<String> links = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            String address = "klant" + c + "-" + team.cycleId() + "@klant.example";
            nominations.nominateExternal(review, new nl.spiegel360.review.ExternalDraft("Klant " + c, address,
                    "Klantbedrijf", "nl"));
            String body = jdbc.queryForObject("select body from mail_outbox where recipient = ? order by id desc "
                    + "fetch first 1 rows only", String.class, address);
            var link = java.util.regex.Pattern.compile("/feedback/([A-Za-z0-9_-]{43})").matcher(body);
            assertThat(link.find()).as("the invitation holds a link").isTrue();
            links.add(link.group(1));
        }
        login.out();
        return links;
    }

    private static Answers restricted(Answers answers, List<Long> indicators) {
        Map<Integer, Map<Long, Integer>> byRater = new HashMap<>();
        answers.byRater().forEach((r, scores) -> {
            Map<Long, Integer> kept = new HashMap<>();
            indicators.forEach(i -> kept.put(i, scores.get(i)));
            byRater.put(r, kept);
        });
        return new Answers(byRater, answers.peers());
    }

    private static List<Rater> raters(Answers answers) {
        List<Rater> raters = new ArrayList<>();
        answers.byRater().forEach((r, scores) -> {
            Map<String, Integer> byId = new HashMap<>();
            scores.forEach((i, s) -> byId.put(String.valueOf(i), s));
            raters.add(new Rater(String.valueOf(r), r == 0 ? RaterGroup.SELF : r == 1 ? RaterGroup.MANAGER
                    : r < answers.peers() + 2 ? RaterGroup.PEER : RaterGroup.EXTERNAL, byId));
        });
        return raters;
    }

    private static Answers perturbed(Answers answers, Settings settings, Random random) {
        Map<Integer, Map<Long, Integer>> byRater = new HashMap<>();
        for (Rater r : HiddenAnswers.perturbed(raters(answers), settings, random)) {
            Map<Long, Integer> scores = new HashMap<>();
            r.scores().forEach((i, s) -> scores.put(Long.valueOf(i), s));
            byRater.put(Integer.valueOf(r.id()), scores);
        }
        return new Answers(byRater, answers.peers());
    }
}

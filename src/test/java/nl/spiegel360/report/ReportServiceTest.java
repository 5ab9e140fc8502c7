package nl.spiegel360.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spiegel360.aggregation.AggregationEngine;
import nl.spiegel360.aggregation.AggregationInput;
import nl.spiegel360.aggregation.AggregationResult;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.review.QuestionnaireService;
import nl.spiegel360.review.RaterRequests;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReportServiceTest {

    @Autowired
    nl.spiegel360.review.CycleClosings closings;

    @Autowired
    ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.review.ReviewReleases releases;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.report.ReportPages pages;

    @Autowired
    ReportExports exports;

    @Autowired
    ReportFixture fixture;

    @Autowired
    ProfileReader profiles;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    RaterRequests requests;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    static int score(long indicator, int rater) {
        return ReportFixture.spread(indicator, rater);
    }

    @Autowired
    nl.spiegel360.people.PersonAdministration administration;

    @Test
    void a_person_who_moved_team_after_launch_stays_in_the_old_team_for_that_cycle() {
        var team = fixture.team(3);
        long review = fixture.nominated(team, 3);
        var employee = team.employee(0);
        String before = employee.team();
        login.as(nl.spiegel360.demo.DemoPeople.HR_EMAIL);
        administration.update(employee.id(), employee.version(), new nl.spiegel360.people.PersonDraft(employee.name(),
                employee.email(), employee.jobTitle(), "Elders " + before, employee.managerId(), false, null));
        login.out();
        fixture.answered(team, review, 3, ReportFixture::spread);
        fixture.close(new ReportFixture.Rated(team, review, java.util.List.of()));

        login.as(nl.spiegel360.demo.DemoPeople.HR_EMAIL);
        assertThat(pages.teamOverview(team.cycleId()).stream().filter(r -> r.reviewId() == review))
                .singleElement().extracting(TeamOverview.Row::team).as("the team at the cycle's launch")
                .isEqualTo(before);
        assertThat(exports.csv(team.cycleId(), java.util.Locale.forLanguageTag("nl")))
                .contains("\"" + employee.name() + "\";\"" + before + "\";").doesNotContain("Elders ");
    }

    @Test
    void the_report_equals_the_engine_on_the_ratings_that_were_entered() {
        var rated = fixture.rated(3, ReportServiceTest::score);
        login.as(rated.team().manager().email());
        Report report = reports.report(rated.reviewId());
        login.as(DemoPeople.HR_EMAIL);
        ProfileDocument document = profiles.document(klantadviseur());
        AggregationResult expected = engine(document, 3);
        assertThat(report.rows()).hasSize(6);
        for (int i = 0; i < 6; i++) {
            var row = report.rows().get(i);
            var exp = expected.competencies().get(i);
            assertThat(row.consensusLevel()).isEqualTo(exp.consensus().level());
            assertThat(row.status()).isEqualTo(exp.status());
            assertThat(row.agreement()).isEqualTo(exp.agreement());
            assertThat(row.group(RaterGroup.PEER).level()).isEqualTo(exp.groups().get(RaterGroup.PEER).level());
            assertThat(row.group(RaterGroup.SELF).level()).isEqualTo(exp.groups().get(RaterGroup.SELF).level());
            assertThat(row.blindSpots()).isEqualTo(exp.blindSpots().size());
        }
        assertThat(report.competenciesAssessed()).isEqualTo(expected.competenciesAssessed());
    }

    @Test
    void questionnaires_not_submitted_at_the_deadline_are_left_out() {
        var rated = fixture.collecting(3, ReportServiceTest::score);
        login.as(DemoPeople.HR_EMAIL);
        requests.reopen(rated.assignments().get(2), "Test: een collega vult opnieuw in");
        login.as(rated.team().manager().email());
        assertRefused(() -> closing.close(rated.reviewId()), "review.error.minimum-missing");
        assertRefused(() -> reports.report(rated.reviewId()));
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(rated.team().cycleId(), nl.spiegel360.review.CycleState.RATING);
        cycles.advance(rated.team().cycleId(), nl.spiegel360.review.CycleState.CLOSED);
        closings.finish(rated.team().cycleId(), 0);
        login.as(rated.team().manager().email());
        Report after = reports.report(rated.reviewId());
        assertThat(after.rows().getFirst().group(RaterGroup.PEER).respondents()).isEqualTo(2);
        assertThat(after.rows().getFirst().group(RaterGroup.PEER).reported()).isFalse();
    }


    @Test
    void a_report_takes_the_same_number_of_queries_whatever_the_number_of_raters() {
        var small = fixture.rated(3, ReportServiceTest::score);
        var large = fixture.rated(6, ReportServiceTest::score);
        long smallQueries = queries(small);
        long largeQueries = queries(large);
        assertThat(largeQueries).isEqualTo(smallQueries);
        assertThat(smallQueries).isLessThanOrEqualTo(40);
    }

    @Test
    void the_employee_sees_the_report_only_after_release_and_nobody_else_sees_it() {
        var rated = fixture.rated(3, ReportServiceTest::score);
        login.as(rated.employee().email());
        assertRefused(() -> reports.report(rated.reviewId()));
        assertRefused(() -> exports.pdf(rated.reviewId(), Locale.ENGLISH));
        login.as(rated.team().employee(1).email());
        assertRefused(() -> reports.report(rated.reviewId()));
        login.as(DemoPeople.MANAGER_EMAIL);
        assertRefused(() -> reports.report(rated.reviewId()));
        assertThat(exports.csv(rated.team().cycleId(), Locale.ENGLISH)).doesNotContain(rated.employee().name());

        login.as(rated.team().manager().email());
        assertRefused(() -> releases.release(rated.reviewId()), "report.error.calibrate-first");
        Report report = reports.report(rated.reviewId());
        var first = report.rows().getFirst();
        int other = first.consensusLevel() == null || first.consensusLevel() == 0 ? 1 : first.consensusLevel() - 1;
        assertRefused(() -> reports.calibrate(rated.reviewId(), first.competencyId(), other, " "),
                "report.error.reason-required");
        reports.calibrate(rated.reviewId(), first.competencyId(), other, "Besproken in het gesprek");
        login.as(rated.employee().email());
        assertRefused(() -> reports.confirmConsensus(rated.reviewId()));
        login.as(rated.team().manager().email());
        assertThat(reports.confirmConsensus(rated.reviewId())).as("all but the exception")
                .isEqualTo(report.rows().size() - 1);
        assertThat(reports.report(rated.reviewId()).rows().subList(1, report.rows().size()))
                .allSatisfy(r -> assertThat(r.calibratedLevel()).isEqualTo(r.consensusLevel()));
        assertThat(reports.confirmConsensus(rated.reviewId())).as("nothing left").isZero();
        releases.release(rated.reviewId());
        assertRefused(() -> reports.calibrate(rated.reviewId(), first.competencyId(), 1, "te laat"),
                "report.error.released");

        login.as(rated.employee().email());
        Report mine = reports.report(rated.reviewId());
        assertThat(mine.released()).isTrue();
        assertThat(mine.canCalibrate()).isFalse();
        assertThat(mine.rows().getFirst().calibratedLevel()).isEqualTo(other);
        assertThat(mine.rows().getFirst().calibrationReason()).isEqualTo("Besproken in het gesprek");
        assertThat(mine.rows().getFirst().consensusLevel()).isEqualTo(first.consensusLevel());
    }

    @Autowired
    nl.spiegel360.review.CycleService cycles;

    @Test
    void a_later_review_shows_the_level_of_the_previous_cycle() {
        var rated = fixture.rated(3, ReportServiceTest::score);
        login.as(rated.team().manager().email());
        Report earlier = reports.report(rated.reviewId());
        for (var row : earlier.rows()) {
            reports.calibrate(rated.reviewId(), row.competencyId(), row.consensusLevel(), null);
        }
        releases.release(rated.reviewId());
        Report first = reports.report(rated.reviewId());
        login.as(DemoPeople.HR_EMAIL);
        var today = TestClock.today();
        long next = cycles.create(nl.spiegel360.review.CycleDraft.withDefaults("Volgende ronde " + System.nanoTime(),
                today.minusDays(1), today.plusDays(5), today.plusDays(20))).id();
        cycles.addEmployees(next, List.of(rated.employee().id()));
        cycles.advance(next, nl.spiegel360.review.CycleState.NOMINATION);
        cycles.advance(next, nl.spiegel360.review.CycleState.RATING);
        cycles.advance(next, nl.spiegel360.review.CycleState.CLOSED);
        closings.finish(next, 0);
        long laterReview = cycles.reviews(next).getFirst().id();
        login.as(rated.team().manager().email());
        Report later = reports.report(laterReview);
        for (int i = 0; i < later.rows().size(); i++) {
            assertThat(later.rows().get(i).previousLevel()).isEqualTo(first.rows().get(i).finalLevel());
            assertThat(later.rows().get(i).consensusLevel()).isNull();
        }
        assertThat(first.rows()).allMatch(r -> r.previousLevel() == null);
    }

    @Test
    void the_pdf_holds_the_competencies_and_their_levels() throws Exception {
        var rated = fixture.rated(3, ReportServiceTest::score);
        login.as(rated.team().manager().email());
        Report report = reports.report(rated.reviewId());
        byte[] pdf = exports.pdf(rated.reviewId(), Locale.forLanguageTag("nl"));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Rapport van " + rated.employee().name());
            for (var row : report.rows()) {
                assertThat(text).contains(row.label());
            }
            assertThat(text).contains("Onder de norm").doesNotContain(rated.team().employee(1).name());
            assertThat(text).as("the conversation's summary").contains("Sterkste gedrag", "Ontwikkelpunten",
                    "Grootste verschillen tussen zelf en anderen", "Zelfbeeld: ");
            var summary = java.util.Objects.requireNonNull(report.summary());
            assertThat(summary.strengths()).hasSize(5);
            summary.strengths().forEach(i -> assertThat(text).contains(i.text().replaceAll("\\s+", " ")));
            assertThat(text).containsPattern("blijft op niveau \\d|heeft nog geen niveau|Alle niveaus bereikt");
            // the charts are drawn into the PDF, not pasted as pictures: their words are text in the report's font
            assertThat(text).as("the overview chart's value labels").contains("consensus met voortgang");
            for (var page : document.getPages()) {
                var resources = page.getResources();
                for (var name : resources.getXObjectNames()) {
                    var object = resources.getXObject(name);
                    assertThat(object).as("no raster image on page").isNotInstanceOf(
                            org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class);
                    if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                        for (var inner : form.getResources().getXObjectNames()) {
                            assertThat(form.getResources().getXObject(inner)).isNotInstanceOf(
                                    org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class);
                        }
                    }
                }
            }
        }
        assertThat(pdf.length).as("a report of a few pages is tens of kilobytes, not megabytes")
                .isLessThan(250_000);
        assertThat(new ByteArrayInputStream(pdf).readNBytes(4)).isEqualTo("%PDF".getBytes());
    }

    @Test
    void the_chart_says_of_each_bar_whether_it_is_progress_towards_the_next_level_or_the_agreed_level() {
        var rated = fixture.rated(3, ReportServiceTest::score);
        login.as(rated.team().manager().email());
        var texts = new ReportTexts((key, args) -> messages.getMessage(key, args, Locale.forLanguageTag("nl")),
                Locale.forLanguageTag("nl"));
        String progress = "(" + messages.getMessage("report.chart.value.progress", null, Locale.forLanguageTag("nl"))
                + ")";
        String agreed = "(" + messages.getMessage("report.chart.value.agreed", null, Locale.forLanguageTag("nl")) + ")";
        Report before = reports.report(rated.reviewId());
        String open = ReportChart.svg(before, texts.chartLabels(), texts);
        assertThat(open).as("before any agreement every bar is progress").contains(progress).doesNotContain(agreed);
        reports.confirmConsensus(rated.reviewId());
        String confirmed = ReportChart.svg(reports.report(rated.reviewId()), texts.chartLabels(), texts);
        assertThat(confirmed).as("after confirming, every bar is the agreed whole level, and says so")
                .contains(agreed).doesNotContain(progress);
    }

    @Test
    void a_weight_other_than_one_is_named_on_the_report_and_in_the_pdf_in_both_languages() throws Exception {
        var rated = fixture.collecting(3, ReportServiceTest::score);
        jdbc.update("update review_cycle set settings = ? where id = ?", "{\"weights\":{\"MANAGER\":2}}",
                rated.team().cycleId());
        fixture.close(rated);
        login.as(rated.team().manager().email());
        var texts = new ReportTexts((key, args) -> messages.getMessage(key, args, Locale.forLanguageTag("nl")),
                Locale.forLanguageTag("nl"));
        assertThat(texts.settings(reports.settings(rated.reviewId()), List.of()))
                .contains("Gewicht in het consensusniveau: Leidinggevende 2, Collega 1, Medewerker 1, Overig 1.");
        for (var locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            try (var document = Loader.loadPDF(exports.pdf(rated.reviewId(), locale))) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).as("the PDF in %s", locale).containsAnyOf(
                        "Gewicht in het consensusniveau: Leidinggevende 2,", "Weight in the consensus level: Manager 2,");
            }
        }
    }

    /**
     * Employee 0's review: {@code peers} peers asked and every rater answered; then the manager asks the next
     * employee as a peer too. The manager stays signed in.
     */
    private long peersAnswerThenOneMoreIsAsked(nl.spiegel360.review.ReviewFixture.Team team, int peers) {
        long review = fixture.nominated(team, peers);
        fixture.answered(team, review, peers, ReportServiceTest::score);
        login.as(team.manager().email());
        nominations.nominate(review, team.employee(peers + 1).id(), RaterGroup.PEER);
        return review;
    }

    /** The request of the peer asked last. */
    private long late(long review) {
        return nominationReads.nomination(review).raters().stream().mapToLong(r -> r.assignmentId()).max()
                .orElseThrow();
    }

    /** The rater answers every item of the request with 4 and submits. */
    private void answerAll(String rater, long assignment) {
        login.as(rater);
        questionnaires.questionnaire(assignment).competencies().stream().flatMap(c -> c.items().stream())
                .forEach(i -> questionnaires.answer(assignment, i.indicatorId(), 4, QuestionnaireService.NEW));
        questionnaires.submit(assignment);
    }

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    nl.spiegel360.review.NominationService nominations;

    @Autowired
    nl.spiegel360.review.NominationReads nominationReads;

    @Autowired
    nl.spiegel360.review.ReviewFixture teams;

    @Test
    void two_peers_who_answered_below_the_minimum_stay_hidden_when_a_third_is_added_afterwards() {
        var team = teams.team(4, nl.spiegel360.test.TestClock.today().plusDays(10));
        long review = peersAnswerThenOneMoreIsAsked(team, 2);
        assertThat(nominationReads.nomination(review).sealedGroups()).as("the manager is told why")
                .containsExactly(RaterGroup.PEER);
        answerAll(team.employee(3).email(), late(review));
        login.as(team.manager().email());
        assertThat(closing.readiness(review).canClose()).as("the third does not make the group's minimum").isFalse();
        assertRefused(() -> closing.close(review), "review.error.minimum-missing");
        login.as(nl.spiegel360.demo.DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), nl.spiegel360.review.CycleState.RATING);
        cycles.advance(team.cycleId(), nl.spiegel360.review.CycleState.CLOSED);
        closings.finish(team.cycleId(), 0);
        login.as(team.manager().email());

        Report report = reports.report(review);
        for (var row : report.rows()) {
            var peers = java.util.Objects.requireNonNull(row.group(RaterGroup.PEER));
            assertThat(peers.reported()).as(row.label()).isFalse();
            assertThat(peers.respondents()).as("the two who answered first; the third does not count").isEqualTo(2);
            assertThat(row.drilldown().indicators()).allMatch(i -> !i.groupScores().containsKey(RaterGroup.PEER));
        }
    }

    @Test
    void a_group_asked_at_its_minimum_before_anyone_answered_counts_a_rater_added_later() {
        var team = teams.team(5, nl.spiegel360.test.TestClock.today().plusDays(10));
        long review = peersAnswerThenOneMoreIsAsked(team, 3);
        assertThat(nominationReads.nomination(review).sealedGroups()).isEmpty();
        answerAll(team.employee(4).email(), late(review));
        login.as(team.manager().email());
        closing.close(review);
        assertThat(reports.report(review).rows()).allSatisfy(row -> assertThat(
                java.util.Objects.requireNonNull(row.group(RaterGroup.PEER)).respondents()).isEqualTo(4));
    }

    @Autowired
    nl.spiegel360.review.ReviewClosing closing;

    @Autowired
    nl.spiegel360.competency.RoleProfileService roleProfiles;

    private long klantadviseur() {
        return roleProfiles.profiles().stream().filter(p -> p.name().equals("Klantadviseur") && p.frozen())
                .findFirst().orElseThrow().id();
    }

    private AggregationResult engine(ProfileDocument document, int peers) {
        List<AggregationInput.Competency> competencies = new ArrayList<>();
        document.competencies().forEach(c -> competencies.add(new AggregationInput.Competency("c" + c.competencyId(),
                c.norm(), c.levels().stream().map(l -> l.indicators().stream().map(i -> "i" + i.id()).toList())
                        .toList())));
        List<AggregationInput.Rater> raters = new ArrayList<>();
        for (int r = 0; r < peers + 2; r++) {
            Map<String, Integer> scores = new HashMap<>();
            int rater = r;
            document.competencies().forEach(c -> c.levels().forEach(l -> l.indicators().forEach(i -> {
                int s = score(i.id(), rater);
                scores.put("i" + i.id(), s == 0 ? null : s);
            })));
            raters.add(new AggregationInput.Rater("x" + r, r == 0 ? RaterGroup.SELF : r == 1 ? RaterGroup.MANAGER
                    : RaterGroup.PEER, scores));
        }
        return AggregationEngine.aggregate(competencies, raters, Settings.defaults());
    }

    /**
     * The statements one reading of the report takes. Of two readings the fewer count: the audit log's id sequence
     * is asked for a new block once every 50 entries, whichever reading that falls on.
     */
    private long queries(ReportFixture.Rated rated) {
        login.as(rated.team().manager().email());
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int reading = 0; reading < 2; reading++) {
            stats.clear();
            reports.report(rated.reviewId());
            fewest = Math.min(fewest, stats.getPrepareStatementCount());
        }
        return fewest;
    }

    private static void assertRefused(Runnable action) {
        assertRefused(action, "common.not-found");
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(key);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_result_stored_before_the_insights_existed_reads_without_them() {
        var rated = fixture.rated(3, ReportServiceTest::score);
        String stored = jdbc.queryForObject("select content from review_result where review_id = ?", String.class,
                rated.reviewId());
        assertThat(stored).contains("\"insights\"");
        String before = stored.substring(0, stored.indexOf(",\"insights\"")) + "}";
        jdbc.update("update review_result set content = ? where review_id = ?", before, rated.reviewId());
        login.as(rated.team().manager().email());
        Report report = reports.report(rated.reviewId());
        assertThat(report.summary()).isNull();
        assertThat(report.rows()).allSatisfy(row -> {
            assertThat(row.progress()).isNull();
            assertThat(row.drilldown().holdsBack()).isNull();
            assertThat(row.drilldown().explanation().key()).startsWith("report.explain.");
        });
    }
}

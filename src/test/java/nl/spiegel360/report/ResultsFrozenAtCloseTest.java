package nl.spiegel360.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.spiegel360.aggregation.AggregationResult.Status;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.privacy.PrivacyService;
import nl.spiegel360.review.AssignmentStatus;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.review.NominationService;
import nl.spiegel360.review.QuestionnaireService;
import nl.spiegel360.review.RaterRequests;
import nl.spiegel360.review.ReviewClosing;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attacks on a report that was recomputed from live ratings, replayed against the real services and database:
 * differencing after a reopened or late questionnaire, known-answer raters, comment order, and a released report
 * that changed. A result exists only once a review has closed, and nothing changes it after that.
 */
@IntegrationTest
class ResultsFrozenAtCloseTest {

    @Autowired
    nl.spiegel360.review.CycleClosings closings;

    @Autowired ReportFixture fixture;
    @Autowired ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.review.ReviewReleases releases;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.report.ReportPages pages;
    @Autowired ReportExports exports;
    @Autowired ModerationService moderation;
    @Autowired ReviewClosing closing;
    @Autowired QuestionnaireService questionnaires;
    @Autowired RaterRequests requests;
    @Autowired NominationService nominations;
    @Autowired nl.spiegel360.review.NominationReads nominationReads;
    @Autowired CycleService cycles;
    @Autowired PrivacyService privacy;
    @Autowired nl.spiegel360.privacy.PersonalDataExport personalData;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void while_a_review_collects_nobody_sees_any_result_only_counts_per_group() {
        var rated = fixture.collecting(3, ReportFixture::spread);
        for (String who : List.of(rated.team().manager().email(), DemoPeople.HR_EMAIL, rated.employee().email())) {
            login.as(who);
            assertRefused(() -> reports.report(rated.reviewId()), "common.not-found");
            assertRefused(() -> exports.pdf(rated.reviewId(), Locale.ENGLISH), "common.not-found");
            var readiness = closing.readiness(rated.reviewId());
            assertThat(readiness.collecting()).isTrue();
            assertThat(readiness.submittedOfTotal().get(RaterGroup.PEER)).containsExactly(3, 3);
        }
        login.as(rated.team().manager().email());
        assertThat(pages.teamOverview(rated.team().cycleId())).isEmpty();
        assertThat(exports.csv(rated.team().cycleId(), Locale.ENGLISH)).doesNotContain(rated.employee().name());
        login.as(rated.employee().email());
        assertThat(nominationReads.nomination(rated.reviewId()).raters()).filteredOn(r -> r.group() == RaterGroup.PEER)
                .allSatisfy(r -> assertThat(r.status()).isNull());
        login.as(rated.team().manager().email());
        assertThat(nominationReads.nomination(rated.reviewId()).raters()).filteredOn(r -> r.group() == RaterGroup.PEER)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(AssignmentStatus.SUBMITTED));
        login.as(DemoPeople.HR_EMAIL);
        assertThat(moderation.comments(rated.reviewId()).comments()).isEmpty();
    }

    @Test
    void after_close_a_reopened_questionnaire_cannot_give_a_second_result_to_difference() {
        var rated = fixture.rated(3, ReportFixture::spread);
        login.as(rated.team().manager().email());
        Report before = reports.report(rated.reviewId());
        assertThat(nominationReads.nomination(rated.reviewId()).raters()).allSatisfy(r ->
                assertThat(r.status()).isNotIn(AssignmentStatus.SUBMITTED, AssignmentStatus.IN_PROGRESS));

        login.as(DemoPeople.HR_EMAIL);
        assertRefused(() -> requests.reopen(rated.assignments().get(2), "nog eens"),
                "questionnaire.error.reopen-closed");
        login.as(rated.team().manager().email());
        assertThat(reports.report(rated.reviewId())).isEqualTo(before);
        calibrateAndRelease(rated);

        login.as(DemoPeople.HR_EMAIL);
        assertRefused(() -> requests.reopen(rated.assignments().get(3), "na vrijgeven"),
                "questionnaire.error.reopen-closed");
        login.as(rated.employee().email());
        Report released = reports.report(rated.reviewId());
        assertThat(released.rows()).extracting(Report.CompetencyRow::groups)
                .isEqualTo(before.rows().stream().map(Report.CompetencyRow::groups).toList());
    }

    @Test
    void a_late_submission_after_close_is_refused_and_its_answers_are_kept() {
        var rated = fixture.collecting(4, ReportFixture::spread);
        long late = rated.assignments().get(5);
        login.as(DemoPeople.HR_EMAIL);
        requests.reopen(late, "nog aanvullen");
        fixture.close(rated);
        login.as(rated.team().manager().email());
        Report before = reports.report(rated.reviewId());
        assertThat(before.rows().getFirst().group(RaterGroup.PEER).respondents()).isEqualTo(3);

        login.as(rated.team().employee(4).email());
        var q = questionnaires.questionnaire(late);
        assertThat(q.editable()).isFalse();
        long indicator = q.competencies().getFirst().items().getFirst().indicatorId();
        assertRefused(() -> questionnaires.answer(late, indicator, 1, q.answers().get(indicator).version()),
                "questionnaire.error.closed");
        assertRefused(() -> questionnaires.submit(late), "questionnaire.error.closed");
        assertThat(requests.myRequests()).filteredOn(r -> r.assignmentId() == late).singleElement()
                .satisfies(r -> {
                    assertThat(r.reviewClosed()).isTrue();
                    assertThat(r.answered()).isEqualTo(q.total());
                });
        login.as(rated.team().manager().email());
        assertThat(reports.report(rated.reviewId())).isEqualTo(before);
    }

    @Test
    void raters_added_during_collection_are_audited_and_shown_to_hr_and_nobody_rates_twice() {
        var rated = fixture.collecting(2, ReportFixture::spread);
        var extra = fixture.collecting(1, ReportFixture::spread).team().employee(1);
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(rated.team().cycleId(), CycleState.RATING);
        assertRefused(() -> nominations.nominate(rated.reviewId(), personIdOf(DemoPeople.HR_EMAIL), RaterGroup.PEER),
                "nomination.error.yourself");
        login.as(rated.team().manager().email());
        var line = nominations.nominate(rated.reviewId(), extra.id(), RaterGroup.PEER);
        assertRefused(() -> nominations.nominate(rated.reviewId(), extra.id(), RaterGroup.OTHER),
                "nomination.error.duplicate");
        login.as(DemoPeople.HR_EMAIL);
        assertThat(audit.entries("nomination.added-during-rating", rated.reviewId())).singleElement()
                .satisfies(e -> assertThat(e.details()).contains(extra.name()));
        assertThat(nominationReads.nomination(rated.reviewId()).raters())
                .filteredOn(r -> r.assignmentId() == line.assignmentId()).singleElement()
                .satisfies(r -> assertThat(r.addedDuringRatingBy()).isEqualTo(rated.team().manager().name()));
        login.as(rated.employee().email());
        assertThat(nominationReads.nomination(rated.reviewId()).raters())
                .allSatisfy(r -> assertThat(r.addedDuringRatingBy()).isNull());
    }

    @Test
    void a_group_below_its_minimum_leaves_no_trace_in_the_result_its_comments_included() {
        var rated = fixture.collecting(2, ReportFixture::spread);
        login.as(rated.team().employee(1).email());
        long competency = questionnaires.questionnaire(rated.assignments().get(2)).competencies().getFirst()
                .competencyId();
        login.as(DemoPeople.HR_EMAIL);
        requests.reopen(rated.assignments().get(2), "toelichting");
        login.as(rated.team().employee(1).email());
        questionnaires.comment(rated.assignments().get(2), competency, "Alleen twee collega's", QuestionnaireService.NEW);
        questionnaires.submit(rated.assignments().get(2));
        login.as(rated.team().manager().email());
        assertRefused(() -> closing.close(rated.reviewId()), "review.error.minimum-missing");
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(rated.team().cycleId(), CycleState.RATING);
        cycles.advance(rated.team().cycleId(), CycleState.CLOSED);
        closings.finish(rated.team().cycleId(), 0);
        assertThat(moderation.comments(rated.reviewId()).comments()).noneMatch(c -> c.group() == RaterGroup.PEER);
        Report report = reports.report(rated.reviewId());
        assertThat(report.rows()).allSatisfy(row -> {
            assertThat(row.group(RaterGroup.PEER).reported()).isFalse();
            assertThat(row.group(RaterGroup.PEER).level()).isNull();
            assertThat(row.drilldown().anonymousComments()).isEmpty();
            row.drilldown().indicators().forEach(i -> assertThat(i.groupScores()).doesNotContainKey(RaterGroup.PEER));
        });
        assertThat(jdbc.queryForObject("select content from review_result where review_id = ?", String.class,
                rated.reviewId())).doesNotContain("Alleen twee");
    }

    @Test
    void comments_come_in_the_order_of_their_text_whatever_the_order_of_raters_and_hr_sees_that_order() {
        var rated = fixture.collecting(3, ReportFixture::spread);
        List<String> texts = List.of("Zorgvuldig in elk gesprek", "Altijd bereikbaar", "Mag vaker doorvragen");
        long competency = 0;
        for (int peer = 0; peer < 3; peer++) {
            long assignment = rated.assignments().get(2 + peer);
            login.as(DemoPeople.HR_EMAIL);
            requests.reopen(assignment, "toelichting");
            login.as(rated.team().employee(peer + 1).email());
            competency = questionnaires.questionnaire(assignment).competencies().getFirst().competencyId();
            questionnaires.comment(assignment, competency, texts.get(peer), QuestionnaireService.NEW);
            questionnaires.submit(assignment);
        }
        fixture.close(rated);
        login.as(rated.team().manager().email());
        List<String> shown = reports.report(rated.reviewId()).rows().getFirst().drilldown().anonymousComments();
        assertThat(shown).containsExactly("Altijd bereikbaar", "Mag vaker doorvragen", "Zorgvuldig in elk gesprek");
        login.as(DemoPeople.HR_EMAIL);
        long first = competency;
        assertThat(moderation.comments(rated.reviewId()).comments()).filteredOn(c -> c.competencyId() == first)
                .extracting(ModerationService.ModeratedComment::text).containsExactlyElementsOf(shown);
    }

    @Test
    void the_agreed_level_is_the_level_in_report_summary_overview_and_csv() {
        var rated = fixture.rated(3, (indicator, rater) -> rater == 0 ? 4 : 2);
        login.as(rated.team().manager().email());
        Report report = reports.report(rated.reviewId());
        var below = report.rows().stream().filter(r -> r.consensusStatus() == Status.BELOW).findFirst().orElseThrow();
        reports.calibrate(rated.reviewId(), below.competencyId(), below.norm(), "In het gesprek toegelicht");
        Report after = reports.report(rated.reviewId());
        var row = after.rows().stream().filter(r -> r.competencyId() == below.competencyId()).findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo(Status.MEETS);
        assertThat(after.competenciesAtOrAboveNorm()).isEqualTo(report.competenciesAtOrAboveNorm() + 1);
        var cell = pages.teamOverview(rated.team().cycleId()).getFirst().cells().stream()
                .filter(c -> c.competencyId() == below.competencyId()).findFirst().orElseThrow();
        assertThat(cell.status()).isEqualTo(Status.MEETS);
        String english = reports.report(rated.reviewId(), Locale.ENGLISH).rows().stream()
                .filter(r -> r.competencyId() == below.competencyId()).findFirst().orElseThrow().label();
        String line = exports.csv(rated.team().cycleId(), Locale.ENGLISH).lines()
                .filter(l -> l.contains(english)).findFirst().orElseThrow();
        assertThat(line).contains("\"Meets norm\"").doesNotContain("Below norm");
        assertThat(exports.csv(rated.team().cycleId(), Locale.ENGLISH).lines().findFirst().orElseThrow())
                .contains("\"Reviewed employee\"").contains("\"Level according to direct reports\"");
    }

    /**
     * For random reviews, every output of a closed review stays the same, to the byte, whatever happens to the
     * ratings and comments tables after close; erasing a rater removes a name, never a number.
     */
    @Test
    void every_output_of_a_closed_review_is_identical_however_the_answers_change_after_close() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int trial = 0; trial < 3; trial++) {
            int peers = 3 + random.nextInt(3);
            long salt = random.nextLong();
            var rated = fixture.rated(peers, (indicator, rater) -> (int) Math.floorMod(indicator * 31 + rater * 7
                    + salt, 5));
            login.as(rated.team().manager().email());
            for (var row : reports.report(rated.reviewId()).rows()) {
                reports.calibrate(rated.reviewId(), row.competencyId(), row.consensusLevel(), null);
            }
            List<Object> before = outputs(rated);

            int changed = random.nextInt(3);
            switch (changed) {
                case 0 -> jdbc.update("update rating set score = case when score is null then 1 else 5 - score end "
                        + "where assignment_id in (select id from rater_assignment where review_id = ?)",
                        rated.reviewId());
                case 1 -> jdbc.update("delete from rating where assignment_id = ?", rated.assignments().get(2));
                default -> jdbc.update("update rater_assignment set status = 'IN_PROGRESS' where id = ?",
                        rated.assignments().get(3));
            }
            jdbc.update("update competency_comment set text = 'gewijzigd na afsluiten' where assignment_id in "
                    + "(select id from rater_assignment where review_id = ?)", rated.reviewId());
            login.out();
            assertThat(outputs(rated)).as("seed %d, trial %d, change %d", seed, trial, changed)
                    .isEqualTo(before);
        }
    }

    @Test
    void erasing_a_rater_after_close_removes_a_name_never_a_number() {
        var rated = fixture.rated(3, ReportFixture::spread);
        calibrateAndRelease(rated);
        login.as(rated.employee().email());
        Report before = reports.report(rated.reviewId());
        login.as(DemoPeople.HR_EMAIL);
        privacy.erase(rated.team().employee(2).id());
        login.as(rated.employee().email());
        assertThat(reports.report(rated.reviewId())).isEqualTo(before);
    }

    private List<Object> outputs(ReportFixture.Rated rated) throws Exception {
        List<Object> outputs = new ArrayList<>();
        for (String who : List.of(rated.team().manager().email(), DemoPeople.HR_EMAIL)) {
            login.as(who);
            outputs.add(reports.report(rated.reviewId()));
            outputs.add(pdfText(rated.reviewId()));
            outputs.add(exports.csv(rated.team().cycleId(), Locale.forLanguageTag("nl")));
            outputs.add(pages.teamOverview(rated.team().cycleId()));
        }
        outputs.add(personalData.export(rated.employee().id()));
        return outputs;
    }

    private void calibrateAndRelease(ReportFixture.Rated rated) {
        login.as(rated.team().manager().email());
        for (var row : reports.report(rated.reviewId()).rows()) {
            reports.calibrate(rated.reviewId(), row.competencyId(), row.consensusLevel(), null);
        }
        releases.release(rated.reviewId());
    }

    private String pdfText(long reviewId) throws Exception {
        try (var document = Loader.loadPDF(exports.pdf(reviewId, Locale.forLanguageTag("nl")))) {
            return new PDFTextStripper().getText(document);
        }
    }

    private long personIdOf(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(key);
    }
}

package nl.spiegel360.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.review.QuestionnaireService;
import nl.spiegel360.review.RaterRequests;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ModerationTest {

    @Autowired
    ReportFixture fixture;

    @Autowired
    ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.review.ReviewReleases releases;

    @Autowired
    ModerationService moderation;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    RaterRequests requests;

    @Autowired
    AuditLog audit;

    @Autowired
    Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void hr_hides_a_comment_from_every_report_with_an_audited_reason_without_seeing_its_rater() {
        var rated = fixture.collecting(3, ReportFixture::spread);
        long assignment = rated.assignments().get(3);
        login.as(DemoPeople.HR_EMAIL);
        requests.reopen(assignment, "Toelichting toevoegen");
        login.as(rated.team().employee(2).email());
        long competency = questionnaires.questionnaire(assignment).competencies().getFirst().competencyId();
        questionnaires.comment(assignment, competency, "Een ongepaste opmerking", QuestionnaireService.NEW);
        questionnaires.submit(assignment);
        login.as(DemoPeople.HR_EMAIL);
        assertThat(moderation.comments(rated.reviewId()).comments()).isEmpty();
        fixture.close(rated);

        login.as(rated.team().manager().email());
        assertThatThrownBy(() -> moderation.comments(rated.reviewId())).isInstanceOf(AccessDeniedException.class);
        assertThat(reports.report(rated.reviewId()).rows().getFirst().drilldown().anonymousComments())
                .contains("Een ongepaste opmerking");

        login.as(DemoPeople.HR_EMAIL);
        var comment = moderation.comments(rated.reviewId()).comments().stream()
                .filter(c -> c.text().equals("Een ongepaste opmerking")).findFirst().orElseThrow();
        moderation.hide(comment.id(), "Persoonlijke aanval");
        assertThat(audit.entries("comment.hidden", comment.id())).singleElement()
                .satisfies(e -> assertThat(e.details()).isEqualTo("Persoonlijke aanval"));
        assertThat(audit.entries("comment.hidden", comment.id()).getFirst().details())
                .doesNotContain(rated.team().employee(2).name());

        login.as(rated.team().manager().email());
        assertThat(reports.report(rated.reviewId()).rows().getFirst().drilldown().anonymousComments())
                .doesNotContain("Een ongepaste opmerking");

        for (var row : reports.report(rated.reviewId()).rows()) {
            reports.calibrate(rated.reviewId(), row.competencyId(), row.consensusLevel(), null);
        }
        releases.release(rated.reviewId());
        login.as(DemoPeople.HR_EMAIL);
        assertThat(moderation.comments(rated.reviewId()).editable()).isFalse();
        assertThatThrownBy(() -> moderation.hide(comment.id(), "na vrijgeven"))
                .isInstanceOf(nl.spiegel360.base.UserFacingException.class)
                .extracting(e -> ((nl.spiegel360.base.UserFacingException) e).messageKey())
                .isEqualTo("report.error.released");
    }
}

package nl.spiegel360.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.report.ReportFixture;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.review.ReviewFixture;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Export, erasure and retention on PostgreSQL. */
@IntegrationTest
class PrivacyServiceTest {

    @Autowired
    nl.spiegel360.review.CycleClosings closings;

    @Autowired
    PrivacyService privacy;

    @Autowired nl.spiegel360.privacy.PersonalDataExport personalData;

    @Autowired
    ReportFixture fixture;

    @Autowired
    ReviewFixture reviews;

    @Autowired
    ReportService reports;

    @Autowired
    PersonAdministration people;

    @Autowired
    PersonDirectory directory;

    @Autowired
    CycleService cycles;

    @Autowired
    Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void the_export_holds_the_person_and_their_reports_but_no_other_rater() {
        var rated = fixture.rated(3, ReportFixture::spread);
        login.as(DemoPeople.HR_EMAIL);
        String json = personalData.export(rated.employee().id());
        assertThat(json).contains(rated.employee().email()).contains("Eigenaarschap").contains("consensusLevel");
        for (int i = 1; i <= 3; i++) {
            assertThat(json).doesNotContain(rated.team().employee(i).name());
        }
        login.as(rated.employee().email());
        assertThatThrownBy(() -> personalData.export(rated.employee().id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void erasing_a_rater_keeps_the_reports_they_contributed_to_and_erasing_the_employee_removes_theirs() {
        var rated = fixture.rated(3, ReportFixture::spread);
        login.as(rated.team().manager().email());
        var before = reports.report(rated.reviewId());
        login.as(DemoPeople.HR_EMAIL);
        long peer = rated.team().employee(1).id();
        privacy.erase(peer);
        assertThat(directory.refs(List.of(peer)).get(peer).name()).isEqualTo("—");
        assertThat(directory.refs(List.of(peer)).get(peer).email()).doesNotContain("@example.org");
        login.as(rated.team().manager().email());
        var after = reports.report(rated.reviewId());
        for (int i = 0; i < before.rows().size(); i++) {
            assertThat(after.rows().get(i).consensusLevel()).isEqualTo(before.rows().get(i).consensusLevel());
            assertThat(after.rows().get(i).agreement()).isEqualTo(before.rows().get(i).agreement());
        }

        login.as(DemoPeople.HR_EMAIL);
        privacy.erase(rated.employee().id());
        assertThatThrownBy(() -> reports.report(rated.reviewId())).isInstanceOf(UserFacingException.class);
    }

    @Test
    void closed_cycles_past_their_retention_are_previewed_then_purged() {
        var old = reviews.team(1, TestClock.today().minusMonths(14));
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(old.cycleId(), CycleState.NOMINATION);
        cycles.advance(old.cycleId(), CycleState.RATING);
        cycles.advance(old.cycleId(), CycleState.CLOSED);
        closings.finish(old.cycleId(), 0);
        assertThat(privacy.retentionPreview(12)).extracting(c -> c.id()).contains(old.cycleId());
        assertThat(privacy.retentionPreview(24)).extracting(c -> c.id()).doesNotContain(old.cycleId());
        assertThat(privacy.purge(12)).isGreaterThanOrEqualTo(1);
        assertThat(cycles.cycles()).extracting(c -> c.id()).doesNotContain(old.cycleId());
    }
}

package nl.spiegel360.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonDraft;
import nl.spiegel360.report.ReportExports;
import nl.spiegel360.report.ReportFixture;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each audited act leaves an entry with who, what and which record, and never a rating value. */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    AuditLog audit;

    @Autowired
    ReportFixture fixture;

    @Autowired
    ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.review.ReviewReleases releases;

    @Autowired
    ReportExports exports;

    @Autowired
    PersonAdministration people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void report_views_calibrations_releases_exports_and_people_changes_are_recorded() {
        var rated = fixture.rated(3, ReportFixture::spread);
        String manager = rated.team().manager().email();
        login.as(manager);
        var report = reports.report(rated.reviewId());
        report.rows().forEach(r -> reports.calibrate(rated.reviewId(), r.competencyId(), r.consensusLevel(), null));
        exports.pdf(rated.reviewId(), Locale.ENGLISH);
        releases.release(rated.reviewId());
        login.as(DemoPeople.HR_EMAIL);
        long person = people.create(new PersonDraft("Audit Persoon", "audit-" + System.nanoTime() + "@example.org",
                null, null, null, false, null)).id();
        people.deactivate(person);

        for (String action : List.of("report.viewed", "report.calibrated", "report.exported-pdf",
                "report.released")) {
            assertThat(audit.entries(action, rated.reviewId())).as(action).isNotEmpty()
                    .allMatch(e -> e.actor().equals(manager));
        }
        assertThat(audit.entries("person.created", person)).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(DemoPeople.HR_EMAIL));
        assertThat(audit.entries("person.deactivated", person)).hasSize(1);
        assertThat(audit.search("profile.imported", 0, 10)).isNotEmpty();
    }

    @Test
    void entries_cannot_be_changed_or_removed_through_the_application() {
        assertThat(AuditEventRepository.class.getMethods()).extracting(java.lang.reflect.Method::getName)
                .doesNotContain("delete", "deleteById", "deleteAll", "saveAll");
        assertThat(AuditEvent.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
        login.as("bram@spiegel360.example");
        assertThatThrownBy(() -> audit.search("", 0, 10))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}

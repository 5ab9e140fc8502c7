package nl.spiegel360.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.spiegel360.competency.RoleProfileService;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonDraft;
import nl.spiegel360.people.PersonSummary;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log is complete, bounded and append-only: each gap an attacker or an auditor found, replayed. */
@IntegrationTest
class AuditGapsTest {

    @Autowired
    AuditLog audit;

    @Autowired
    PersonAdministration people;

    @Autowired
    RoleProfileService profiles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void no_database_user_can_change_delete_or_truncate_an_entry() {
        audit.recordSeparately("someone@example.org", "test.entry", null);
        long id = jdbc.queryForObject("select max(id) from audit_event", Long.class);
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'x' where id = ?", id))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select actor from audit_event where id = ?", String.class, id))
                .isEqualTo("someone@example.org");
    }

    @Test
    void a_sign_in_name_padded_with_wide_spaces_is_recorded_normalised_and_cut_to_size() {
        String padded = "\u3000".repeat(300) + "hr@spiegel360.example" + "x".repeat(300);
        audit.recordSeparately(padded, "login.failed", "address 10.0.0.1");
        String actor = jdbc.queryForObject("select actor from audit_event where action = 'login.failed' "
                + "order by id desc limit 1", String.class);
        assertThat(actor).startsWith("hr@spiegel360.example").hasSizeLessThanOrEqualTo(254);
    }

    @Test
    void line_breaks_and_control_characters_cannot_forge_an_entry_or_a_log_line() {
        String forged = "mallory@example.org\r\n2026-11-29 INFO audit : hr@spiegel360.example person.erased\u0007";
        audit.recordSeparately(forged, "login.failed", "address\n10.0.0.2");
        var row = jdbc.queryForMap("select actor, details from audit_event where action = 'login.failed' "
                + "order by id desc limit 1");
        assertThat((String) row.get("actor")).doesNotContain("\r", "\n", "\u0007").startsWith("mallory@example.org");
        assertThat((String) row.get("details")).doesNotContain("\n");
        assertThat(nl.spiegel360.base.LogSafe.clean(forged)).doesNotContain("\n", "\r").contains("\\n");
    }

    @Test
    void role_changes_say_what_changed() {
        login.as(DemoPeople.HR_EMAIL);
        String email = "rol-" + System.nanoTime() + "@example.org";
        PersonSummary person = people.create(new PersonDraft("Roos Rol", email, "Adviseur", "Team Rol", null, false,
                null));
        people.update(person.id(), person.version(), new PersonDraft("Roos Rol", email, "Senior adviseur", "Team Rol",
                null, true, null));

        assertThat(audit.entries("person.updated", person.id())).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("HR: no → yes").contains("job title")
                        .doesNotContain("Senior adviseur"));
    }

    @Test
    void profile_assignment_is_recorded_with_the_people_and_the_profile() {
        login.as(DemoPeople.HR_EMAIL);
        String email = "profiel-" + System.nanoTime() + "@example.org";
        long person = people.create(new PersonDraft("Piet Profiel", email, null, null, null, false, null)).id();
        long profile = profiles.profiles().stream().filter(p -> p.name().equals("Klantadviseur")).findFirst()
                .orElseThrow().id();
        profiles.assignToPeople(profile, List.of(person));

        assertThat(audit.entries("profile.assigned", profile)).isNotEmpty()
                .last().satisfies(e -> assertThat(e.details()).contains("person " + person));
    }

    @Test
    void anonymous_refusals_are_counted_per_address_and_hour_not_written_one_by_one() {
        long before = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        for (int i = 0; i < 50; i++) {
            audit.anonymousRefusal("203.0.113.7");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select sum(refusals) from anonymous_refusal where address = '203.0.113.7'",
                Long.class)).isEqualTo(50);
        assertThat(jdbc.queryForObject("select count(*) from anonymous_refusal where address = '203.0.113.7'",
                Long.class)).isEqualTo(1);
    }
}

package nl.spiegel360.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class PeopleServicesSecurityTest {

    @Autowired
    PersonAdministration people;

    @Autowired
    PeopleImport imports;

    @Autowired
    OwnAccount account;

    @Autowired
    Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void method_security_refuses_an_employee_who_lists_people() {
        login.as("daan@spiegel360.example");
        assertThatThrownBy(() -> people.search("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.create(new PersonDraft("X", "x@example.org", null, null, null, true, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    nl.spiegel360.audit.AuditLog audit;

    @Test
    void a_refused_call_is_written_to_the_audit_log() {
        login.as("thijs@spiegel360.example");
        assertThatThrownBy(() -> people.teams()).isInstanceOf(AccessDeniedException.class);
        login.as(DemoPeople.HR_EMAIL);
        assertThat(audit.search("access.refused", 0, 50)).anyMatch(e -> e.actor().equals("thijs@spiegel360.example")
                && e.details() != null && e.details().startsWith("PersonAdministration.teams"));
    }

    @Test
    void method_security_refuses_a_manager_who_imports_people() {
        login.as(DemoPeople.MANAGER_EMAIL);
        assertThatThrownBy(() -> imports.importPeople("name,email\nA,a@example.org\n".getBytes()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_anonymous_caller_is_refused() {
        assertThatThrownBy(() -> account.me()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void hr_cannot_deactivate_their_own_account() {
        login.as(DemoPeople.HR_EMAIL);
        long me = account.me().id();
        assertThatThrownBy(() -> people.deactivate(me)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.deactivate-self");
    }

    @Test
    void a_manager_cannot_be_placed_under_their_own_report() {
        login.as(DemoPeople.HR_EMAIL);
        PersonSummary manager = people.search(DemoPeople.MANAGER_EMAIL, 0, 1).getFirst();
        PersonSummary report = people.search("sanne@", 0, 1).getFirst();
        var draft = new PersonDraft(manager.name(), manager.email(), manager.jobTitle(), manager.team(), report.id(),
                false, null);
        assertThatThrownBy(() -> people.update(manager.id(), manager.version(), draft))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.manager-cycle");
        assertThat(people.search(DemoPeople.MANAGER_EMAIL, 0, 1).getFirst().managerId()).isEqualTo(manager.managerId());
    }
}

package nl.spiegel360.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.security.ExternalSignIn;
import nl.spiegel360.security.ExternalSignIn.Identity;
import nl.spiegel360.security.ExternalSignIn.Refusal;
import nl.spiegel360.security.Role;
import nl.spiegel360.security.SignInSettings;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Matching an identity an OpenID provider vouches for with a person, on PostgreSQL. */
@IntegrationTest
class ExternalAccountsTest {

    private static final String ISSUER = "https://id.example.org/realms/acme";

    @Autowired ExternalSignIn accounts;
    @Autowired PersonAdministration people;
    @Autowired PersonRepository repository;
    @Autowired JdbcTemplate jdbc;
    @Autowired Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void an_unknown_identity_is_refused_unless_the_installation_creates_accounts_and_then_only_once() {
        String email = "nieuw-" + System.nanoTime() + "@example.org";
        var identity = new Identity(ISSUER, "sub-" + email, email, true, "Nina Nieuw", null);
        assertThat(accounts.signOn(identity, false)).isEqualTo(new ExternalSignIn.Refused(Refusal.UNKNOWN));
        assertThat(repository.findByEmailIgnoreCase(email)).isEmpty();

        var created = (ExternalSignIn.SignedOn) accounts.signOn(identity, true);
        assertThat(created.user().email()).isEqualTo(email);
        assertThat(created.user().roles()).containsExactly(Role.EMPLOYEE);
        var again = (ExternalSignIn.SignedOn) accounts.signOn(identity, true);
        assertThat(again.user().personId()).isEqualTo(created.user().personId());
        assertThat(jdbc.queryForObject("select count(*) from person where lower(email) = ?", Integer.class, email))
                .isEqualTo(1);
    }

    @Test
    void an_unverified_address_never_matches_and_an_address_linked_to_another_subject_is_refused() {
        String email = "koppel-" + System.nanoTime() + "@example.org";
        long id = person(email);
        assertThat(accounts.signOn(new Identity(ISSUER, "first", email, false, "X", null), true))
                .isEqualTo(new ExternalSignIn.Refused(Refusal.UNKNOWN));
        assertThat(jdbc.queryForObject("select count(*) from person where lower(email) = ?", Integer.class, email))
                .as("no second account for an unverified address").isEqualTo(1);
        var linked = (ExternalSignIn.SignedOn) accounts.signOn(new Identity(ISSUER, "first-" + id, email, true,
                "X", null), false);
        assertThat(linked.user().personId()).isEqualTo(id);
        assertThat(accounts.signOn(new Identity(ISSUER, "second-" + id, email, true, "X", null), false))
                .isEqualTo(new ExternalSignIn.Refused(Refusal.LINKED_ELSEWHERE));
        var otherProvider = (ExternalSignIn.SignedOn) accounts.signOn(new Identity("https://accounts.example.com",
                "g-" + id, email, true, "X", null), false);
        assertThat(otherProvider.user().personId()).isEqualTo(id);
        assertThat(jdbc.queryForObject("select oidc_subject from person where id = ?", String.class, id))
                .as("the first provider's link stays").isEqualTo("first-" + id);
    }

    @Test
    void hr_follows_the_group_and_a_deactivated_person_is_refused() {
        String email = "groep-" + System.nanoTime() + "@example.org";
        long id = person(email);
        var hr = (ExternalSignIn.SignedOn) accounts.signOn(new Identity(ISSUER, "g-" + id, email, true, "X",
                true), false);
        assertThat(hr.user().roles()).contains(Role.HR);
        var withdrawn = (ExternalSignIn.SignedOn) accounts.signOn(new Identity(ISSUER, "g-" + id, email, true,
                "X", false), false);
        assertThat(withdrawn.user().roles()).doesNotContain(Role.HR);
        login.as(DemoPeople.HR_EMAIL);
        people.deactivate(id);
        login.out();
        assertThat(accounts.signOn(new Identity(ISSUER, "g-" + id, email, true, "X", null), false))
                .isEqualTo(new ExternalSignIn.Refused(Refusal.DEACTIVATED));
    }

    @Test
    void with_passwords_switched_off_no_password_signs_in() {
        var off = new PersonUserDetailsService(repository, new SignInSettings(false, false, false, "", "groups"));
        assertThatThrownBy(() -> off.loadUserByUsername(DemoPeople.HR_EMAIL))
                .isInstanceOf(UsernameNotFoundException.class);
        var on = new PersonUserDetailsService(repository, new SignInSettings(true, false, false, "", "groups"));
        assertThat(on.loadUserByUsername(DemoPeople.HR_EMAIL).getUsername()).isEqualTo(DemoPeople.HR_EMAIL);
    }

    private long person(String email) {
        login.as(DemoPeople.HR_EMAIL);
        long id = people.create(new PersonDraft("Persoon " + email, email, null, null, null, false, null)).id();
        login.out();
        return id;
    }
}

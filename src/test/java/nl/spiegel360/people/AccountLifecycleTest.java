package nl.spiegel360.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class AccountLifecycleTest {

    @Autowired
    PersonAdministration people;

    @Autowired
    OwnAccount account;

    @Autowired
    Login login;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    SessionRegistry sessions;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void deactivation_refuses_the_next_sign_in_and_ends_every_open_session() {
        String email = "vertrekker-" + System.nanoTime() + "@example.org";
        login.as(DemoPeople.HR_EMAIL);
        PersonSummary person = people.create(
                new PersonDraft("Vera Vertrek", email, "Klantadviseur", "Klantenservice", null, false,
                        "een-lang-wachtwoord"));
        ProviderManager authentication = authenticationManager();
        assertThat(authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "een-lang-wachtwoord")).isAuthenticated())
                .isTrue();

        UserDetails principal = users.loadUserByUsername(email);
        sessions.registerNewSession("session-a-" + email, principal);
        sessions.registerNewSession("session-b-" + email, principal);

        people.deactivate(person.id());

        assertThat(sessions.getSessionInformation("session-a-" + email).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("session-b-" + email).isExpired()).isTrue();
        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "een-lang-wachtwoord")))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void a_person_without_a_password_cannot_sign_in() {
        String email = "zonder-" + System.nanoTime() + "@example.org";
        login.as(DemoPeople.HR_EMAIL);
        people.create(new PersonDraft("Zonder Wachtwoord", email, null, null, null, false, null));
        assertThatThrownBy(() -> authenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "")))
                .isInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
    }

    @Test
    void a_user_changes_their_own_password_only_with_the_current_one_and_only_to_a_strong_one() {
        String email = "wisselaar-" + System.nanoTime() + "@example.org";
        login.as(DemoPeople.HR_EMAIL);
        people.create(new PersonDraft("Wim Wissel", email, null, null, null, false, "een-lang-wachtwoord"));
        login.as(email);
        assertThatThrownBy(() -> account.changeOwnPassword("verkeerd-wachtwoord", "paars konijn fietst langs"))
                .extracting(e -> ((nl.spiegel360.base.UserFacingException) e).messageKey())
                .isEqualTo("people.error.current-password");
        assertThatThrownBy(() -> account.changeOwnPassword("een-lang-wachtwoord", "password1234"))
                .extracting(e -> ((nl.spiegel360.base.UserFacingException) e).messageKey())
                .isEqualTo("people.error.password-weak");
        account.changeOwnPassword("een-lang-wachtwoord", "paars konijn fietst langs");
        assertThat(authenticationManager().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email,
                "paars konijn fietst langs")).isAuthenticated()).isTrue();
    }

    @Autowired
    nl.spiegel360.audit.AuditLog audit;

    @Test
    void guessing_the_current_password_is_paused_after_five_tries_and_every_try_is_recorded() {
        String email = "gokker-" + System.nanoTime() + "@example.org";
        login.as(DemoPeople.HR_EMAIL);
        long id = people.create(new PersonDraft("Guus Gok", email, null, null, null, false, "een-lang-wachtwoord"))
                .id();
        login.as(email);
        for (int i = 0; i < 5; i++) {
            String guess = "gok-" + i + "-wachtwoord";
            assertThatThrownBy(() -> account.changeOwnPassword(guess, "paars konijn fietst langs"))
                    .extracting(e -> ((nl.spiegel360.base.UserFacingException) e).messageKey())
                    .isEqualTo("people.error.current-password");
        }
        assertThatThrownBy(() -> account.changeOwnPassword("een-lang-wachtwoord", "paars konijn fietst langs"))
                .as("even the right one waits").extracting(e -> ((nl.spiegel360.base.UserFacingException) e)
                        .messageKey()).isEqualTo("people.error.current-password-paused");
        login.as(DemoPeople.HR_EMAIL);
        assertThat(audit.search(email, 0, 50)).filteredOn(e -> e.action().equals("account.password-check-failed"))
                .hasSize(5).allSatisfy(e -> assertThat(e.details()).isEqualTo("person " + id));
    }

    @Test
    void hr_cannot_give_an_account_a_common_password() {
        login.as(DemoPeople.HR_EMAIL);
        assertThatThrownBy(() -> people.create(new PersonDraft("Zwak", "zwak-" + System.nanoTime() + "@example.org",
                null, null, null, false, "password1234")))
                .extracting(e -> ((nl.spiegel360.base.UserFacingException) e).messageKey())
                .isEqualTo("people.error.password-weak");
    }

    private ProviderManager authenticationManager() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(provider);
    }
}

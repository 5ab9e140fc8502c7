package nl.spiegel360.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void short_passwords_are_refused() {
        assertThat(PasswordRules.problem("Kort-maar-1", List.of())).isEqualTo("people.error.password-length");
    }

    @Test
    void common_and_guessable_passwords_are_refused_even_when_long() {
        assertThat(PasswordRules.problem("password1234", List.of())).isEqualTo("people.error.password-weak");
        assertThat(PasswordRules.problem("qwertyuiop123", List.of())).isEqualTo("people.error.password-weak");
        assertThat(PasswordRules.problem("abcabcabcabc", List.of())).isEqualTo("people.error.password-weak");
    }

    @Test
    void a_long_unusual_passphrase_is_accepted() {
        assertThat(PasswordRules.problem("paars konijn fietst langs de Amstel", List.of())).isNull();
        assertThat(PasswordRules.problem("een-lang-wachtwoord", List.of())).isNull();
    }
}

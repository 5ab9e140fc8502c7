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

    @Test
    void a_name_written_with_other_accents_or_letters_of_the_same_look_is_still_the_name() {
        List<String> lucas = List.of("Lucas de Boer", "lucas@spiegel360.example");
        for (String password : List.of("Lücäs dë Böér 1999!", "LUCAS-DE-BOER-1999", "ｌｕｃａｓ ｂｏｅｒ 1999")) {
            assertThat(PasswordRules.problem(password, lucas)).as(password).isEqualTo("people.error.password-personal");
        }
        assertThat(PasswordRules.problem("Zoë zingt 37 liedjes in Gent", List.of("Zoe Smit", "zoe@example.org")))
                .as("Zoë is Zoe").isEqualTo("people.error.password-personal");
    }

    @Test
    void a_password_that_contains_the_persons_name_or_e_mail_is_refused_as_the_message_says() {
        List<String> noor = List.of("Noor Bos", "noor@spiegel360.example");
        for (String password : List.of("noorbos12345", "Noor Bos 2026", "B-O-S.noor.zomer", "spiegel360 is mooi")) {
            assertThat(PasswordRules.problem(password, noor)).as(password).isEqualTo("people.error.password-personal");
        }
        assertThat(PasswordRules.problem("Jan van der Berg 1999", List.of("Jan van der Berg", "jan@example.org")))
                .isEqualTo("people.error.password-personal");
        assertThat(PasswordRules.problem("de vaandrager zingt langs het water", List.of("Jan van der Berg",
                "jan@example.org"))).as("tussenvoegsels alone are no name").isNull();
    }
}

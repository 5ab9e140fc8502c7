package nl.spiegel360.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import nl.spiegel360.test.Smtp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** HR's one-time reset link: mailed, single use, expiring. */
@IntegrationTest
class PasswordResetTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(Smtp.SETUP);

    @Autowired
    PasswordResetService resets;

    @Autowired
    PersonAdministration people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Login login;

    @Autowired
    nl.spiegel360.test.Outbox outbox;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void the_mailed_link_sets_a_password_once() throws Exception {
        String email = "herstel-" + System.nanoTime() + "@example.org";
        login.as(DemoPeople.HR_EMAIL);
        long id = people.create(new PersonDraft("Hetty Herstel", email, null, null, null, false, null)).id();
        outbox.deliver();
        smtp.purgeEmailFromAllMailboxes();
        resets.issue(id);
        outbox.deliver();
        assertThat(smtp.getReceivedMessages()).as("delivered before the outbox returned")
                .hasSizeGreaterThanOrEqualTo(1);
        var mail = mailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Stel je wachtwoord voor Spiegel360 in");
        Matcher link = Pattern.compile("/reset-password/([A-Za-z0-9_-]+)").matcher(String.valueOf(mail.getContent()));
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(jdbc.queryForObject("select count(*) from password_reset where token_hash = ?", Long.class,
                token)).as("the token itself is not stored").isZero();

        login.out();
        assertThatThrownBy(() -> resets.reset(token, "password1234")).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("people.error.password-weak");
        resets.reset(token, "paars konijn fietst langs");
        assertThatThrownBy(() -> resets.reset(token, "een ander lang wachtwoord")).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("reset.error.invalid");
    }

    @Test
    void an_expired_link_is_refused_and_only_hr_issues_links() throws Exception {
        String email = "verlopen-" + System.nanoTime() + "@example.org";
        login.as(DemoPeople.HR_EMAIL);
        long id = people.create(new PersonDraft("Vera Verlopen", email, null, null, null, false, null)).id();
        outbox.deliver();
        smtp.purgeEmailFromAllMailboxes();
        resets.issue(id);
        outbox.deliver();
        assertThat(smtp.getReceivedMessages()).as("delivered before the outbox returned")
                .hasSizeGreaterThanOrEqualTo(1);
        Matcher link = Pattern.compile("/reset-password/([A-Za-z0-9_-]+)")
                .matcher(String.valueOf(mailTo(email).getContent()));
        assertThat(link.find()).isTrue();
        jdbc.update("update password_reset set expires_at = expires_at - interval '2 days', "
                + "created_at = created_at - interval '3 days' where person_id = ?", id);
        login.out();
        assertThatThrownBy(() -> resets.reset(link.group(1), "paars konijn fietst langs"))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("reset.error.invalid");
        assertThatThrownBy(() -> resets.reset("onbekend-token", "paars konijn fietst langs"))
                .isInstanceOf(UserFacingException.class);
        login.as("bram@spiegel360.example");
        assertThatThrownBy(() -> resets.issue(id)).isInstanceOf(AccessDeniedException.class);
    }

    private static jakarta.mail.internet.MimeMessage mailTo(String email) {
        return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString().equals(email);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).findFirst().orElseThrow();
    }
}

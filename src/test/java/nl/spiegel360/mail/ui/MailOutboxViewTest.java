package nl.spiegel360.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.mail.MailOutbox;
import nl.spiegel360.people.PasswordResetService;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonDraft;
import nl.spiegel360.security.SystemTask;
import nl.spiegel360.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** HR sees a mail that keeps failing, without its text, and asks for another try. */
class MailOutboxViewTest extends KaribuTest {

    @Autowired
    PersonAdministration people;

    @Autowired
    PasswordResetService resets;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_mail_that_failed_three_times_is_listed_and_can_be_tried_again() {
        signInAs(DemoPeople.HR_EMAIL);
        String email = "faalt-" + System.nanoTime() + "@example.org";
        long person = people.create(new PersonDraft("Fay Faal", email, null, null, null, false, null)).id();
        resets.issue(person);
        // three refused attempts (no mail server listens while this test runs)
        jdbc.update("update mail_outbox set attempts = 3, next_attempt_at = next_attempt_at + interval '1 hour', "
                + "last_error = 'Connection refused' where recipient = ?", email);

        UI.getCurrent().navigate("mail");

        @SuppressWarnings("unchecked")
        Grid<MailOutbox.OutboxMail> grid = _get(Grid.class, spec -> spec.withId("mail-grid"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).recipient().equals(email)).findFirst().orElseThrow();
        MailOutbox.OutboxMail mail = GridKt._get(grid, row);
        assertThat(mail.subject()).isEqualTo("Stel je wachtwoord voor Spiegel360 in");
        assertThat(mail.lastError()).isEqualTo("Connection refused");
        assertThat(_get(Paragraph.class, spec -> spec.withId("mail-summary")).getText()).contains("wachten");

        Button retry = (Button) GridKt._getCellComponent(grid, row, "retry");
        assertThat(retry.getId()).hasValue("mail-retry-" + mail.id());
        _click(retry);
        assertThat(jdbc.queryForObject("select next_attempt_at <= now() from mail_outbox where id = ?", Boolean.class,
                mail.id())).isTrue();
        assertThat(SystemTask.call(() -> outbox.failing())).anyMatch(m -> m.id() == mail.id());
    }
}

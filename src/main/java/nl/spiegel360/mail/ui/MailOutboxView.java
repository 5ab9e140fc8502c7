package nl.spiegel360.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.spiegel360.mail.MailOutbox;
import nl.spiegel360.mail.MailOutbox.OutboxMail;
import nl.spiegel360.security.Role;

/** HR sees the mails that keep failing (never their text, which may hold a sign-in link) and can try one again. */
@Route("mail")
@Menu(order = 91, icon = "ENVELOPE", title = "mail.title")
@RolesAllowed(Role.HR_NAME)
class MailOutboxView extends Main implements HasDynamicTitle {

    private final transient MailOutbox outbox;
    private final Paragraph summary = new Paragraph();
    private final Grid<OutboxMail> grid = new Grid<>();

    MailOutboxView(MailOutbox outbox, java.time.Clock clock) {
        this.outbox = outbox;
        addClassName("page");
        summary.setId("mail-summary");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(clock.getZone());
        grid.setId("mail-grid");
        grid.addColumn(m -> time.format(m.createdAt())).setHeader(getTranslation("mail.created")).setAutoWidth(true);
        grid.addColumn(OutboxMail::recipient).setHeader(getTranslation("mail.recipient")).setAutoWidth(true);
        grid.addColumn(OutboxMail::subject).setHeader(getTranslation("mail.subject")).setFlexGrow(1);
        grid.addColumn(OutboxMail::attempts).setHeader(getTranslation("mail.attempts")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.gaveUpAt() == null ? "mail.state.retrying" : "mail.state.given-up")
                + (m.lastError() == null ? "" : " — " + m.lastError())).setHeader(getTranslation("mail.state"))
                .setFlexGrow(1);
        grid.addComponentColumn(m -> {
            var retry = new Button(getTranslation("mail.retry"), e -> {
                outbox.retry(m.id());
                refresh();
            });
            retry.setId("mail-retry-" + m.id());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            retry.setAriaLabel(getTranslation("mail.retry.for", m.recipient()));
            return retry;
        }).setKey("retry").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("mail.none-failing"));
        add(new H2(getTranslation("mail.title")), summary, grid);
        refresh();
    }

    private void refresh() {
        summary.setText(outbox.canSend() ? getTranslation("mail.waiting", outbox.waiting())
                : getTranslation("mail.no-server", outbox.waiting()));
        grid.setItems(outbox.failing());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.title");
    }
}

package nl.spiegel360.api;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Set;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.security.SystemTask;
import nl.spiegel360.test.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * HR registers a webhook on the API page (told why an internal address is refused), sees its secret once, sees a
 * delivery that does not arrive with its error and sends it again.
 */
class WebhooksViewTest extends KaribuTest {

    @Autowired Webhooks webhooks;
    @Autowired WebhookTargets targets;
    @Autowired WebhookDelivery delivery;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void close() {
        targets.allowPrivate(false);
    }

    @Test
    void hr_registers_a_webhook_sees_what_does_not_arrive_and_sends_it_again() {
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate("api-clients");
        _click(_get(Button.class, spec -> spec.withId("webhook-new")));
        type(_get(TextField.class, spec -> spec.withId("webhook-url")), "https://10.0.0.7/hooks");
        @SuppressWarnings("unchecked")
        CheckboxGroup<WebhookEvent> chosen = _get(CheckboxGroup.class, spec -> spec.withId("webhook-events"));
        chosen.setValue(Set.of(WebhookEvent.CYCLE_LAUNCHED));
        _click(_get(Button.class, spec -> spec.withId("webhook-create")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText).toList())
                .contains(t("webhook.error.private", "10.0.0.7"));

        // nothing listens on port 9 of this machine: every delivery fails
        targets.allowPrivate(true);
        String url = "http://127.0.0.1:9/hooks-" + System.nanoTime();
        type(_get(TextField.class, spec -> spec.withId("webhook-url")), url);
        _click(_get(Button.class, spec -> spec.withId("webhook-create")));
        assertThat(_get(TextField.class, spec -> spec.withId("webhook-secret")).getValue()).startsWith("whsec_");
        _click(_get(Button.class, spec -> spec.withId("webhook-done")));
        long endpoint = webhooks.endpoints().stream().filter(e -> e.url().equals(url)).findFirst().orElseThrow()
                .id();

        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(s ->
                events.publishEvent(new nl.spiegel360.review.CycleMoved(777_777L,
                        nl.spiegel360.review.CycleState.NOMINATION)));
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        for (int attempt = 0; attempt < Webhooks.FAILING_AFTER; attempt++) {
            SystemTask.call(() -> delivery.sendDue(now.plusSeconds(3600L * (jdbc.queryForObject(
                    "select attempts from webhook_delivery where endpoint_id = ?", Integer.class, endpoint) + 1))));
        }
        UI.getCurrent().navigate("provisioning");
        UI.getCurrent().navigate("api-clients");
        @SuppressWarnings("unchecked")
        Grid<Webhooks.FailingDelivery> grid = _get(Grid.class, spec -> spec.withId("webhook-failing-grid"));
        var row = GridKt._findAll(grid).stream().filter(d -> d.url().equals(url)).findFirst().orElseThrow();
        assertThat(row.attempts()).isEqualTo(Webhooks.FAILING_AFTER);
        assertThat(row.lastError()).isNotBlank();
        int index = GridKt._findAll(grid).indexOf(row);
        _click((Button) GridKt._getCellComponent(grid, index, "resend"));
        assertThat(jdbc.queryForObject("select gave_up_at is null and next_attempt_at <= ? from webhook_delivery"
                + " where id = ?", Boolean.class, java.sql.Timestamp.from(Instant.now().plusSeconds(3600 * 24 * 400)),
                row.id())).isTrue();
        webhooks.disable(endpoint);
    }
}

package nl.spiegel360.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import nl.spiegel360.api.ApiClients;
import nl.spiegel360.api.ApiScope;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HR reaches the API's clients from the integrations page, creates one with its scopes (told what is missing), sees
 * its secret once, gives it a new one and revokes it.
 */
class ApiClientsViewTest extends KaribuTest {

    @Autowired ApiClients clients;
    @Autowired PasswordEncoder passwords;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void hr_creates_a_client_with_scopes_sees_its_secret_once_rotates_and_revokes_it() {
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate("provisioning");
        assertThat(_get(Anchor.class, spec -> spec.withId("provisioning-api")).getHref()).isEqualTo("api-clients");
        UI.getCurrent().navigate(ApiClientsView.class);
        _click(_get(Button.class, spec -> spec.withId("api-client-new")));
        String name = "Datawarehouse " + System.nanoTime();
        type(_get(TextField.class, spec -> spec.withId("api-client-name")), name);
        _click(_get(Button.class, spec -> spec.withId("api-client-create")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText).toList())
                .contains(t("api.error.scope-required"));
        @SuppressWarnings("unchecked")
        CheckboxGroup<ApiScope> scopes = _get(CheckboxGroup.class, spec -> spec.withId("api-client-scopes"));
        scopes.setValue(Set.of(ApiScope.RESULTS_READ, ApiScope.CYCLES_READ));
        _click(_get(Button.class, spec -> spec.withId("api-client-create")));
        String secret = _get(TextField.class, spec -> spec.withId("api-client-secret")).getValue();
        String clientId = _get(TextField.class, spec -> spec.withId("api-client-id")).getValue();
        assertThat(secret).startsWith("s360s_").hasSizeGreaterThan(40);
        _click(_get(Button.class, spec -> spec.withId("api-client-done")));

        ApiClients.ClientInfo made = clients.clients().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(made.clientId()).isEqualTo(clientId);
        assertThat(made.scopes()).containsExactlyInAnyOrder(ApiScope.RESULTS_READ, ApiScope.CYCLES_READ);
        String hash = jdbc.queryForObject("select secret_hash from api_client where id = ?", String.class, made.id());
        assertThat(hash).doesNotContain(secret);
        assertThat(passwords.matches(secret, hash)).isTrue();

        _click(action(made.id(), "api-rotate-"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        String rotated = _get(TextField.class, spec -> spec.withId("api-client-secret")).getValue();
        assertThat(rotated).isNotEqualTo(secret).startsWith("s360s_");
        String newHash = jdbc.queryForObject("select secret_hash from api_client where id = ?", String.class,
                made.id());
        assertThat(passwords.matches(secret, newHash)).isFalse();
        assertThat(passwords.matches(rotated, newHash)).isTrue();
        _click(_get(Button.class, spec -> spec.withId("api-client-done")));

        _click(action(made.id(), "api-revoke-"));
        _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).forEach(ConfirmDialogKt::_fireConfirm);
        assertThat(clients.clients().stream().filter(c -> c.id() == made.id()).findFirst().orElseThrow().active())
                .isFalse();
    }

    /** The button of a client's row, made by the grid's state column. */
    private static Button action(long id, String prefix) {
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<ApiClients.ClientInfo>) _get(
                com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("api-clients"));
        int row = com.github.mvysny.kaributesting.v10.GridKt._findAll(grid).stream().map(ApiClients.ClientInfo::id)
                .toList().indexOf(id);
        var cell = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "state");
        return cell.getChildren().filter(c -> c.getId().orElse("").equals(prefix + id)).map(Button.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void hr_registers_a_client_of_the_organisation_s_own_provider_by_its_client_id_without_a_secret() {
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate(ApiClientsView.class);
        _click(_get(Button.class, spec -> spec.withId("api-client-new")));
        String name = "Leerplatform " + System.nanoTime();
        type(_get(TextField.class, spec -> spec.withId("api-client-name")), name);
        @SuppressWarnings("unchecked")
        CheckboxGroup<ApiScope> scopes = _get(CheckboxGroup.class, spec -> spec.withId("api-client-scopes"));
        scopes.setValue(Set.of(ApiScope.INSIGHT_READ));
        String providerId = "corp-lms-" + System.nanoTime();
        type(_get(TextField.class, spec -> spec.withId("api-client-provider-id")), providerId);
        _click(_get(Button.class, spec -> spec.withId("api-client-create")));
        assertThat(_find(TextField.class, spec -> spec.withId("api-client-secret"))).as("no secret").isEmpty();
        assertThat(clients.clients()).filteredOn(c -> c.name().equals(name)).singleElement().satisfies(c -> {
            assertThat(c.external()).isTrue();
            assertThat(c.clientId()).isEqualTo(providerId);
            assertThat(c.scopes()).containsExactly(ApiScope.INSIGHT_READ);
        });
    }

    @Test
    void an_employee_and_a_manager_do_not_reach_the_page() {
        for (String email : new String[] {"fleur@spiegel360.example", DemoPeople.MANAGER_EMAIL}) {
            signInAs(email);
            UI.getCurrent().navigate("api-clients");
            assertThat(_find(Button.class, spec -> spec.withId("api-client-new"))).isEmpty();
        }
    }
}

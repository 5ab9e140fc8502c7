package nl.spiegel360.provisioning.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.provisioning.ScimTokens;
import nl.spiegel360.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** HR creates a token (seen once, only its hash kept), is told a name is missing or taken, and revokes it. */
class ProvisioningViewTest extends KaribuTest {

    @Autowired
    ScimTokens tokens;

    @Test
    void hr_creates_a_token_sees_it_once_and_revokes_it() {
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate(ProvisioningView.class);
        _click(_get(Button.class, spec -> spec.withId("provisioning-token-new")));
        _click(_get(Button.class, spec -> spec.withId("provisioning-token-create")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText).toList())
                .contains(t("provisioning.error.name-required"));
        String name = "Entra " + System.nanoTime();
        type(_get(TextField.class, spec -> spec.withId("provisioning-token-name")), name);
        _click(_get(Button.class, spec -> spec.withId("provisioning-token-create")));
        String secret = _get(TextField.class, spec -> spec.withId("provisioning-token-secret")).getValue();
        assertThat(secret).startsWith("s360_").hasSizeGreaterThan(40);
        _click(_get(Button.class, spec -> spec.withId("provisioning-token-done")));

        var created = tokens.tokens().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(created.active()).isTrue();
        assertThat(created.createdBy()).isEqualTo(DemoPeople.HR_EMAIL);

        _click(_get(Button.class, spec -> spec.withId("provisioning-token-new")));
        type(_get(TextField.class, spec -> spec.withId("provisioning-token-name")), name);
        _click(_get(Button.class, spec -> spec.withId("provisioning-token-create")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText).toList())
                .contains(t("provisioning.error.name-taken", name));

        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<ScimTokens.TokenInfo>) _get(
                com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("provisioning-tokens"));
        int row = GridKt._findAll(grid).stream().map(ScimTokens.TokenInfo::id).toList().indexOf(created.id());
        _click((Button) GridKt._getCellComponent(grid, row, "state"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(tokens.tokens().stream().filter(t -> t.id() == created.id()).findFirst().orElseThrow().active())
                .isFalse();
    }

    @Test
    void an_employee_does_not_reach_the_page() {
        signInAs("fleur@spiegel360.example");
        UI.getCurrent().navigate("provisioning");
        assertThat(_find(Button.class, spec -> spec.withId("provisioning-token-new"))).isEmpty();
    }
}

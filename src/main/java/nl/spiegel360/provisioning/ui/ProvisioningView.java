package nl.spiegel360.provisioning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.provisioning.DeactivationHold;
import nl.spiegel360.provisioning.ScimTokens;
import nl.spiegel360.provisioning.ScimTokens.TokenInfo;
import nl.spiegel360.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * HR's page for provisioning: the tokens identity systems use (created, shown once, last use, revoked) and the
 * deactivations and activations held because provisioning asked too many of them at once.
 */
@Route("provisioning")
@Menu(order = 93, icon = "CONNECT", title = "provisioning.title")
@RolesAllowed(Role.HR_NAME)
class ProvisioningView extends Main implements HasDynamicTitle {

    private final transient ScimTokens tokens;
    private final transient DeactivationHold hold;
    private final Grid<TokenInfo> grid = new Grid<>();
    private final Div held = new Div();
    private final DateTimeFormatter time;

    ProvisioningView(ScimTokens tokens, DeactivationHold hold, java.time.Clock clock) {
        this.tokens = tokens;
        this.hold = hold;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clock.getZone());
        addClassName("page");
        var intro = new Paragraph(getTranslation("provisioning.intro"));
        var create = new Button(getTranslation("provisioning.token.new"), VaadinIcon.PLUS.create(),
                e -> createDialog());
        create.setId("provisioning-token-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("provisioning-tokens");
        grid.addColumn(TokenInfo::name).setHeader(getTranslation("provisioning.token.name")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(t -> format(t.createdAt()) + " · " + t.createdBy())
                .setHeader(getTranslation("provisioning.token.created")).setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("provisioning.token.never")
                : format(t.lastUsedAt())).setHeader(getTranslation("provisioning.token.last-used")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setKey("state").setHeader(getTranslation("provisioning.token.state"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        held.setId("provisioning-held");
        var api = new com.vaadin.flow.component.html.Anchor("api-clients", getTranslation("provisioning.api"));
        api.setId("provisioning-api");
        add(new H2(getTranslation("provisioning.title")), intro, create, grid, held,
                new H3(getTranslation("provisioning.api.title")), new Paragraph(getTranslation(
                        "provisioning.api.intro")), api);
        refresh();
    }

    private com.vaadin.flow.component.Component state(TokenInfo token) {
        if (!token.active()) {
            return new Paragraph(getTranslation("provisioning.token.revoked", format(token.revokedAt())));
        }
        var revoke = new Button(getTranslation("provisioning.token.revoke"), e -> confirmRevoke(token));
        revoke.setId("provisioning-revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return revoke;
    }

    private void createDialog() {
        var dialog = new Dialog();
        dialog.setId("provisioning-token-dialog");
        dialog.setHeaderTitle(getTranslation("provisioning.token.new"));
        dialog.setWidth("min(40rem, 96vw)");
        var name = new TextField(getTranslation("provisioning.token.name"));
        name.setId("provisioning-token-name");
        name.setHelperText(getTranslation("provisioning.token.name-helper"));
        name.setWidthFull();
        var error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        dialog.add(name, error);
        var cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        var save = new Button(getTranslation("provisioning.token.create"));
        save.setId("provisioning-token-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                var created = tokens.create(name.getValue());
                nl.spiegel360.base.ui.ShownOnce.show(dialog, "provisioning-token",
                        getTranslation("provisioning.token.secret"), created.secret(),
                        getTranslation("provisioning.token.secret-helper"), getTranslation("provisioning.token.copy"),
                        getTranslation("action.close"), java.util.List.of());
                refresh();
            } catch (UserFacingException ex) {
                error.setText(Notices.text(ex));
            }
        });
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }

    private void confirmRevoke(TokenInfo token) {
        var dialog = new ConfirmDialog(getTranslation("provisioning.token.revoke"),
                getTranslation("provisioning.token.revoke-text", token.name()),
                getTranslation("provisioning.token.revoke"), e -> {
                    tokens.revoke(token.id());
                    Notices.success("provisioning.token.revoked-notice");
                    refresh();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private void refresh() {
        grid.setItems(tokens.tokens());
        held.removeAll();
        var waiting = hold.held();
        if (waiting.isEmpty()) {
            return;
        }
        held.add(new H3(getTranslation("provisioning.held.title", waiting.size())),
                new Paragraph(getTranslation("provisioning.held.intro")));
        Grid<DeactivationHold.Held> list = new Grid<>();
        list.setId("provisioning-held-grid");
        list.addColumn(DeactivationHold.Held::name).setHeader(getTranslation("people.name")).setFlexGrow(1);
        list.addColumn(DeactivationHold.Held::email).setHeader(getTranslation("people.email")).setAutoWidth(true);
        list.addColumn(h -> getTranslation("provisioning.held.change." + h.change().name().toLowerCase(
                java.util.Locale.ROOT))).setHeader(getTranslation("provisioning.held.change")).setAutoWidth(true);
        list.addColumn(h -> h.tokenName() + " · " + format(h.requestedAt()))
                .setHeader(getTranslation("provisioning.held.by")).setAutoWidth(true);
        list.setItems(waiting);
        list.setAllRowsVisible(true);
        var confirm = new Button(getTranslation("provisioning.held.confirm", waiting.size()), e -> {
            Notices.success("provisioning.held.confirmed", hold.confirm());
            refresh();
        });
        confirm.setId("provisioning-held-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var reject = new Button(getTranslation("provisioning.held.reject"), e -> {
            Notices.success("provisioning.held.rejected", hold.reject());
            refresh();
        });
        reject.setId("provisioning-held-reject");
        held.add(list, new Div(confirm, reject));
    }

    private String format(@Nullable Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("provisioning.title");
    }
}

package nl.spiegel360.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import nl.spiegel360.api.ApiClients;
import nl.spiegel360.api.ApiClients.ClientInfo;
import nl.spiegel360.api.ApiClients.NewSecret;
import nl.spiegel360.api.ApiScope;
import nl.spiegel360.api.WebhookEvent;
import nl.spiegel360.api.Webhooks;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.base.ui.ShownOnce;
import nl.spiegel360.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

/**
 * HR's page for the API: its clients, each with a name and its scopes (the secret shown once, when the client is
 * made and each time HR gives it a new one; a client can be revoked), and the webhooks with the deliveries that do
 * not arrive, which HR sends again. Reached from the integrations page.
 */
@Route("api-clients")
@RolesAllowed(Role.HR_NAME)
class ApiClientsView extends Main implements HasDynamicTitle {

    private final transient ApiClients clients;
    private final transient Webhooks webhooks;
    private final Grid<ClientInfo> grid = new Grid<>();
    private final Grid<Webhooks.Endpoint> hooks = new Grid<>();
    private final Div failing = new Div();
    private final DateTimeFormatter time;
    private final String baseUrl;
    private final String providerIssuer;

    ApiClientsView(ApiClients clients, Webhooks webhooks, Clock clock,
            @Value("${spiegel360.base-url}") String baseUrl,
            @Value("${spiegel360.api.issuer-uri:}") String providerIssuer) {
        this.providerIssuer = providerIssuer;
        this.clients = clients;
        this.webhooks = webhooks;
        this.baseUrl = baseUrl;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(clock.getZone());
        addClassName("page");
        var back = new Anchor("provisioning", getTranslation("api.back"));
        back.setId("api-back");
        var intro = new Paragraph(getTranslation("api.intro", baseUrl + "/oauth2/token",
                baseUrl + "/api/v1/openapi"));
        var create = new Button(getTranslation("api.client.new"), VaadinIcon.PLUS.create(), e -> createDialog());
        create.setId("api-client-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("api-clients");
        // long ids and lists of scopes wrap, so that the grid fits a screen of 1280 pixels without scrolling
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ClientInfo::name).setHeader(getTranslation("api.client.name")).setFlexGrow(2);
        grid.addColumn(ClientInfo::clientId).setHeader(getTranslation("api.client.id")).setFlexGrow(2);
        grid.addColumn(c -> c.scopes().stream().map(ApiScope::value).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("api.client.scopes")).setFlexGrow(2);
        grid.addColumn(c -> format(c.createdAt())).setHeader(getTranslation("api.client.created")).setFlexGrow(1);
        grid.addColumn(c -> c.lastUsedAt() == null ? getTranslation("api.client.never") : format(c.lastUsedAt()))
                .setHeader(getTranslation("api.client.last-used")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("state").setHeader(getTranslation("api.client.state"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        var newHook = new Button(getTranslation("webhook.new"), VaadinIcon.PLUS.create(), e -> webhookDialog());
        newHook.setId("webhook-new");
        hooks.setId("webhooks");
        hooks.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        hooks.addColumn(Webhooks.Endpoint::url).setHeader(getTranslation("webhook.url")).setFlexGrow(3);
        hooks.addColumn(h -> h.events().stream().map(WebhookEvent::value).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("webhook.events")).setFlexGrow(2);
        hooks.addColumn(h -> format(h.createdAt())).setHeader(getTranslation("api.client.created")).setFlexGrow(1);
        hooks.addComponentColumn(this::hookState).setKey("state").setHeader(getTranslation("webhook.state"))
                .setFlexGrow(1);
        hooks.setAllRowsVisible(true);
        failing.setId("webhook-failing");
        add(back, new H2(getTranslation("api.title")), intro, create, grid,
                new H3(getTranslation("webhook.title")), new Paragraph(getTranslation("webhook.intro")), newHook,
                hooks, failing);
        refresh();
    }

    private Component actions(ClientInfo client) {
        if (!client.active()) {
            return new Paragraph(getTranslation("api.client.revoked", format(client.revokedAt())));
        }
        var revoke = new Button(getTranslation("api.client.revoke"), e -> confirmRevoke(client));
        revoke.setId("api-revoke-" + client.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        if (client.external()) {
            return new Div(new com.vaadin.flow.component.html.Span(getTranslation("api.client.from-provider")),
                    revoke);
        }
        var rotate = new Button(getTranslation("api.client.rotate"), e -> confirmRotate(client));
        rotate.setId("api-rotate-" + client.id());
        rotate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new Div(rotate, revoke);
    }

    private void createDialog() {
        var dialog = new Dialog();
        dialog.setId("api-client-dialog");
        dialog.setHeaderTitle(getTranslation("api.client.new"));
        dialog.setWidth("min(40rem, 96vw)");
        var name = new TextField(getTranslation("api.client.name"));
        name.setId("api-client-name");
        name.setHelperText(getTranslation("api.client.name-helper"));
        name.setWidthFull();
        var scopes = new CheckboxGroup<ApiScope>(getTranslation("api.client.scopes"));
        scopes.setId("api-client-scopes");
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(s -> s.value() + " · " + getTranslation("api.scope." + s.value()));
        scopes.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
        var error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        var providerId = new TextField(getTranslation("api.client.provider-id"));
        providerId.setId("api-client-provider-id");
        providerId.setHelperText(getTranslation("api.client.provider-id-helper", providerIssuer));
        providerId.setWidthFull();
        providerId.setVisible(!providerIssuer.isBlank());
        dialog.add(name, scopes, providerId, error);
        var cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        var save = new Button(getTranslation("api.client.create"));
        save.setId("api-client-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                var chosen = scopes.getValue().isEmpty() ? EnumSet.noneOf(ApiScope.class)
                        : EnumSet.copyOf(scopes.getValue());
                if (providerId.isVisible() && !providerId.getValue().isBlank()) {
                    clients.createExternal(name.getValue(), providerId.getValue(), chosen);
                    Notices.success("api.client.provider-created");
                    dialog.close();
                    refresh();
                } else {
                    showSecret(dialog, clients.create(name.getValue(), chosen));
                }
            } catch (UserFacingException ex) {
                error.setText(Notices.text(ex));
            }
        });
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }

    /** The client's id and its secret, this once, with a button to copy the secret. */
    private void showSecret(Dialog dialog, NewSecret made) {
        ShownOnce.show(dialog, "api-client", getTranslation("api.client.secret"), made.secret(),
                getTranslation("api.client.secret-helper"), getTranslation("api.client.copy"),
                getTranslation("action.close"), List.of(ShownOnce.readOnly("api-client-id",
                        getTranslation("api.client.id"), made.client().clientId())));
        refresh();
    }

    private void confirmRotate(ClientInfo client) {
        var dialog = new ConfirmDialog(getTranslation("api.client.rotate"),
                getTranslation("api.client.rotate-text", client.name()), getTranslation("api.client.rotate"), e -> {
                    var shown = new Dialog();
                    shown.setId("api-client-dialog");
                    shown.setHeaderTitle(getTranslation("api.client.rotate"));
                    shown.setWidth("min(40rem, 96vw)");
                    showSecret(shown, clients.rotate(client.id()));
                    shown.open();
                });
        dialog.setConfirmButtonTheme("primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private void confirmRevoke(ClientInfo client) {
        var dialog = new ConfirmDialog(getTranslation("api.client.revoke"),
                getTranslation("api.client.revoke-text", client.name()), getTranslation("api.client.revoke"), e -> {
                    clients.revoke(client.id());
                    Notices.success("api.client.revoked-notice");
                    refresh();
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private Component hookState(Webhooks.Endpoint hook) {
        if (!hook.active()) {
            return new Paragraph(getTranslation("webhook.disabled", format(hook.disabledAt())));
        }
        var disable = new Button(getTranslation("webhook.disable"), e -> {
            var dialog = new ConfirmDialog(getTranslation("webhook.disable"),
                    getTranslation("webhook.disable-text", hook.url()), getTranslation("webhook.disable"), x -> {
                        webhooks.disable(hook.id());
                        Notices.success("webhook.disabled-notice");
                        refresh();
                    });
            dialog.setConfirmButtonTheme("error primary");
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.open();
        });
        disable.setId("webhook-disable-" + hook.id());
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return disable;
    }

    private void webhookDialog() {
        var dialog = new Dialog();
        dialog.setId("webhook-dialog");
        dialog.setHeaderTitle(getTranslation("webhook.new"));
        dialog.setWidth("min(40rem, 96vw)");
        var url = new TextField(getTranslation("webhook.url"));
        url.setId("webhook-url");
        url.setHelperText(getTranslation("webhook.url-helper"));
        url.setWidthFull();
        var events = new CheckboxGroup<WebhookEvent>(getTranslation("webhook.events"));
        events.setId("webhook-events");
        events.setItems(WebhookEvent.values());
        events.setItemLabelGenerator(WebhookEvent::value);
        events.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
        var error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        dialog.add(url, events, error);
        var cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        var save = new Button(getTranslation("webhook.create"));
        save.setId("webhook-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                var made = webhooks.register(url.getValue(), events.getValue().isEmpty()
                        ? EnumSet.noneOf(WebhookEvent.class) : EnumSet.copyOf(events.getValue()));
                ShownOnce.show(dialog, "webhook", getTranslation("webhook.secret"), made.secret(),
                        getTranslation("webhook.secret-helper"), getTranslation("api.client.copy"),
                        getTranslation("action.close"), List.of());
                refresh();
            } catch (UserFacingException ex) {
                error.setText(Notices.text(ex));
            }
        });
        dialog.getFooter().add(cancel, save);
        dialog.open();
        url.focus();
    }

    private void refresh() {
        grid.setItems(clients.clients());
        hooks.setItems(webhooks.endpoints());
        failing.removeAll();
        var list = webhooks.failing();
        if (list.isEmpty()) {
            return;
        }
        Grid<Webhooks.FailingDelivery> deliveries = new Grid<>();
        deliveries.setId("webhook-failing-grid");
        deliveries.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        deliveries.addColumn(Webhooks.FailingDelivery::url).setHeader(getTranslation("webhook.url"))
                .setFlexGrow(1);
        deliveries.addColumn(Webhooks.FailingDelivery::event).setHeader(getTranslation("webhook.events"));
        deliveries.addColumn(d -> getTranslation("webhook.failing.attempts", d.attempts()) + " · "
                + format(d.createdAt()));
        deliveries.addColumn(d -> d.lastError() == null ? "" : d.lastError())
                .setHeader(getTranslation("webhook.failing.error")).setFlexGrow(2);
        deliveries.addComponentColumn(d -> {
            var resend = new Button(getTranslation("webhook.resend"), e -> {
                webhooks.resend(d.id());
                Notices.success("webhook.resent");
                refresh();
            });
            resend.setId("webhook-resend-" + d.id());
            return resend;
        }).setKey("resend");
        deliveries.setItems(list);
        deliveries.setAllRowsVisible(true);
        failing.add(new H3(getTranslation("webhook.failing.title", list.size())), deliveries);
    }

    private String format(@Nullable Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.title");
    }
}

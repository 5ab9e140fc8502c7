package nl.spiegel360.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.spiegel360.audit.AuditEntry;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.security.Role;

/** HR reads and filters the audit log; nothing here changes it. */
@Route("audit")
@Menu(order = 90, icon = "CLIPBOARD_PULSE", title = "audit.title")
@RolesAllowed(Role.HR_NAME)
class AuditView extends Main implements HasDynamicTitle {

    AuditView(AuditLog audit, java.time.Clock clock) {
        addClassName("page");
        var filter = new TextField();
        filter.setId("audit-filter");
        filter.setPlaceholder(getTranslation("audit.filter"));
        filter.setAriaLabel(getTranslation("audit.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("min(30rem, 100%)");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(clock.getZone());
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(e -> time.format(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> action(e.action())).setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(e -> e.targetType() == null ? "" : e.targetType() + " #" + e.targetId())
                .setHeader(getTranslation("audit.record")).setAutoWidth(true);
        grid.addColumn(e -> e.details() == null ? "" : e.details()).setHeader(getTranslation("audit.details"))
                .setFlexGrow(1);
        grid.setItems(q -> audit.search(filter.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) audit.count(filter.getValue()));
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(filter, grid);
    }

    /** The action in the reader's language; an action recorded before it had a translation shows as stored. */
    private String action(String action) {
        String key = "audit.action." + action;
        String text = getTranslation(key);
        return text.contains(key) ? action : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}

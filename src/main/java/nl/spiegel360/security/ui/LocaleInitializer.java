package nl.spiegel360.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import nl.spiegel360.base.LocalePreference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every new UI its language: the signed-in user's remembered choice, else the choice made in this
 * browser session, else Dutch.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final ObjectProvider<LocalePreference> preference;

    LocaleInitializer(ObjectProvider<LocalePreference> preference) {
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            ui.setLocale(localeFor(ui.getSession()));
            reconnectTexts(ui);
        });
    }

    /** What the browser says while the connection to the server is lost, in the UI's language. */
    @SuppressWarnings("deprecation")
    private static void reconnectTexts(com.vaadin.flow.component.UI ui) {
        var reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("connection.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation("connection.lost"));
    }

    private Locale localeFor(VaadinSession session) {
        LocalePreference pref = preference.getIfAvailable();
        if (pref != null) {
            var remembered = pref.currentUserLocale();
            if (remembered.isPresent()) {
                return LocalePreference.supportedOrDefault(remembered.get());
            }
        }
        if (session != null && session.getAttribute(LocalePreference.SESSION_ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        return LocalePreference.SUPPORTED.getFirst();
    }
}

package nl.spiegel360.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.spiegel360.base.UserFacingException;

/** Short messages to the user, always translated. */
public final class Notices {

    private static final int DURATION_MS = 5000;

    private Notices() {
    }

    /** The message in the user's language; an argument that is itself a refusal is translated too. */
    public static String text(UserFacingException e) {
        Object[] args = java.util.Arrays.stream(e.arguments())
                .map(a -> a instanceof UserFacingException nested ? text(nested) : a).toArray();
        return UI.getCurrent().getTranslation(e.messageKey(), args);
    }

    public static void error(UserFacingException e) {
        errorText(text(e));
    }

    public static void errorText(String text) {
        Notification n = Notification.show(text, DURATION_MS, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().setAttribute("role", "alert");
    }

    public static void success(String translationKey, Object... args) {
        Notification n = Notification.show(UI.getCurrent().getTranslation(translationKey, args), DURATION_MS,
                Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.getElement().setAttribute("role", "status");
    }
}

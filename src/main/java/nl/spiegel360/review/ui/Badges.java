package nl.spiegel360.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import nl.spiegel360.review.AssignmentStatus;

/** Status badges with text (colour is never the only signal). */
final class Badges {

    private Badges() {
    }

    /** A request's status; null where the reader may not see it, shown as "asked". */
    static Span status(@org.jspecify.annotations.Nullable AssignmentStatus status) {
        var badge = new Span(UI.getCurrent().getTranslation(status == null ? "status.ASKED" : "status." + status.name()));
        String theme = status == null ? "badge contrast" : switch (status) {
            case SUBMITTED -> "badge success";
            case DECLINED -> "badge error";
            case IN_PROGRESS -> "badge";
            default -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}

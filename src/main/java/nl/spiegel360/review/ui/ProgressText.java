package nl.spiegel360.review.ui;

import com.vaadin.flow.component.UI;
import java.util.stream.Collectors;
import nl.spiegel360.review.ReviewReadModels.ReviewProgress;

/** "Zelf 1/1 · Leidinggevende 0/1 · Collega 2/4": submitted of asked, per group. */
final class ProgressText {

    private ProgressText() {
    }

    static String of(ReviewProgress p) {
        UI ui = UI.getCurrent();
        return p.submittedOfTotal().entrySet().stream()
                .map(e -> ui.getTranslation("group." + e.getKey().name()) + " " + e.getValue()[0] + "/"
                        + e.getValue()[1])
                .collect(Collectors.joining(" · "));
    }
}

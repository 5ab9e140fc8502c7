package nl.spiegel360.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.stream.Collectors;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.review.ReviewClosing.Readiness;

/**
 * A review that still collects answers has no result for anyone: it shows how many of each group have submitted
 * and, to the manager and HR, what early closing still needs, or a button to close it.
 */
class CollectingPanel extends Div {

    CollectingPanel(Readiness readiness, Runnable close) {
        setId("report-collecting");
        add(new H2(getTranslation("report.collecting.title")));
        add(new Paragraph(getTranslation("report.collecting.text")));
        var counts = new UnorderedList();
        counts.setId("report-progress");
        readiness.submittedOfTotal().forEach((group, c) -> counts.add(new ListItem(getTranslation(
                "report.collecting.group", getTranslation("group." + group.name()), c[0], c[1]))));
        add(counts);
        if (readiness.canClose()) {
            var button = new Button(getTranslation("review.close"), e -> confirm(close));
            button.setId("review-close");
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(button);
        } else if (!readiness.missing().isEmpty()) {
            var missing = new Paragraph(getTranslation("report.collecting.missing", readiness.missing().stream()
                    .map(m -> getTranslation("report.collecting.missing-group", getTranslation("group."
                            + m.group().name()), m.submitted(), m.minimum())).collect(Collectors.joining("; "))));
            missing.setId("review-close-missing");
            add(missing);
        }
    }

    private void confirm(Runnable close) {
        var dialog = new ConfirmDialog(getTranslation("review.close"), getTranslation("review.close.text"),
                getTranslation("review.close"), c -> {
                    try {
                        close.run();
                    } catch (UserFacingException ex) {
                        Notices.error(ex);
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }
}

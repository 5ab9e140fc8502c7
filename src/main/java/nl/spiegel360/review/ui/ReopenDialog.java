package nl.spiegel360.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.review.RaterRequests;
import nl.spiegel360.review.ReviewLimits;

/** HR reopens a submitted questionnaire for a week; the reason goes into the audit log. */
class ReopenDialog extends Dialog {

    ReopenDialog(RaterRequests questionnaires, long assignmentId, Runnable onReopened) {
        setId("reopen-dialog");
        setHeaderTitle(getTranslation("cycle.reopen"));
        var reason = new TextArea(getTranslation("cycle.reopen.reason"));
        reason.setId("reopen-reason");
        reason.setMaxLength(ReviewLimits.REASON_MAX);
        reason.setWidth("min(30rem, 80vw)");
        add(reason);
        var confirm = new Button(getTranslation("cycle.reopen"), e -> {
            try {
                questionnaires.reopen(assignmentId, reason.getValue());
                Notices.success("cycle.reopened");
                close();
                onReopened.run();
            } catch (UserFacingException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(Notices.text(ex));
            }
        });
        confirm.setId("reopen-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}

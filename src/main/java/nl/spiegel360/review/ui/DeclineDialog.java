package nl.spiegel360.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.review.QuestionnaireDoor;
import nl.spiegel360.review.ReviewLimits;

/** A rater declines a feedback request, with a reason that the employee and manager will read. */
class DeclineDialog extends Dialog {

    DeclineDialog(QuestionnaireDoor door, Runnable onDeclined) {
        setId("decline-dialog");
        setHeaderTitle(getTranslation("questionnaire.decline"));
        var reason = new TextArea(getTranslation("questionnaire.decline.reason"));
        reason.setId("decline-reason");
        reason.setWidth("min(30rem, 80vw)");
        reason.setMaxLength(ReviewLimits.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        add(reason);
        var confirm = new Button(getTranslation("questionnaire.decline"), e -> {
            try {
                door.decline(reason.getValue());
                Notices.success("questionnaire.declined");
                close();
                onDeclined.run();
            } catch (UserFacingException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(Notices.text(ex));
            }
        });
        confirm.setId("decline-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}

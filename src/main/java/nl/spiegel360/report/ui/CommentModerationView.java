package nl.spiegel360.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.base.ui.IdRoute;
import nl.spiegel360.report.ModerationService;
import nl.spiegel360.report.ModerationService.ModeratedComment;
import nl.spiegel360.security.Role;

/**
 * HR reads the comments of a closed review as its report shows them (never who wrote them) and, before release,
 * hides an inappropriate one with a reason.
 */
@Route("reviews/:id/comments")
@RolesAllowed(Role.HR_NAME)
class CommentModerationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ModerationService moderation;
    private long reviewId;

    CommentModerationView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        IdRoute.open(event, this, id -> {
            reviewId = id;
            render();
        });
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("moderation.title")));
        var moderated = moderation.comments(reviewId);
        if (!moderated.closed()) {
            add(new Paragraph(getTranslation("moderation.collecting")));
        } else if (moderated.comments().isEmpty()) {
            add(new Paragraph(getTranslation("moderation.none")));
        }
        for (ModeratedComment c : moderated.comments()) {
            var text = new Paragraph(getTranslation("group." + c.group().name()) + ": " + c.text());
            var line = new Div(text);
            line.addClassName("moderation-comment");
            if (c.hidden()) {
                line.add(new Paragraph(getTranslation("moderation.hidden")));
            } else if (moderated.editable()) {
                var reason = new TextField(getTranslation("moderation.reason"));
                reason.setId("hide-reason-" + c.id());
                var hide = new Button(getTranslation("moderation.hide"), e -> {
                    try {
                        moderation.hide(c.id(), reason.getValue());
                        Notices.success("moderation.done");
                        render();
                    } catch (UserFacingException ex) {
                        reason.setInvalid(true);
                        reason.setErrorMessage(Notices.text(ex));
                    }
                });
                hide.setId("hide-" + c.id());
                hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
                var form = new Div(reason, hide);
                form.addClassName("toolbar");
                line.add(form);
            }
            add(line);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title");
    }
}

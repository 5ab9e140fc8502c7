package nl.spiegel360.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import nl.spiegel360.base.TransientFailures;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.review.ExternalQuestionnaires;
import nl.spiegel360.review.ReviewReadModels.Questionnaire;
import org.springframework.beans.factory.annotation.Value;

/**
 * The questionnaire of an external rater (a customer, a partner), opened by their personal link without an account:
 * no menu and no way to any other page. The rater reads who sees what and the privacy notice before the first answer.
 * A link that opens nothing gets one neutral page, whatever the reason.
 */
@Route(value = "feedback/:token", autoLayout = false)
@AnonymousAllowed
class ExternalQuestionnaireView extends QuestionnairePage implements BeforeEnterObserver {

    private final transient ExternalQuestionnaires external;
    private final String privacyText;
    private final String privacyUrl;

    ExternalQuestionnaireView(ExternalQuestionnaires external, TransientFailures retries, Clock clock,
            @Value("${spiegel360.external.privacy-text:}") String privacyText,
            @Value("${spiegel360.external.privacy-url:}") String privacyUrl) {
        super(retries, clock);
        this.external = external;
        this.privacyText = privacyText;
        this.privacyUrl = privacyUrl;
        addClassName("external-questionnaire");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title = getTranslation("link.title");
        String token = event.getRouteParameters().get("token").orElse("");
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            external.open(token, request == null ? "unknown" : request.getRemoteAddr());
            UI.getCurrent().setLocale(external.language(token));
            open(ExternalQuestionnaires.door(external, token));
        } catch (UserFacingException refused) {
            gone();
        }
    }

    /** The product's name above every page of a link: there is no menu around it. */
    @Override
    protected void addHeader() {
        var brand = new Paragraph(getTranslation("app.name"));
        brand.addClassName("external-brand");
        add(brand);
    }

    @Override
    protected void addIntroduction(Questionnaire q) {
        var notice = new Paragraph(privacyText.isBlank() ? getTranslation("link.privacy") : privacyText);
        notice.setId("external-privacy");
        notice.addClassName("questionnaire-visibility");
        if (!privacyUrl.isBlank()) {
            var more = new Anchor(privacyUrl, getTranslation("link.privacy.more"));
            more.setTarget("_blank");
            more.getElement().setAttribute("rel", "noopener noreferrer");
            notice.add(new com.vaadin.flow.component.html.Span(" "), more);
        }
        add(notice);
    }

    @Override
    protected void submitted() {
        removeAll();
        addHeader();
        title = getTranslation("link.done.title");
        var heading = new H2(title);
        heading.setId("external-done");
        add(heading, new Paragraph(getTranslation("link.done")));
    }

    @Override
    protected void gone() {
        removeAll();
        addHeader();
        title = getTranslation("link.refused.title");
        var heading = new H1(title);
        heading.setId("link-refused");
        add(heading, new Paragraph(getTranslation("link.refused")));
    }
}

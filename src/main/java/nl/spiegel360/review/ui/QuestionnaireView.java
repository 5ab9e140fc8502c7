package nl.spiegel360.review.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import nl.spiegel360.base.TransientFailures;
import nl.spiegel360.base.ui.IdRoute;
import nl.spiegel360.review.QuestionnaireService;

/** A signed-in rater's questionnaire, opened from their requests: only its rater can open it. */
@Route("requests/:id")
@PermitAll
class QuestionnaireView extends QuestionnairePage implements BeforeEnterObserver {

    private final transient QuestionnaireService questionnaires;

    QuestionnaireView(QuestionnaireService questionnaires, TransientFailures retries, Clock clock) {
        super(retries, clock);
        this.questionnaires = questionnaires;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        title = getTranslation("questionnaire.title-plain");
        IdRoute.open(event, this, id -> open(QuestionnaireService.door(questionnaires, id)));
    }
}

package nl.spiegel360.development.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import nl.spiegel360.base.ui.ScaleChoice;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Dates;
import nl.spiegel360.base.ui.IdRoute;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.development.PlanReadModels.PulseItem;
import nl.spiegel360.development.PlanReadModels.PulseQuestionnaire;
import nl.spiegel360.development.Pulses;

/**
 * The short questionnaire of a pulse: only the focus indicators of someone's plan, on the review's scale, each
 * choice stored at once and said to be so ("Opgeslagen" or why not), submitted once.
 */
@Route("pulses/:id")
@PermitAll
class PulseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The radio button of "can't judge": a choice on screen only; the service is given null. */

    private final transient Pulses pulses;
    private long requestId;
    private String title = "";

    PulseView(Pulses pulses) {
        this.pulses = pulses;
        addClassName("page");
        addClassName("questionnaire");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = getTranslation("pulse.title-plain");
        IdRoute.open(event, this, id -> {
            requestId = id;
            render();
        });
    }

    private void render() {
        removeAll();
        PulseQuestionnaire q = pulses.questionnaire(requestId, getLocale());
        title = getTranslation("pulse.title", q.employeeName());
        var heading = new H2(title);
        heading.setId("pulse-title");
        var intro = new Paragraph(getTranslation("pulse.intro", q.employeeName(),
                Dates.format(q.closesOn(), getLocale())));
        add(heading, intro);
        if (q.submitted()) {
            var done = new Paragraph(getTranslation("pulse.submitted"));
            done.setId("pulse-submitted");
            add(done);
        } else if (!q.open()) {
            var closed = new Paragraph(getTranslation("pulse.error.closed"));
            closed.setId("pulse-closed");
            add(closed);
        }
        List<Integer> choices = new ArrayList<>();
        for (int s = 1; s <= q.scaleMax(); s++) {
            choices.add(s);
        }
        choices.add(ScaleChoice.CANT_JUDGE);
        for (PulseItem item : q.items()) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
            group.setLabel(item.competency() + " · " + getTranslation("plan.indicator.short", item.level(),
                    item.text()));
            group.setItems(choices);
            group.setItemLabelGenerator(s -> ScaleChoice.label(this, s, q.scaleMax()));
            group.setId("pulse-item-" + item.indicatorId());
            group.addClassName("questionnaire-item");
            if (item.answered()) {
                group.setValue(ScaleChoice.choice(item.score()));
            }
            group.setReadOnly(!q.editable());
            var state = new Span(item.answered() ? getTranslation("pulse.item.saved") : "");
            state.setId("pulse-state-" + item.indicatorId());
            state.addClassName("label");
            state.getElement().setAttribute("aria-live", "polite");
            group.addValueChangeListener(e -> {
                if (!e.isFromClient() || e.getValue() == null) {
                    return;
                }
                try {
                    pulses.answer(requestId, item.indicatorId(), ScaleChoice.score(e.getValue()));
                    state.setText(getTranslation("pulse.item.saved"));
                } catch (UserFacingException ex) {
                    group.setValue(e.getOldValue());
                    state.setText(getTranslation("pulse.item.not-saved", Notices.text(ex)));
                }
            });
            var wrapper = new Div(group, state);
            wrapper.addClassName("pulse-item");
            add(wrapper);
        }
        if (q.editable()) {
            var submit = new Button(getTranslation("questionnaire.submit"), e -> {
                try {
                    pulses.submit(requestId);
                    Notices.success("pulse.submitted");
                } catch (UserFacingException ex) {
                    Notices.error(ex);
                }
                render();
            });
            submit.setId("pulse-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(submit);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

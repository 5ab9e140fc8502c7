package nl.spiegel360.development.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.DatePickerTexts;
import nl.spiegel360.base.ui.Dates;
import nl.spiegel360.base.ui.IdRoute;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.development.PlanEditing;
import nl.spiegel360.development.PlanLimits;
import nl.spiegel360.development.PlanPages;
import nl.spiegel360.development.PlanPulses;
import nl.spiegel360.development.EntryKind;
import nl.spiegel360.development.PlanReadModels.Action;
import nl.spiegel360.development.PlanReadModels.Entry;
import nl.spiegel360.development.PlanReadModels.Focus;
import nl.spiegel360.development.PlanReadModels.FocusLine;
import nl.spiegel360.development.PlanReadModels.PlanPage;
import nl.spiegel360.development.PlanReadModels.Proposal;
import nl.spiegel360.development.PlanReadModels.ProposedIndicator;
import nl.spiegel360.development.PlanReadModels.PulseSummary;
import nl.spiegel360.development.PlanState;
import nl.spiegel360.development.PlanTexts;
import org.jspecify.annotations.Nullable;

/**
 * The development plan of one released review. The employee picks focus points from the report's proposals and
 * writes actions; the manager comments, agrees and starts the pulse; both record check-ins and read the history,
 * and see per focus indicator the scores of the report and of the pulse. HR without sharing sees the state only.
 */
@Route("reviews/:id/plan")
@PermitAll
class PlanView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PlanPages planPages;
    private final transient PlanEditing planEditing;
    private final transient PlanPulses planPulses;
    private final java.time.ZoneId zone;
    private long reviewId;
    private String title = "";

    PlanView(PlanPages planPages, PlanEditing planEditing, PlanPulses planPulses, java.time.Clock clock) {
        this.zone = clock.getZone();
        this.planPages = planPages;
        this.planEditing = planEditing;
        this.planPulses = planPulses;
        addClassName("page");
        addClassName("plan");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = getTranslation("plan.title-plain");
        IdRoute.open(event, this, id -> {
            reviewId = id;
            render();
        });
    }

    private void render() {
        removeAll();
        PlanPage page = planPages.plan(reviewId, getLocale());
        PlanTexts texts = new PlanTexts((key, args) -> getTranslation(key, args), getLocale());
        title = getTranslation("plan.title", page.employeeName());
        var heading = new H2(title);
        heading.setId("plan-title");
        var state = new Paragraph(page.state() == null ? getTranslation("plan.none")
                : getTranslation("plan.state", getTranslation("plan.state." + page.state())) + (page.agreedAt() == null
                        ? "" : " · " + Dates.format(Objects.requireNonNull(page.agreedAt()), getLocale(), zone)));
        state.setId("plan-state");
        state.addClassName("label");
        var report = new Anchor("reviews/" + reviewId + "/report", getTranslation("plan.report", page.cycleName()));
        report.setId("plan-report");
        add(heading, state, report);
        if (!page.reader().readsContent()) {
            var hidden = new Paragraph(getTranslation("plan.hr-state-only"));
            hidden.setId("plan-not-shared");
            add(hidden);
            return;
        }
        if (page.employee()) {
            add(intro());
        }
        add(focusSection(page, texts));
        if (!page.proposals().isEmpty()) {
            add(proposals(page));
        }
        add(steps(page));
        if (page.pulse() != null) {
            add(pulse(Objects.requireNonNull(page.pulse())));
        }
        if (page.employee() || page.manager()) {
            add(noteForm(page));
        }
        add(history(page));
    }

    private Paragraph intro() {
        var intro = new Paragraph(getTranslation("plan.intro", PlanLimits.MAX_FOCUS));
        intro.setId("plan-intro");
        return intro;
    }

    private Div proposals(PlanPage page) {
        var section = new Div(new H3(getTranslation("plan.proposals")));
        section.setId("plan-proposals");
        section.add(new Paragraph(getTranslation("plan.proposals.help")));
        int index = 0;
        for (Proposal proposal : page.proposals()) {
            section.add(proposal(proposal, index++));
        }
        return section;
    }

    private Div proposal(Proposal proposal, int index) {
        var card = new Div();
        card.addClassName("plan-card");
        card.setId("proposal-" + index);
        card.add(new H4(proposal.competency() + " · " + getTranslation("plan.reason." + proposal.reason())));
        var why = new Paragraph(getTranslation("plan.reason." + proposal.reason() + ".help"));
        why.addClassName("label");
        card.add(why);
        CheckboxGroup<ProposedIndicator> indicators = new CheckboxGroup<>();
        indicators.setLabel(getTranslation("plan.indicators"));
        indicators.setItems(proposal.indicators());
        indicators.setItemLabelGenerator(i -> getTranslation("plan.indicator", i.level(), i.text(),
                number(i.consensus()), number(i.self())));
        indicators.setValue(java.util.Set.copyOf(proposal.indicators()));
        indicators.setId("proposal-" + index + "-indicators");
        var accept = new Button(getTranslation("plan.accept"), e -> act(() -> planEditing.addFocus(reviewId,
                proposal.competencyId(), proposal.reason(), indicators.getValue().stream()
                        .map(ProposedIndicator::indicatorId).toList()), "plan.accepted"));
        accept.setId("proposal-" + index + "-accept");
        card.add(indicators, accept);
        return card;
    }

    private Div focusSection(PlanPage page, PlanTexts texts) {
        var section = new Div(new H3(getTranslation("plan.focus")));
        section.setId("plan-focus");
        if (page.focus().isEmpty()) {
            section.add(new Paragraph(getTranslation(page.employee() ? "plan.focus.none-yours" : "plan.focus.none")));
        }
        for (Focus focus : page.focus()) {
            section.add(focus(page, focus, texts));
        }
        return section;
    }

    private Div focus(PlanPage page, Focus focus, PlanTexts texts) {
        var card = new Div();
        card.addClassName("plan-card");
        card.setId("focus-" + focus.focusId());
        card.add(new H4(focus.competency() + " · " + getTranslation("plan.reason." + focus.reason())));
        var indicators = new UnorderedList();
        for (FocusLine line : focus.indicators()) {
            var item = new ListItem(new Span(getTranslation("plan.indicator.short", line.level(), line.text())));
            item.setId("focus-indicator-" + line.indicatorId());
            List<String> changes = texts.changes(line, page.pulse() != null
                    && Objects.requireNonNull(page.pulse()).closed());
            if (!changes.isEmpty()) {
                var list = new UnorderedList();
                list.addClassName("plan-changes");
                changes.forEach(c -> list.add(new ListItem(c)));
                item.add(list);
            }
            indicators.add(item);
        }
        card.add(indicators);
        var actions = new UnorderedList();
        actions.addClassName("plan-actions");
        for (Action action : focus.actions()) {
            actions.add(action(page, action));
        }
        if (focus.actions().isEmpty()) {
            card.add(new Paragraph(getTranslation("plan.actions.none")));
        }
        card.add(actions);
        if (page.employee()) {
            card.add(actionForm(focus));
            var remove = new Button(getTranslation("plan.focus.remove"), e -> act(() -> planEditing.removeFocus(reviewId,
                    focus.focusId()), "plan.changed"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setId("focus-" + focus.focusId() + "-remove");
            card.add(remove);
        }
        return card;
    }

    private ListItem action(PlanPage page, Action action) {
        String text = action.what() + (action.dueOn() == null ? "" : " · " + getTranslation("plan.action.due",
                Dates.format(Objects.requireNonNull(action.dueOn()), getLocale())))
                + (action.support() == null ? "" : " · " + getTranslation("plan.action.support", action.support()));
        var item = new ListItem();
        item.setId("action-" + action.actionId());
        if (page.employee()) {
            var done = new Checkbox(text, action.done());
            done.setId("action-" + action.actionId() + "-done");
            done.addValueChangeListener(e -> act(() -> planEditing.setActionDone(reviewId, action.actionId(),
                    e.getValue()), "action.saved"));
            var remove = new Button(getTranslation("plan.action.remove"), e -> act(() -> planEditing.removeAction(reviewId,
                    action.actionId()), "plan.changed"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            item.add(done, remove);
        } else {
            item.add(new Span((action.done() ? "✓ " : "") + text));
        }
        return item;
    }

    private Div actionForm(Focus focus) {
        var what = new TextField(getTranslation("plan.action.what"));
        what.setId("focus-" + focus.focusId() + "-what");
        what.setMaxLength(PlanLimits.WHAT_MAX);
        what.setWidthFull();
        var due = new DatePicker(getTranslation("plan.action.by"));
        due.setId("focus-" + focus.focusId() + "-due");
        due.setLocale(getLocale());
        DatePickerTexts.apply(due);
        var support = new TextField(getTranslation("plan.action.with"));
        support.setId("focus-" + focus.focusId() + "-support");
        support.setMaxLength(PlanLimits.SUPPORT_MAX);
        var add = new Button(getTranslation("plan.action.add"), e -> act(() -> planEditing.addAction(reviewId,
                focus.focusId(), what.getValue(), due.getValue(), support.getValue()), "plan.changed"));
        add.setId("focus-" + focus.focusId() + "-add-action");
        var form = new Div(what, due, support, add);
        form.addClassName("plan-action-form");
        return form;
    }

    private Div steps(PlanPage page) {
        var steps = new Div();
        steps.setId("plan-steps");
        steps.addClassName("link-row");
        if (page.employee()) {
            if (page.state() == PlanState.DRAFT && !page.focus().isEmpty()) {
                var propose = new Button(getTranslation("plan.propose"), e -> act(() -> planEditing.propose(reviewId),
                        "plan.proposed"));
                propose.setId("plan-propose");
                propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                steps.add(propose);
            }
            if (page.state() != null) {
                var share = new Checkbox(getTranslation("plan.share"), page.sharedWithHr());
                share.setId("plan-share");
                share.addValueChangeListener(e -> act(() -> planEditing.share(reviewId, e.getValue()), "action.saved"));
                steps.add(share);
            }
        }
        if (page.manager()) {
            if (page.state() == PlanState.PROPOSED) {
                var comment = new TextArea(getTranslation("plan.agree.comment"));
                comment.setId("plan-agree-comment");
                comment.setMaxLength(PlanLimits.TEXT_MAX);
                var agree = new Button(getTranslation("plan.agree"), e -> act(() -> planEditing.agree(reviewId,
                        comment.getValue()), "plan.agreed"));
                agree.setId("plan-agree");
                agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                steps.add(comment, agree);
            }
            if (page.state() == PlanState.AGREED && page.pulse() == null) {
                var start = new Button(getTranslation("pulse.start"), e -> act(() -> planPulses.startPulse(reviewId),
                        "pulse.started"));
                start.setId("pulse-start");
                steps.add(start);
            }
            if (page.pulse() != null && !Objects.requireNonNull(page.pulse()).closed()) {
                var close = new Button(getTranslation("pulse.close"), e -> act(() -> planPulses.closePulse(reviewId),
                        "pulse.closed"));
                close.setId("pulse-close");
                steps.add(close);
            }
        }
        return steps;
    }

    private Paragraph pulse(PulseSummary pulse) {
        var text = new Paragraph(pulse.closed()
                ? getTranslation("pulse.summary.closed", pulse.submitted(), pulse.asked())
                : getTranslation("pulse.summary.open", pulse.submitted(), pulse.asked(),
                        Dates.format(pulse.closesOn(), getLocale())));
        text.setId("pulse-summary");
        return text;
    }

    private Div noteForm(PlanPage page) {
        var section = new Div(new H3(getTranslation("plan.note.title")));
        section.setId("plan-note");
        Select<@Nullable Focus> focus = new Select<>();
        focus.setLabel(getTranslation("plan.note.focus"));
        focus.setEmptySelectionAllowed(true);
        focus.setEmptySelectionCaption(getTranslation("plan.note.whole"));
        focus.setItems(page.focus());
        focus.setItemLabelGenerator(f -> f == null ? getTranslation("plan.note.whole") : f.competency());
        focus.setId("plan-note-focus");
        var text = new TextArea(getTranslation("plan.note.text"));
        text.setId("plan-note-text");
        text.setMaxLength(PlanLimits.TEXT_MAX);
        text.setWidthFull();
        var checkIn = new Button(getTranslation("plan.note.check-in"), e -> act(() -> planEditing.note(reviewId,
                focus.getValue() == null ? null : focus.getValue().focusId(), EntryKind.CHECK_IN, text.getValue()),
                "action.saved"));
        checkIn.setId("plan-note-check-in");
        var comment = new Button(getTranslation("plan.note.comment"), e -> act(() -> planEditing.note(reviewId,
                focus.getValue() == null ? null : focus.getValue().focusId(), EntryKind.COMMENT, text.getValue()),
                "action.saved"));
        comment.setId("plan-note-comment");
        comment.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        section.add(focus, text, new Div(checkIn, comment));
        return section;
    }

    private Component history(PlanPage page) {
        var section = new Div(new H3(getTranslation("plan.history")));
        section.setId("plan-history");
        if (page.history().isEmpty()) {
            section.add(new Paragraph(getTranslation("plan.history.none")));
            return section;
        }
        var list = new UnorderedList();
        for (Entry entry : page.history()) {
            String who = entry.author().isEmpty() ? getTranslation("plan.history.nobody") : entry.author();
            String what = getTranslation("plan.entry." + entry.kind(), who)
                    + (entry.focus() == null ? "" : " · " + entry.focus())
                    + (entry.text() == null ? "" : ": " + entry.text());
            var item = new ListItem(new Span(Dates.format(entry.at(), getLocale(), zone) + " — " + what));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private void act(Runnable change, String successKey) {
        try {
            change.run();
            Notices.success(successKey);
        } catch (UserFacingException e) {
            Notices.error(e);
        }
        render();
    }

    private String number(@Nullable Double value) {
        return value == null ? "–" : String.format(getLocale(), "%.1f", value);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

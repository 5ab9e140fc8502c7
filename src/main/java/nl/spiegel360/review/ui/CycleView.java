package nl.spiegel360.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.BiConsumer;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.DatePickerTexts;
import nl.spiegel360.base.ui.Dates;
import nl.spiegel360.base.ui.GridHeights;
import nl.spiegel360.base.ui.IdRoute;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.review.AssignmentStatus;
import nl.spiegel360.review.CycleActions;
import nl.spiegel360.review.CycleClosings;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.ProgressService;
import nl.spiegel360.review.RaterRequests;
import nl.spiegel360.review.ReviewReadModels.AssignmentLine;
import nl.spiegel360.review.ReviewReadModels.CycleSummary;
import nl.spiegel360.review.ReviewReadModels.ReviewProgress;
import nl.spiegel360.review.ReviewReadModels.TeamResponse;
import nl.spiegel360.security.Role;

/** One review cycle for HR: its state, employees, progress per review and team, and reopening. */
@Route("cycles/:id")
@RolesAllowed(Role.HR_NAME)
class CycleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** How many raters the chase list names. */
    private static final int CHASE = 20;

    private final transient CycleService cycles;
    private final transient ProgressService progress;
    private final transient PersonAdministration people;
    private final transient RaterRequests requests;
    private final transient CycleActions actions;
    private final java.time.Clock clock;
    private final transient CycleClosings closings;

    /** How often the page asks how far a close in the background has come. */
    static final int POLL_MILLIS = 2000;

    /** The progress of a close in the background, while one runs. */
    private @org.jspecify.annotations.Nullable Paragraph closing;
    private long cycleId;
    private String title = "";

    CycleView(CycleService cycles, ProgressService progress, PersonAdministration people,
            RaterRequests requests, CycleActions actions, CycleClosings closings, java.time.Clock clock) {
        this.closings = closings;
        this.actions = actions;
        this.clock = clock;
        this.cycles = cycles;
        this.progress = progress;
        this.people = people;
        this.requests = requests;
        addClassName("page");
        addAttachListener(attach -> {
            var polling = attach.getUI().addPollListener(poll -> followClosing());
            addDetachListener(detach -> {
                polling.remove();
                detach.getUI().setPollInterval(-1);
                detach.unregisterListener();
            });
        });
    }

    /** On each poll while a close runs: its progress, and the whole page again once it is done. */
    private void followClosing() {
        Paragraph shown = closing;
        if (shown == null) {
            return;
        }
        closings.progress(cycleId).ifPresentOrElse(
                p -> shown.setText(getTranslation("cycle.closing.progress", p.closed(), p.total())), this::render);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        IdRoute.open(event, this, id -> {
            cycleId = id;
            render();
        });
    }

    private void render() {
        removeAll();
        CycleSummary cycle = cycles.cycle(cycleId);
        title = cycle.name();
        var state = new Paragraph(getTranslation("cycle.summary", getTranslation("cycle.state." + cycle.state().name()),
                Dates.format(cycle.nominationDeadline(), getLocale()), Dates.format(cycle.ratingDeadline(),
                        getLocale()), cycle.reviews()));
        state.setId("cycle-state");
        add(new H2(cycle.name()), state);
        closing = null;
        closings.progress(cycleId).ifPresent(p -> {
            closing = new Paragraph(getTranslation("cycle.closing.progress", p.closed(), p.total()));
            closing.setId("cycle-closing");
            closing.getElement().setAttribute("role", "status");
            add(closing);
        });
        // the page follows a close in the background until it is done
        getUI().ifPresent(ui -> ui.setPollInterval(closing == null ? -1 : POLL_MILLIS));
        add(controls(cycle), settings(cycle));
        add(new H3(getTranslation("cycle.response")), responses());
        if (cycle.state().acceptsAnswers()) {
            add(new H3(getTranslation("cycle.not-answered")), notAnswered());
        }
        add(new H3(getTranslation("cycle.progress")), progressGrid());
    }

    private Div controls(CycleSummary cycle) {
        var controls = new Div();
        controls.addClassName("toolbar");
        cycle.state().next().ifPresent(next -> {
            var advance = new Button(getTranslation("cycle.advance." + next.name()), e -> {
                if (next == nl.spiegel360.review.CycleState.CLOSED) {
                    confirmClose();
                } else {
                    run(() -> cycles.advance(cycleId, next));
                }
            });
            advance.setId("cycle-advance");
            advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            controls.add(advance);
        });
        if (cycle.state().acceptsAnswers()) {
            var remind = new Button(getTranslation("cycle.remind-open"), e -> {
                var dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                        getTranslation("cycle.remind-open"), getTranslation("cycle.remind-open.text"),
                        getTranslation("cycle.remind-open"), c -> run(() -> Notices.success("cycle.reminded",
                                actions.remindOpen(cycleId))));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("action.cancel"));
                dialog.open();
            });
            remind.setId("cycle-remind-open");
            var deadline = new com.vaadin.flow.component.datepicker.DatePicker(getTranslation("cycle.extend.date"));
            deadline.setId("cycle-extend-date");
            deadline.setLocale(getLocale());
            DatePickerTexts.apply(deadline);
            deadline.setMin(cycle.ratingDeadline().plusDays(1));
            var extend = new Button(getTranslation("cycle.extend"), e -> {
                if (deadline.getValue() != null) {
                    run(() -> {
                        actions.extendDeadline(cycleId, deadline.getValue());
                        Notices.success("cycle.extended", Dates.format(deadline.getValue(), getLocale()));
                    });
                }
            });
            extend.setId("cycle-extend");
            controls.add(remind, deadline, extend);
        }
        var copy = new Button(getTranslation("cycle.copy"), e -> run(() -> {
            var created = actions.copy(cycleId, getTranslation("cycle.copy.name", cycle.name()),
                    java.time.LocalDate.now(clock));
            Notices.success("cycle.copied", created.name());
            getUI().ifPresent(ui -> ui.navigate("cycles/" + created.id()));
        }));
        copy.setId("cycle-copy");
        controls.add(copy);
        if (cycle.state() != nl.spiegel360.review.CycleState.CLOSED) {
            var team = new ComboBox<String>(getTranslation("people.team"));
            team.setId("cycle-team");
            team.setItems(people.teams());
            var addTeam = new Button(getTranslation("cycle.add-team"), e -> {
                if (team.getValue() != null) {
                    run(() -> Notices.success("cycle.added", cycles.addTeam(cycleId, team.getValue())));
                }
            });
            addTeam.setId("cycle-add-team");
            controls.add(team, addTeam);
        }
        return controls;
    }

    /** Closing ends every review at once and for good: HR confirms it, told how many close and how many empty. */
    private void confirmClose() {
        var preview = progress.closingPreview(cycleId);
        var dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                getTranslation("cycle.close.title"), getTranslation("cycle.close.text", preview.reviews(),
                preview.withoutAnswers()), getTranslation("cycle.advance.CLOSED"),
                c -> run(() -> cycles.advance(cycleId, nl.spiegel360.review.CycleState.CLOSED)));
        dialog.setId("cycle-close-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** Everything that decides an outcome of this cycle, in the reader's number format. */
    private Details settings(CycleSummary cycle) {
        Settings s = cycles.settings(cycleId);
        var number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(2);
        var percent = NumberFormat.getPercentInstance(getLocale());
        var list = new UnorderedList();
        list.setId("cycle-settings");
        BiConsumer<String, String> line = (key, value) ->
                list.add(new ListItem(getTranslation(key) + ": " + value));
        line.accept("cycle.settings.scale", getTranslation("cycle.settings.scale-value", s.scaleMax()));
        line.accept("cycle.threshold", number.format(s.threshold()));
        line.accept("cycle.coverage", percent.format(s.minCoverage()));
        java.util.function.Predicate<RaterGroup> used = g -> g != RaterGroup.EXTERNAL || cycle.externalRaters();
        for (RaterGroup group : RaterGroup.OTHERS.stream().filter(used).toList()) {
            line.accept("cycle.settings.weight", getTranslation("group." + group.name()) + " "
                    + number.format(s.weight(group)));
        }
        for (RaterGroup group : RaterGroup.ANONYMOUS.stream().filter(used).toList()) {
            line.accept("cycle.settings.anonymity", getTranslation("group." + group.name()) + " "
                    + s.minimum(group));
        }
        line.accept("cycle.peers-min", Integer.toString(cycle.peersMin()));
        line.accept("cycle.peers-max", Integer.toString(cycle.peersMax()));
        line.accept("cycle.max-requests", Integer.toString(cycle.maxRequestsPerRater()));
        line.accept("cycle.reminder-days", Integer.toString(cycle.reminderDays()));
        line.accept("cycle.pulse-weeks", Integer.toString(cycle.pulseWeeks()));
        line.accept("cycle.direct-reports", getTranslation(cycle.includeDirectReports() ? "common.yes" : "common.no"));
        line.accept("cycle.external", getTranslation(cycle.externalRaters() ? "common.yes" : "common.no"));
        var details = new Details(getTranslation("cycle.settings"), list);
        details.setId("cycle-settings-details");
        return details;
    }

    /** Per team the share submitted; a grid, since an organisation has hundreds of teams. */
    private Grid<TeamResponse> responses() {
        List<TeamResponse> teams = progress.responseRates(cycleId);
        Grid<TeamResponse> grid = new Grid<>();
        grid.setId("cycle-responses");
        grid.addColumn(TeamResponse::team).setHeader(getTranslation("people.team")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation("cycle.response.submitted", r.submitted(), r.total()))
                .setHeader(getTranslation("cycle.response.requests")).setAutoWidth(true);
        grid.addColumn(r -> NumberFormat.getPercentInstance(getLocale()).format(r.rate()))
                .setHeader(getTranslation("cycle.response.rate")).setAutoWidth(true);
        grid.setItems(teams);
        GridHeights.fit(grid, teams.size());
        return grid;
    }

    /** Whom to chase: the raters with the most open requests of this cycle, and how many more there are. */
    private com.vaadin.flow.component.Component notAnswered() {
        ProgressService.OpenRequests open = progress.openRequests(cycleId, CHASE);
        if (open.top().isEmpty()) {
            var none = new Paragraph(getTranslation("cycle.not-answered.none"));
            none.setId("cycle-not-answered");
            return none;
        }
        var list = new UnorderedList();
        list.setId("cycle-not-answered");
        open.top().forEach(r -> list.add(new ListItem(getTranslation("cycle.not-answered.line", r.name(), r.open()))));
        if (open.raters() > open.top().size()) {
            list.add(new ListItem(getTranslation("cycle.not-answered.more", open.raters() - open.top().size())));
        }
        return list;
    }

    /** Every review of the cycle by the employee's name, read from the database a page at a time. */
    private Grid<ReviewProgress> progressGrid() {
        Grid<ReviewProgress> grid = new Grid<>();
        grid.setId("cycle-progress");
        // "Zelf 1/1 · Leidinggevende 1/1 · Collega 3/4" wraps in its cell rather than being cut
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ReviewProgress::employeeName).setHeader(getTranslation("requests.employee")).setAutoWidth(true);
        grid.addColumn(p -> p.team() == null ? "" : p.team()).setHeader(getTranslation("people.team"));
        grid.addColumn(ProgressText::of).setHeader(getTranslation("requests.progress")).setFlexGrow(1);
        // links written by the browser from the row's data: no server-side components per row
        grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<ReviewProgress>of("""
                <div class="link-row"><a href="reviews/${item.review}/report">${item.report}</a>
                <a href="reviews/${item.review}/comments">${item.comments}</a></div>""")
                .withProperty("review", ReviewProgress::reviewId)
                .withProperty("report", p -> getTranslation("reviews.report"))
                .withProperty("comments", p -> getTranslation("moderation.link"))).setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::raters));
        grid.setDetailsVisibleOnClick(true);
        long reviews = progress.countReviews(cycleId);
        grid.setItems(q -> progress.cycleProgress(cycleId, q.getOffset(), q.getLimit()).stream(),
                q -> (int) reviews);
        GridHeights.fit(grid, reviews);
        return grid;
    }

    private Div raters(ReviewProgress p) {
        var details = new Div();
        for (AssignmentLine a : p.raters()) {
            var line = new Div(new com.vaadin.flow.component.html.Span(a.raterName() + " · "
                    + getTranslation("group." + a.group().name()) + " · "), Badges.status(a.status()));
            if (p.collecting() && a.status() == AssignmentStatus.SUBMITTED) {
                var reopen = new Button(getTranslation("cycle.reopen"), e -> new ReopenDialog(requests,
                        a.assignmentId(), this::render).open());
                reopen.setId("reopen-" + a.assignmentId());
                reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                line.add(reopen);
            }
            details.add(line);
        }
        return details;
    }

    private void run(Runnable action) {
        try {
            action.run();
            render();
        } catch (UserFacingException e) {
            Notices.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

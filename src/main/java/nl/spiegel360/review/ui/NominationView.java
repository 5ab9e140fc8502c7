package nl.spiegel360.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.spiegel360.base.ui.Dates;
import nl.spiegel360.base.ui.MultiSelectTexts;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.IdRoute;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.review.AssignmentStatus;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.review.ExternalNominations;
import nl.spiegel360.review.NominationReads;
import nl.spiegel360.review.NominationService;
import nl.spiegel360.review.ReviewReadModels.AssignmentLine;
import nl.spiegel360.review.ReviewReadModels.Candidate;
import nl.spiegel360.review.ReviewReadModels.Nomination;

/** The raters of one review: the employee nominates, the manager approves, removes or adds. */
@Route("reviews/:id/nomination")
@PermitAll
class NominationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient NominationService nominations;
    private final transient NominationReads reads;
    private final transient ExternalNominations externals;
    private final transient org.springframework.beans.factory.ObjectProvider<nl.spiegel360.review.RaterAdvice> advice;
    private long reviewId;
    private String title = "";

    NominationView(NominationService nominations, NominationReads reads, ExternalNominations externals,
            org.springframework.beans.factory.ObjectProvider<nl.spiegel360.review.RaterAdvice> advice) {
        this.nominations = nominations;
        this.reads = reads;
        this.externals = externals;
        this.advice = advice;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = getTranslation("nomination.title-plain");
        IdRoute.open(event, this, id -> {
            reviewId = id;
            render();
        });
    }

    private void render() {
        removeAll();
        Nomination n = reads.nomination(reviewId);
        title = getTranslation("nomination.title", n.employeeName());
        add(new H2(title));
        var limits = new Paragraph(n.cycleState() == CycleState.RATING
                ? getTranslation("nomination.limits.rating", n.cycleName())
                : getTranslation("nomination.limits", n.cycleName(), n.peersCounted(), n.peersMin(), n.peersMax(),
                        Dates.format(n.nominationDeadline(), getLocale())));
        limits.setId("nomination-limits");
        add(limits);
        if (n.peersCounted() < n.peersMin()) {
            var warning = new Paragraph(getTranslation("nomination.too-few", n.peersMin() - n.peersCounted()));
            warning.addClassName("form-error");
            warning.setId("nomination-too-few");
            add(warning);
        }
        reliability(n);
        for (var group : n.sealedGroups()) {
            var sealed = new Paragraph(getTranslation("nomination.sealed", getTranslation("group." + group.name())));
            sealed.setId("nomination-sealed-" + group.name());
            add(sealed);
        }
        if (n.canNominate()) {
            add(form(n));
            if (n.externalRaters()) {
                add(externalForm(n));
            }
        }
        long proposed = n.raters().stream().filter(r -> r.status() == AssignmentStatus.PROPOSED).count();
        if (n.canApprove() && proposed > 0) {
            var approveAll = new Button(getTranslation("nomination.approve-all", proposed), e -> run(() -> {
                int approved = nominations.approveAll(reviewId);
                Notices.success("nomination.approved-all", approved);
            }));
            approveAll.setId("nomination-approve-all");
            approveAll.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            add(approveAll);
        }
        add(grid(n));
    }

    private Div form(Nomination n) {
        List<Candidate> candidates = reads.candidates(reviewId);
        var person = new MultiSelectComboBox<Candidate>(getTranslation("nomination.person"));
        person.setId("nomination-person");
        MultiSelectTexts.apply(person);
        person.setItems(candidates);
        person.setItemLabelGenerator(c -> getTranslation("nomination.candidate", c.name(),
                c.team() == null ? "—" : c.team(), c.requestsInCycle()));
        // the manager and HR invite at once; the employee proposes, for the manager to approve
        boolean inviting = n.canApprove();
        person.setHelperText(getTranslation(inviting ? "nomination.person.help-invite" : "nomination.person.help"));
        person.setWidth("min(32rem, 100%)");
        var fatigue = new Span();
        fatigue.setId("nomination-fatigue");
        fatigue.getElement().setAttribute("aria-live", "polite");
        person.addValueChangeListener(e -> fatigue.setText(e.getValue().stream()
                .filter(c -> c.requestsInCycle() >= Math.max(1, n.maxRequestsPerRater() - 1))
                .map(c -> getTranslation("nomination.fatigue", c.name(), c.requestsInCycle(),
                        n.maxRequestsPerRater())).collect(java.util.stream.Collectors.joining(" "))));
        Select<RaterGroup> group = new Select<>();
        group.setLabel(getTranslation("requests.group"));
        group.setId("nomination-group");
        group.setItems(n.canApprove() ? List.of(RaterGroup.PEER, RaterGroup.DIRECT_REPORT, RaterGroup.OTHER)
                : List.of(RaterGroup.PEER, RaterGroup.OTHER));
        group.setItemLabelGenerator(g -> getTranslation("group." + g.name()));
        group.setValue(RaterGroup.PEER);
        var add = new Button(getTranslation(inviting ? "nomination.invite" : "nomination.add"), e -> {
            if (person.getValue().isEmpty()) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("nomination.person-required"));
                return;
            }
            try {
                var chosen = person.getValue().stream().map(Candidate::personId).toList();
                nominations.nominateAll(reviewId, chosen, group.getValue());
                Notices.success(inviting ? "nomination.invited-all" : "nomination.added-all", chosen.size());
                render();
            } catch (UserFacingException ex) {
                person.setInvalid(true);
                person.setErrorMessage(Notices.text(ex));
            }
        });
        add.setId("nomination-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(person, group, add, fatigue);
        form.addClassName("toolbar");
        form.addClassName("nomination-form");
        return form;
    }

    /**
     * Per anonymous group with raters asked, how many a reliable group mean needs, where earlier reviews on the same
     * profile revision tell; said as a warning when fewer are asked.
     */
    private void reliability(Nomination n) {
        nl.spiegel360.review.RaterAdvice known = advice.getIfAvailable();
        if (known == null) {
            return;
        }
        for (RaterGroup group : RaterGroup.ANONYMOUS) {
            long asked = n.counted(group);
            if (asked == 0 && group != RaterGroup.PEER) {
                continue;
            }
            known.ratersNeeded(n.profileId(), group).ifPresent(needed -> {
                var line = new Paragraph(getTranslation(asked < needed ? "nomination.reliability.few"
                        : "nomination.reliability", needed, getTranslation("group." + group.name()), asked));
                line.setId("nomination-reliability-" + group.name());
                if (asked < needed) {
                    line.addClassName("form-error");
                }
                add(line);
            });
        }
    }

    /**
     * Customers and partners, by name, address, organisation and language: they answer through a personal link and
     * need no account.
     */
    private Div externalForm(Nomination n) {
        boolean inviting = n.canApprove();
        var heading = new com.vaadin.flow.component.html.H3(getTranslation("nomination.external"));
        var help = new Paragraph(getTranslation(inviting ? "nomination.external.help-invite"
                : "nomination.external.help"));
        help.addClassName("label");
        var name = new com.vaadin.flow.component.textfield.TextField(getTranslation("nomination.external.name"));
        name.setId("external-name");
        name.setMaxLength(nl.spiegel360.review.ReviewLimits.EXTERNAL_NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        var email = new com.vaadin.flow.component.textfield.EmailField(getTranslation("nomination.external.email"));
        email.setId("external-email");
        email.setRequiredIndicatorVisible(true);
        var organisation = new com.vaadin.flow.component.textfield.TextField(
                getTranslation("nomination.external.organisation"));
        organisation.setId("external-organisation");
        organisation.setMaxLength(nl.spiegel360.review.ReviewLimits.EXTERNAL_NAME_MAX);
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("nomination.external.language"));
        language.setId("external-language");
        language.setItems("nl", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue("nl");
        var error = new Paragraph();
        error.setId("external-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        var add = new Button(getTranslation(inviting ? "nomination.invite" : "nomination.add"), e -> {
            try {
                var line = externals.nominateExternal(reviewId, new nl.spiegel360.review.ExternalDraft(
                        name.getValue(), email.getValue(), organisation.getValue(), language.getValue()));
                Notices.success(inviting ? "nomination.external.invited" : "nomination.external.added",
                        line.raterName());
                render();
            } catch (UserFacingException ex) {
                error.setText(Notices.text(ex));
            }
        });
        add.setId("external-add");
        var fields = new Div(name, email, organisation, language, add);
        fields.addClassName("external-fields");
        var section = new Div(heading, help, fields, error);
        section.setId("external-form");
        return section;
    }

    private Grid<AssignmentLine> grid(Nomination n) {
        Grid<AssignmentLine> grid = new Grid<>();
        grid.setId("nomination-grid");
        grid.addColumn(AssignmentLine::raterName).setHeader(getTranslation("nomination.rater")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("group." + a.group().name())).setHeader(getTranslation("requests.group"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("requests.status")).setAutoWidth(true);
        grid.addColumn(a -> a.declineReason() == null ? "" : a.declineReason())
                .setHeader(getTranslation("nomination.decline-reason")).setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(a -> actions(a, n)).setHeader(getTranslation("profile.actions")).setAutoWidth(true)
                .setKey("actions");
        grid.setItems(n.raters());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div status(AssignmentLine a) {
        var cell = new Div(Badges.status(a.status()));
        if (a.addedDuringRatingBy() != null) {
            var added = new Span(getTranslation("nomination.added-during-rating", a.addedDuringRatingBy()));
            added.addClassName("label");
            added.setId("added-late-" + a.assignmentId());
            cell.add(added);
        }
        return cell;
    }

    private Div actions(AssignmentLine a, Nomination n) {
        var actions = new Div();
        if (n.canApprove() && a.status() == AssignmentStatus.PROPOSED) {
            var approve = new Button(getTranslation("nomination.approve"), e -> run(() -> nominations.approve(
                    a.assignmentId())));
            approve.setId("approve-" + a.assignmentId());
            approve.setAriaLabel(getTranslation("nomination.approve-of", a.raterName()));
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            actions.add(approve);
        }
        if (a.removable()) {
            var remove = new Button(getTranslation("nomination.remove"), e -> run(() -> nominations.remove(
                    a.assignmentId())));
            remove.setId("remove-" + a.assignmentId());
            remove.setAriaLabel(getTranslation("nomination.remove-of", a.raterName()));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(remove);
        }
        return actions;
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

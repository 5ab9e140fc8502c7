package nl.spiegel360.development;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.development.PlanReadModels.Reader;
import nl.spiegel360.report.Report.CompetencyRow;
import nl.spiegel360.report.Report.IndicatorLine;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.review.ReviewInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes to a development plan: the employee of a released review chooses one to {@link PlanLimits#MAX_FOCUS}
 * focus points drawn from the report, with actions, and puts the plan to the manager, who agrees; both write comments
 * and check-ins; the employee shares the content with HR or stops sharing it. A change to an agreed or proposed plan
 * takes it back to draft, and its history says so.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PlanEditing {

    private final PlanAccess access;
    private final DevelopmentPlanRepository plans;
    private final ReportService reports;
    private final PlanMailer mailer;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    PlanEditing(PlanAccess access, DevelopmentPlanRepository plans, ReportService reports, PlanMailer mailer,
            AuditLog audit, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.access = access;
        this.plans = plans;
        this.reports = reports;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    /** The employee chooses a focus point: a competency of the report, why, and one or more of its indicators. */
    public void addFocus(long reviewId, long competencyId, FocusReason reason, Collection<Long> indicatorIds) {
        DevelopmentPlan plan = access.ownPlan(reviewId);
        if (plan.getFocus().size() >= PlanLimits.MAX_FOCUS) {
            throw new UserFacingException("plan.error.focus-max", PlanLimits.MAX_FOCUS);
        }
        if (plan.getFocus().stream().anyMatch(f -> f.getCompetencyId() == competencyId)) {
            throw new UserFacingException("plan.error.focus-twice");
        }
        if (indicatorIds.isEmpty()) {
            throw new UserFacingException("plan.error.indicators-none");
        }
        if (indicatorIds.size() > Proposals.INDICATORS) {
            throw new UserFacingException("plan.error.indicators-max", Proposals.INDICATORS);
        }
        CompetencyRow row = reports.reportForFollowUp(reviewId).rows().stream()
                .filter(r -> r.competencyId() == competencyId).findFirst()
                .orElseThrow(() -> new UserFacingException("common.not-found"));
        List<FocusIndicator> chosen = new ArrayList<>();
        Set<Long> wanted = new HashSet<>(indicatorIds);
        for (IndicatorLine line : row.drilldown().indicators()) {
            if (wanted.remove(line.indicatorId())) {
                chosen.add(new FocusIndicator(line.indicatorId(), line.level(), line.text()));
            }
        }
        if (!wanted.isEmpty()) {
            throw new UserFacingException("common.not-found");
        }
        plan.addFocus(new PlanFocus(competencyId, row.label(), reason, chosen));
        changed(plan, row.label());
    }

    public void removeFocus(long reviewId, long focusId) {
        DevelopmentPlan plan = access.ownPlan(reviewId);
        PlanFocus focus = PlanAccess.focus(plan, focusId);
        plan.removeFocus(focus);
        changed(plan, focus.getCompetencyName());
    }

    /** An action for a focus point: what (required), by when (not in the past), with whose support. */
    public void addAction(long reviewId, long focusId, String what, @Nullable LocalDate dueOn,
            @Nullable String support) {
        DevelopmentPlan plan = access.ownPlan(reviewId);
        PlanFocus focus = PlanAccess.focus(plan, focusId);
        String text = what.strip();
        if (text.isEmpty()) {
            throw new UserFacingException("plan.error.action-empty");
        }
        if (text.length() > PlanLimits.WHAT_MAX) {
            throw new UserFacingException("plan.error.too-long", PlanLimits.WHAT_MAX);
        }
        String helper = support == null || support.isBlank() ? null : support.strip();
        if (helper != null && helper.length() > PlanLimits.SUPPORT_MAX) {
            throw new UserFacingException("plan.error.too-long", PlanLimits.SUPPORT_MAX);
        }
        if (dueOn != null && dueOn.isBefore(LocalDate.now(clock))) {
            throw new UserFacingException("plan.error.due-past");
        }
        focus.getActions().add(new PlanAction(text, dueOn, helper));
        changed(plan, focus.getCompetencyName());
    }

    public void removeAction(long reviewId, long actionId) {
        DevelopmentPlan plan = access.ownPlan(reviewId);
        for (PlanFocus focus : plan.getFocus()) {
            if (focus.getActions().removeIf(a -> a.getId() == actionId)) {
                changed(plan, focus.getCompetencyName());
                return;
            }
        }
        throw new UserFacingException("common.not-found");
    }

    /** Marks an action done (or not); progress, not a change of the agreed plan. */
    public void setActionDone(long reviewId, long actionId, boolean done) {
        DevelopmentPlan plan = access.ownPlan(reviewId);
        PlanAction action = plan.getFocus().stream().flatMap(f -> f.getActions().stream())
                .filter(a -> a.getId() == actionId).findFirst()
                .orElseThrow(() -> new UserFacingException("common.not-found"));
        action.setDone(done);
        audit.record("plan.action-done", "review", reviewId, done ? "done" : "open");
    }

    /** The employee puts the plan to the manager: every focus point needs an action. */
    public void propose(long reviewId) {
        DevelopmentPlan plan = access.ownPlan(reviewId);
        if (plan.getFocus().isEmpty()) {
            throw new UserFacingException("plan.error.no-focus");
        }
        List<String> withoutAction = plan.getFocus().stream().filter(f -> f.getActions().isEmpty())
                .map(PlanFocus::getCompetencyName).toList();
        if (!withoutAction.isEmpty()) {
            throw new UserFacingException("plan.error.no-action", String.join(", ", withoutAction));
        }
        if (plan.getState() != PlanState.DRAFT) {
            throw new UserFacingException("plan.error.state");
        }
        plan.propose();
        ReviewInfo info = access.released(reviewId);
        access.entry(plan, null, EntryKind.PROPOSED, null);
        audit.record("plan.proposed", "review", reviewId, null);
        mailer.proposed(reviewId, info.employeeId(), info.managerId());
    }

    /** The manager agrees with the plan put to them, with an optional comment. */
    public void agree(long reviewId, @Nullable String comment) {
        ReviewInfo info = access.released(reviewId);
        DevelopmentPlan plan = access.planOf(reviewId);
        if (access.reader(info, plan) != Reader.MANAGER) {
            throw new UserFacingException("common.not-found");
        }
        if (plan == null || plan.getState() != PlanState.PROPOSED) {
            throw new UserFacingException("plan.error.not-proposed");
        }
        String text = optionalText(comment);
        plan.agree(clock.instant());
        access.entry(plan, null, EntryKind.AGREED, text);
        audit.record("plan.agreed", "review", reviewId, null);
        mailer.agreed(reviewId, info.employeeId());
        events.publishEvent(new PlanAgreed(reviewId, info.cycleId()));
    }

    /** A comment or a check-in by the employee or the manager, on the plan or on one focus point. */
    public void note(long reviewId, @Nullable Long focusId, EntryKind kind, String text) {
        if (kind != EntryKind.COMMENT && kind != EntryKind.CHECK_IN) {
            throw new IllegalArgumentException("Only comments and check-ins are written by people: " + kind);
        }
        ReviewInfo info = access.released(reviewId);
        DevelopmentPlan plan = access.planOf(reviewId);
        Reader reader = access.reader(info, plan);
        if (reader != Reader.EMPLOYEE && reader != Reader.MANAGER) {
            throw new UserFacingException("common.not-found");
        }
        String written = optionalText(text);
        if (written == null) {
            throw new UserFacingException("plan.error.note-empty");
        }
        if (plan == null) {
            if (reader != Reader.EMPLOYEE) {
                throw new UserFacingException("plan.error.no-plan");
            }
            plan = access.begin(info);
        }
        if (focusId != null) {
            PlanAccess.focus(plan, focusId);
        }
        access.entry(plan, focusId, kind, written);
        audit.record(kind == EntryKind.CHECK_IN ? "plan.check-in" : "plan.comment", "review", reviewId, null);
    }

    /** The employee shares the plan's content with HR, or stops sharing it. */
    public void share(long reviewId, boolean shared) {
        DevelopmentPlan plan = access.ownPlan(reviewId);
        if (plan.isSharedWithHr() != shared) {
            plan.share(shared);
            access.entry(plan, null, shared ? EntryKind.SHARED : EntryKind.UNSHARED, null);
            audit.record(shared ? "plan.shared" : "plan.unshared", "review", reviewId, null);
        }
    }

    /** A change by the employee; an agreed or proposed plan goes back to draft, and the history says so. */
    private void changed(DevelopmentPlan plan, String what) {
        plans.saveAndFlush(plan);
        if (plan.changed()) {
            access.entry(plan, null, EntryKind.CHANGED, what);
        }
        audit.record("plan.changed", "review", plan.getReviewId(), what);
    }

    private static @Nullable String optionalText(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > PlanLimits.TEXT_MAX) {
            throw new UserFacingException("plan.error.too-long", PlanLimits.TEXT_MAX);
        }
        return stripped;
    }
}

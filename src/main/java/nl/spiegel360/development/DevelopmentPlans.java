package nl.spiegel360.development;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.LocalePreference;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.development.PlanReadModels.Action;
import nl.spiegel360.development.PlanReadModels.Change;
import nl.spiegel360.development.PlanReadModels.Entry;
import nl.spiegel360.development.PlanReadModels.Focus;
import nl.spiegel360.development.PlanReadModels.FocusLine;
import nl.spiegel360.development.PlanReadModels.PlanLine;
import nl.spiegel360.development.PlanReadModels.PlanPage;
import nl.spiegel360.development.PlanReadModels.PulseSummary;
import nl.spiegel360.development.PlanReadModels.Reader;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.report.Report;
import nl.spiegel360.report.Report.CompetencyRow;
import nl.spiegel360.report.Report.IndicatorLine;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.review.ReviewDataService;
import nl.spiegel360.review.ReviewInfo;
import nl.spiegel360.security.CurrentUser;
import nl.spiegel360.security.Role;
import nl.spiegel360.security.SpiegelUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development plans. The employee of a released review writes its plan: one to {@link #MAX_FOCUS} focus points
 * drawn from the report, with actions; puts it to the manager, who comments and agrees; both record check-ins. HR
 * sees whether a plan exists and its state, its content only when the employee shares it. Anyone else: "not found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DevelopmentPlans {

    public static final int MAX_FOCUS = 3;
    public static final int TEXT_MAX = 2000;
    public static final int WHAT_MAX = 1000;
    public static final int SUPPORT_MAX = 500;

    private final DevelopmentPlanRepository plans;
    private final PlanEntryRepository entries;
    private final PulseRepository pulses;
    private final PulseRequestRepository pulseRequests;
    private final PulseLifecycle pulseLifecycle;
    private final ReviewDataService reviewData;
    private final ReportService reports;
    private final PersonDirectory people;
    private final PlanMailer mailer;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ProfileReader profiles;
    private final Clock clock;

    DevelopmentPlans(DevelopmentPlanRepository plans, PlanEntryRepository entries, PulseRepository pulses,
            PulseRequestRepository pulseRequests, PulseLifecycle pulseLifecycle, ReviewDataService reviewData,
            ReportService reports, PersonDirectory people, PlanMailer mailer, CurrentUser currentUser, AuditLog audit,
            ProfileReader profiles, Clock clock) {
        this.profiles = profiles;
        this.plans = plans;
        this.entries = entries;
        this.pulses = pulses;
        this.pulseRequests = pulseRequests;
        this.pulseLifecycle = pulseLifecycle;
        this.reviewData = reviewData;
        this.reports = reports;
        this.people = people;
        this.mailer = mailer;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The plan of a released review as its reader may see it (with the report's proposals for the employee). */
    @Transactional
    public PlanPage plan(long reviewId) {
        return plan(reviewId, LocalePreference.SUPPORTED.getFirst());
    }

    /** As {@link #plan(long)}, with the competencies and indicators in the reader's language where they can be. */
    @Transactional
    public PlanPage plan(long reviewId, Locale locale) {
        ReviewInfo info = released(reviewId);
        DevelopmentPlan plan = plans.findByReviewId(reviewId).orElse(null);
        Reader reader = reader(info, plan);
        if (!reader.readsContent()) {
            return new PlanPage(reviewId, info.employeeName(), info.cycleName(), reader,
                    plan == null ? null : plan.getState(), false, null, List.of(), List.of(), List.of(), null);
        }
        if (reader == Reader.HR_SHARED) {
            audit.record("plan.viewed", "review", reviewId, "shared with HR");
        }
        return page(info, plan, reader, reports.reportForFollowUp(reviewId, locale), plan == null ? null
                : profiles.texts(plan.getFocus().stream().map(PlanFocus::getCompetencyId).toList(), locale));
    }

    /**
     * The plan in a personal-data export, as its reader may see it on screen: the employee's own export holds it
     * whole; HR's holds its content only when the employee shared it (and is audited as reading it), else only
     * whether it exists and its state.
     */
    @Transactional
    public @Nullable PlanPage export(long reviewId) {
        ReviewInfo info = reviewData.review(reviewId);
        DevelopmentPlan plan = plans.findByReviewId(reviewId).orElse(null);
        if (plan == null || !info.released()) {
            return null;
        }
        return plan(reviewId);
    }

    /** The plans the user may follow: their own, their reports', and for HR every released review's state. */
    public List<PlanLine> plans() {
        List<ReviewInfo> released = reviewData.releasedReviews();
        Map<Long, DevelopmentPlan> byReview = new HashMap<>();
        plans.findByReviewIdIn(released.stream().map(ReviewInfo::reviewId).toList())
                .forEach(p -> byReview.put(p.getReviewId(), p));
        Map<Long, Pulse> pulseByPlan = new HashMap<>();
        pulses.findByPlanIdIn(byReview.values().stream().map(DevelopmentPlan::getId).toList())
                .forEach(p -> pulseByPlan.put(p.getPlanId(), p));
        Map<Long, int[]> counts = counts(pulseByPlan.values());
        List<PlanLine> lines = new ArrayList<>();
        for (ReviewInfo info : released) {
            DevelopmentPlan plan = byReview.get(info.reviewId());
            Reader reader = reader(info, plan);
            Pulse pulse = plan == null ? null : pulseByPlan.get(plan.getId());
            lines.add(new PlanLine(info.reviewId(), info.employeeName(), info.cycleName(),
                    plan == null ? null : plan.getState(), reader.readsContent(),
                    pulse == null || !reader.readsContent() ? null : pulseSummary(pulse, counts)));
        }
        return lines;
    }

    /**
     * The plans that wait for the signed-in user: their own released reviews without a plan or with a draft, and the
     * plans their reports put to them.
     */
    public List<PlanLine> waiting() {
        long me = currentUser.require().personId();
        List<ReviewInfo> mine = reviewData.releasedReviews().stream().filter(i -> i.employeeId() == me
                || Objects.equals(i.managerId(), me)).toList();
        Map<Long, DevelopmentPlan> byReview = new HashMap<>();
        plans.findByReviewIdIn(mine.stream().map(ReviewInfo::reviewId).toList())
                .forEach(p -> byReview.put(p.getReviewId(), p));
        List<PlanLine> waiting = new ArrayList<>();
        for (ReviewInfo info : mine) {
            DevelopmentPlan plan = byReview.get(info.reviewId());
            boolean employee = info.employeeId() == me;
            if (employee && (plan == null || plan.getState() == PlanState.DRAFT)
                    || !employee && plan != null && plan.getState() == PlanState.PROPOSED) {
                waiting.add(new PlanLine(info.reviewId(), info.employeeName(), info.cycleName(),
                        plan == null ? null : plan.getState(), true, null));
            }
        }
        return waiting;
    }

    /** The employee chooses a focus point: a competency of the report, why, and one or more of its indicators. */
    @Transactional
    public void addFocus(long reviewId, long competencyId, FocusReason reason, Collection<Long> indicatorIds) {
        DevelopmentPlan plan = ownPlan(reviewId);
        if (plan.getFocus().size() >= MAX_FOCUS) {
            throw new UserFacingException("plan.error.focus-max", MAX_FOCUS);
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

    @Transactional
    public void removeFocus(long reviewId, long focusId) {
        DevelopmentPlan plan = ownPlan(reviewId);
        PlanFocus focus = focus(plan, focusId);
        plan.removeFocus(focus);
        changed(plan, focus.getCompetencyName());
    }

    /** An action for a focus point: what (required), by when (not in the past), with whose support. */
    @Transactional
    public void addAction(long reviewId, long focusId, String what, @Nullable LocalDate dueOn,
            @Nullable String support) {
        DevelopmentPlan plan = ownPlan(reviewId);
        PlanFocus focus = focus(plan, focusId);
        String text = what.strip();
        if (text.isEmpty()) {
            throw new UserFacingException("plan.error.action-empty");
        }
        if (text.length() > WHAT_MAX) {
            throw new UserFacingException("plan.error.too-long", WHAT_MAX);
        }
        String helper = support == null || support.isBlank() ? null : support.strip();
        if (helper != null && helper.length() > SUPPORT_MAX) {
            throw new UserFacingException("plan.error.too-long", SUPPORT_MAX);
        }
        if (dueOn != null && dueOn.isBefore(LocalDate.now(clock))) {
            throw new UserFacingException("plan.error.due-past");
        }
        focus.getActions().add(new PlanAction(text, dueOn, helper));
        changed(plan, focus.getCompetencyName());
    }

    @Transactional
    public void removeAction(long reviewId, long actionId) {
        DevelopmentPlan plan = ownPlan(reviewId);
        for (PlanFocus focus : plan.getFocus()) {
            if (focus.getActions().removeIf(a -> a.getId() == actionId)) {
                changed(plan, focus.getCompetencyName());
                return;
            }
        }
        throw new UserFacingException("common.not-found");
    }

    /** Marks an action done (or not); progress, not a change of the agreed plan. */
    @Transactional
    public void setActionDone(long reviewId, long actionId, boolean done) {
        DevelopmentPlan plan = ownPlan(reviewId);
        PlanAction action = plan.getFocus().stream().flatMap(f -> f.getActions().stream())
                .filter(a -> a.getId() == actionId).findFirst()
                .orElseThrow(() -> new UserFacingException("common.not-found"));
        action.setDone(done);
        audit.record("plan.action-done", "review", reviewId, done ? "done" : "open");
    }

    /** The employee puts the plan to the manager: every focus point needs an action. */
    @Transactional
    public void propose(long reviewId) {
        DevelopmentPlan plan = ownPlan(reviewId);
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
        ReviewInfo info = reviewData.review(reviewId);
        entry(plan, null, EntryKind.PROPOSED, null);
        audit.record("plan.proposed", "review", reviewId, null);
        mailer.proposed(reviewId, info.employeeId(), info.managerId());
    }

    /** The manager agrees with the plan put to them, with an optional comment. */
    @Transactional
    public void agree(long reviewId, @Nullable String comment) {
        ReviewInfo info = released(reviewId);
        DevelopmentPlan plan = plans.findByReviewId(reviewId).orElse(null);
        if (reader(info, plan) != Reader.MANAGER) {
            throw new UserFacingException("common.not-found");
        }
        if (plan == null || plan.getState() != PlanState.PROPOSED) {
            throw new UserFacingException("plan.error.not-proposed");
        }
        String text = optionalText(comment);
        plan.agree(clock.instant());
        entry(plan, null, EntryKind.AGREED, text);
        audit.record("plan.agreed", "review", reviewId, null);
        mailer.agreed(reviewId, info.employeeId());
    }

    /** A comment or a check-in by the employee or the manager, on the plan or on one focus point. */
    @Transactional
    public void note(long reviewId, @Nullable Long focusId, EntryKind kind, String text) {
        if (kind != EntryKind.COMMENT && kind != EntryKind.CHECK_IN) {
            throw new IllegalArgumentException("Only comments and check-ins are written by people: " + kind);
        }
        ReviewInfo info = released(reviewId);
        DevelopmentPlan plan = plans.findByReviewId(reviewId).orElse(null);
        Reader reader = reader(info, plan);
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
            plan = plans.save(new DevelopmentPlan(reviewId, info.employeeId(), clock.instant()));
        }
        if (focusId != null) {
            focus(plan, focusId);
        }
        entry(plan, focusId, kind, written);
        audit.record(kind == EntryKind.CHECK_IN ? "plan.check-in" : "plan.comment", "review", reviewId, null);
    }

    /** The employee shares the plan's content with HR, or stops sharing it. */
    @Transactional
    public void share(long reviewId, boolean shared) {
        DevelopmentPlan plan = ownPlan(reviewId);
        if (plan.isSharedWithHr() != shared) {
            plan.share(shared);
            entry(plan, null, shared ? EntryKind.SHARED : EntryKind.UNSHARED, null);
            audit.record(shared ? "plan.shared" : "plan.unshared", "review", reviewId, null);
        }
    }

    /** The manager asks the review's raters now, rather than at the week the cycle sets, about an agreed plan. */
    @Transactional
    public void startPulse(long reviewId) {
        DevelopmentPlan plan = managedPlan(reviewId);
        if (plan.getState() != PlanState.AGREED) {
            throw new UserFacingException("plan.error.not-agreed");
        }
        if (pulses.findByPlanId(plan.getId()).isPresent()) {
            throw new UserFacingException("pulse.error.exists");
        }
        pulseLifecycle.open(plan);
    }

    /** The manager closes an open pulse before its last day; groups below their minimum show nothing. */
    @Transactional
    public void closePulse(long reviewId) {
        DevelopmentPlan plan = managedPlan(reviewId);
        Pulse pulse = pulses.findByPlanId(plan.getId()).filter(Pulse::isOpen)
                .orElseThrow(() -> new UserFacingException("pulse.error.closed"));
        pulseLifecycle.close(pulse, plan, "by the manager");
    }

    /** Removes the plans of reviews that are being deleted (erasure, retention), with their pulses. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void forgetReviews(Collection<Long> reviewIds) {
        if (reviewIds.isEmpty()) {
            return;
        }
        List<DevelopmentPlan> found = plans.findByReviewIdIn(reviewIds);
        List<Long> planIds = found.stream().map(DevelopmentPlan::getId).toList();
        if (planIds.isEmpty()) {
            return;
        }
        List<Long> pulseIds = pulses.findByPlanIdIn(planIds).stream().map(Pulse::getId).toList();
        if (!pulseIds.isEmpty()) {
            pulseRequests.deleteRatingsForPulses(pulseIds);
            pulseRequests.deleteForPulses(pulseIds);
            pulses.deleteAllByIdInBatch(pulseIds);
        }
        entries.deleteForPlans(planIds);
        plans.deleteAll(found);
    }

    /** A person is erased: their check-ins, comments and pulse answers stay, without their name. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void forgetPerson(long personId) {
        entries.forgetAuthor(personId);
        pulseRequests.forgetRater(personId);
    }

    private PlanPage page(ReviewInfo info, @Nullable DevelopmentPlan plan, Reader reader, Report report,
            ProfileReader.@Nullable Texts texts) {
        if (plan == null) {
            return new PlanPage(info.reviewId(), info.employeeName(), info.cycleName(), reader, null, false, null,
                    reader == Reader.EMPLOYEE ? Proposals.of(report) : List.of(), List.of(), List.of(), null);
        }
        Pulse pulse = pulses.findByPlanId(plan.getId()).orElse(null);
        Map<Long, Map<RaterGroup, PulseResults.Cell>> after = PulseResults.read(pulse == null ? null
                : pulse.getResult());
        List<Focus> focus = new ArrayList<>();
        Map<Long, String> focusNames = new HashMap<>();
        for (PlanFocus f : plan.getFocus()) {
            String name = texts == null ? f.getCompetencyName()
                    : texts.competencies().getOrDefault(f.getCompetencyId(), f.getCompetencyName());
            focusNames.put(f.getId(), name);
            CompetencyRow row = report.rows().stream().filter(r -> r.competencyId() == f.getCompetencyId())
                    .findFirst().orElse(null);
            List<FocusLine> lines = f.getIndicators().stream().map(i -> new FocusLine(i.getIndicatorId(),
                    i.getLevel(), texts == null ? i.getText() : texts.indicators().getOrDefault(i.getIndicatorId(),
                    i.getText()), changes(row, i.getIndicatorId(), after.get(i.getIndicatorId())))).toList();
            focus.add(new Focus(f.getId(), f.getCompetencyId(), name, f.getReason(), lines,
                    f.getActions().stream().map(a -> new Action(a.getId(), a.getWhat(), a.getDueOn(),
                            a.getSupport(), a.isDone())).toList()));
        }
        List<PlanEntry> history = entries.findByPlanIdOrderByCreatedAtAscIdAsc(plan.getId());
        Set<Long> authors = new HashSet<>();
        history.forEach(e -> {
            if (e.getAuthorId() != null) {
                authors.add(e.getAuthorId());
            }
        });
        var names = people.refs(authors);
        List<Entry> lines = history.stream().map(e -> new Entry(e.getKind(),
                e.getAuthorId() == null || names.get(e.getAuthorId()) == null ? ""
                        : names.get(Objects.requireNonNull(e.getAuthorId())).name(),
                e.getFocusId() == null ? null : focusNames.get(e.getFocusId()), e.getText(), e.getCreatedAt()))
                .toList();
        Set<Long> chosen = new HashSet<>();
        plan.getFocus().forEach(f -> chosen.add(f.getCompetencyId()));
        List<PlanReadModels.Proposal> proposals = reader == Reader.EMPLOYEE && plan.getFocus().size() < MAX_FOCUS
                ? Proposals.of(report).stream().filter(p -> !chosen.contains(p.competencyId())).toList() : List.of();
        return new PlanPage(info.reviewId(), info.employeeName(), info.cycleName(), reader, plan.getState(),
                plan.isSharedWithHr(), plan.getAgreedAt(), proposals, focus, lines,
                pulse == null ? null : pulseSummary(pulse, counts(List.of(pulse))));
    }

    /** Per group, the report's score (with the group's respondents) and the pulse's; groups with neither left out. */
    private static List<Change> changes(@Nullable CompetencyRow row, long indicatorId,
            @Nullable Map<RaterGroup, PulseResults.Cell> after) {
        IndicatorLine line = row == null ? null : row.drilldown().indicators().stream()
                .filter(i -> i.indicatorId() == indicatorId).findFirst().orElse(null);
        List<Change> changes = new ArrayList<>();
        for (RaterGroup group : EnumSet.allOf(RaterGroup.class)) {
            Double before = line == null ? null : line.groupScores().get(group);
            int beforeCount = before == null ? 0 : scoresBehind(Objects.requireNonNull(line), group, row);
            PulseResults.Cell later = after == null ? null : after.get(group);
            if (before != null || later != null) {
                changes.add(new Change(group, before, beforeCount, later == null ? null : later.mean(),
                        later == null ? 0 : later.count()));
            }
        }
        return changes;
    }

    /**
     * How many scores a group's score of an indicator rests on: the engine's count of the item's answers, or the
     * group's respondents in a result stored before the engine counted them.
     */
    private static int scoresBehind(IndicatorLine line, RaterGroup group, @Nullable CompetencyRow row) {
        var spread = line.spread() == null ? null : Objects.requireNonNull(line.spread()).groups().get(group);
        if (spread != null) {
            return spread.n();
        }
        Report.GroupCell cell = row == null ? null : row.group(group);
        return cell == null ? 0 : cell.respondents();
    }

    /** Per pulse id: asked and submitted, from one aggregate query. */
    private Map<Long, int[]> counts(Collection<Pulse> of) {
        Map<Long, int[]> counts = new HashMap<>();
        if (!of.isEmpty()) {
            for (Object[] row : pulseRequests.countByPulse(of.stream().map(Pulse::getId).toList())) {
                counts.put((Long) row[0], new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue()});
            }
        }
        return counts;
    }

    private static PulseSummary pulseSummary(Pulse pulse, Map<Long, int[]> counts) {
        int[] c = counts.getOrDefault(pulse.getId(), new int[2]);
        return new PulseSummary(pulse.getOpensOn(), pulse.getClosesOn(), !pulse.isOpen(), c[0], c[1]);
    }

    private ReviewInfo released(long reviewId) {
        ReviewInfo info = reviewData.review(reviewId);
        if (!info.released()) {
            throw new UserFacingException("plan.error.not-released");
        }
        return info;
    }

    private Reader reader(ReviewInfo info, @Nullable DevelopmentPlan plan) {
        SpiegelUser me = currentUser.require();
        if (info.employeeId() == me.personId()) {
            return Reader.EMPLOYEE;
        }
        if (info.managerId() != null && info.managerId() == me.personId()) {
            return Reader.MANAGER;
        }
        if (me.has(Role.HR)) {
            return plan != null && plan.isSharedWithHr() ? Reader.HR_SHARED : Reader.HR_STATE;
        }
        throw new UserFacingException("common.not-found");
    }

    /** The employee's plan of a released review, begun on the first change; anyone else: "not found". */
    private DevelopmentPlan ownPlan(long reviewId) {
        ReviewInfo info = released(reviewId);
        DevelopmentPlan plan = plans.findByReviewId(reviewId).orElse(null);
        if (reader(info, plan) != Reader.EMPLOYEE) {
            throw new UserFacingException("common.not-found");
        }
        return plan != null ? plan : plans.save(new DevelopmentPlan(reviewId, info.employeeId(), clock.instant()));
    }

    private DevelopmentPlan managedPlan(long reviewId) {
        ReviewInfo info = released(reviewId);
        DevelopmentPlan plan = plans.findByReviewId(reviewId).orElse(null);
        if (reader(info, plan) != Reader.MANAGER) {
            throw new UserFacingException("common.not-found");
        }
        if (plan == null) {
            throw new UserFacingException("plan.error.no-plan");
        }
        return plan;
    }

    private static PlanFocus focus(DevelopmentPlan plan, long focusId) {
        return plan.getFocus().stream().filter(f -> f.getId() == focusId).findFirst()
                .orElseThrow(() -> new UserFacingException("common.not-found"));
    }

    /** A change by the employee; an agreed or proposed plan goes back to draft, and the history says so. */
    private void changed(DevelopmentPlan plan, String what) {
        plans.saveAndFlush(plan);
        if (plan.changed()) {
            entry(plan, null, EntryKind.CHANGED, what);
        }
        audit.record("plan.changed", "review", plan.getReviewId(), what);
    }

    private void entry(DevelopmentPlan plan, @Nullable Long focusId, EntryKind kind, @Nullable String text) {
        Long author = currentUser.find().map(SpiegelUser::personId).orElse(null);
        entries.save(new PlanEntry(plan.getId(), focusId, author, kind, text, clock.instant()));
    }

    private static @Nullable String optionalText(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > TEXT_MAX) {
            throw new UserFacingException("plan.error.too-long", TEXT_MAX);
        }
        return stripped;
    }
}

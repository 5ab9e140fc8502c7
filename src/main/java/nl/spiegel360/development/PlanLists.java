package nl.spiegel360.development;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.development.PlanReadModels.FocusOutline;
import nl.spiegel360.development.PlanReadModels.PlanLine;
import nl.spiegel360.development.PlanReadModels.PlanOutline;
import nl.spiegel360.development.PlanReadModels.PulseSummary;
import nl.spiegel360.development.PlanReadModels.Reader;
import nl.spiegel360.review.ReviewDataService;
import nl.spiegel360.review.ReviewInfo;
import nl.spiegel360.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lists of plans a person follows: all they may see, and those that wait for them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanLists {

    private final PlanAccess access;
    private final DevelopmentPlanRepository plans;
    private final PulseRepository pulses;
    private final PulseSummaries pulseSummaries;
    private final ReviewDataService reviewData;
    private final CurrentUser currentUser;
    private final ProfileReader profiles;
    private final AuditLog audit;

    PlanLists(PlanAccess access, DevelopmentPlanRepository plans, PulseRepository pulses,
            PulseSummaries pulseSummaries, ReviewDataService reviewData, CurrentUser currentUser,
            ProfileReader profiles, AuditLog audit) {
        this.access = access;
        this.plans = plans;
        this.pulses = pulses;
        this.pulseSummaries = pulseSummaries;
        this.reviewData = reviewData;
        this.currentUser = currentUser;
        this.profiles = profiles;
        this.audit = audit;
    }

    /**
     * For HR, the outline of the plans of a page of released reviews, read together: the state of each, and for a
     * plan the employee shared with HR its agreement and focus, recorded as a viewing as HR's screen records it.
     */
    @Transactional
    @PreAuthorize("hasRole('HR')")
    public List<PlanOutline> outlines(List<ReviewInfo> released, java.util.Locale locale) {
        if (released.stream().anyMatch(r -> !r.released())) {
            throw new nl.spiegel360.base.UserFacingException("common.not-found");
        }
        Map<Long, DevelopmentPlan> byReview = new HashMap<>();
        plans.findByReviewIdIn(released.stream().map(ReviewInfo::reviewId).toList())
                .forEach(p -> byReview.put(p.getReviewId(), p));
        List<Long> competencies = byReview.values().stream().flatMap(p -> p.getFocus().stream())
                .map(PlanFocus::getCompetencyId).distinct().toList();
        ProfileReader.Texts texts = profiles.texts(competencies, locale);
        List<PlanOutline> outlines = new ArrayList<>();
        for (ReviewInfo info : released) {
            DevelopmentPlan plan = byReview.get(info.reviewId());
            Reader reader = access.reader(info, plan);
            boolean content = reader.readsContent();
            if (plan == null) {
                outlines.add(new PlanOutline(info.reviewId(), null, false, content, null, List.of()));
                continue;
            }
            if (reader == Reader.HR_SHARED) {
                audit.record("plan.viewed", "review", info.reviewId(), "shared with HR");
            }
            outlines.add(new PlanOutline(info.reviewId(), plan.getState(), plan.isSharedWithHr(), content,
                    content ? plan.getAgreedAt() : null, content ? plan.getFocus().stream().map(f -> new FocusOutline(
                            f.getCompetencyId(), f.name(texts), f.getReason())).toList() : List.of()));
        }
        return outlines;
    }

    /** The plans the user may follow: their own, their reports', and for HR every released review's state. */
    public List<PlanLine> plans() {
        return lines(reviewData.releasedReviews());
    }

    /** One page of {@link #plans()}, by the employee's name, read from the database a page at a time. */
    public List<PlanLine> plans(int offset, int limit) {
        return lines(reviewData.releasedReviews(offset, limit));
    }

    /** How many lines {@link #plans()} has. */
    public long countPlans() {
        return reviewData.countReleasedReviews();
    }

    private List<PlanLine> lines(List<ReviewInfo> released) {
        Map<Long, DevelopmentPlan> byReview = new HashMap<>();
        plans.findByReviewIdIn(released.stream().map(ReviewInfo::reviewId).toList())
                .forEach(p -> byReview.put(p.getReviewId(), p));
        Map<Long, Pulse> pulseByPlan = new HashMap<>();
        pulses.findByPlanIdIn(byReview.values().stream().map(DevelopmentPlan::getId).toList())
                .forEach(p -> pulseByPlan.put(p.getPlanId(), p));
        Map<Long, PulseSummary> summaries = pulseSummaries.of(pulseByPlan.values());
        List<PlanLine> lines = new ArrayList<>();
        for (ReviewInfo info : released) {
            DevelopmentPlan plan = byReview.get(info.reviewId());
            Reader reader = access.reader(info, plan);
            Pulse pulse = plan == null ? null : pulseByPlan.get(plan.getId());
            lines.add(new PlanLine(info.reviewId(), info.employeeName(), info.cycleName(),
                    plan == null ? null : plan.getState(), reader.readsContent(),
                    pulse == null || !reader.readsContent() ? null : summaries.get(pulse.getId())));
        }
        return lines;
    }

    /**
     * The plans that wait for the signed-in user: their latest released review without a plan (an earlier one asks
     * for none), any draft of theirs, and the plans their reports put to them.
     */
    public List<PlanLine> waiting() {
        long me = currentUser.require().personId();
        // their own reviews only, read as such: HR's start page does not read the organisation's
        List<ReviewInfo> mine = reviewData.ownReleasedReviews();
        Map<Long, DevelopmentPlan> byReview = new HashMap<>();
        plans.findByReviewIdIn(mine.stream().map(ReviewInfo::reviewId).toList())
                .forEach(p -> byReview.put(p.getReviewId(), p));
        // a plan is drawn from one's latest feedback: an earlier cycle's report asks for no plan of its own any more
        java.util.Optional<Long> latestOwn = mine.stream().filter(i -> i.employeeId() == me)
                .max(java.util.Comparator.comparing(ReviewInfo::cycleOpensOn).thenComparing(ReviewInfo::reviewId))
                .map(ReviewInfo::reviewId);
        List<PlanLine> waiting = new ArrayList<>();
        for (ReviewInfo info : mine) {
            DevelopmentPlan plan = byReview.get(info.reviewId());
            boolean employee = info.employeeId() == me;
            boolean latest = latestOwn.filter(id -> id == info.reviewId()).isPresent();
            if (employee && (plan == null && latest || plan != null && plan.getState() == PlanState.DRAFT)
                    || !employee && plan != null && plan.getState() == PlanState.PROPOSED) {
                waiting.add(new PlanLine(info.reviewId(), info.employeeName(), info.cycleName(),
                        plan == null ? null : plan.getState(), true, null));
            }
        }
        return waiting;
    }
}

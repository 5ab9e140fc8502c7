package nl.spiegel360.development;

import java.time.Clock;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.development.PlanReadModels.Reader;
import nl.spiegel360.review.ReviewDataService;
import nl.spiegel360.review.ReviewInfo;
import nl.spiegel360.security.CurrentUser;
import nl.spiegel360.security.Role;
import nl.spiegel360.security.SpiegelUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who reads a plan, and as whom: the employee of a released review, their manager, HR (the content only when the
 * employee shared it). Anyone else, and any review not released, meets "not found". The one home of this rule for
 * every service of the module.
 */
@Component
class PlanAccess {

    private final DevelopmentPlanRepository plans;
    private final PlanEntryRepository entries;
    private final ReviewDataService reviewData;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlanAccess(DevelopmentPlanRepository plans, PlanEntryRepository entries, ReviewDataService reviewData,
            CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.entries = entries;
        this.reviewData = reviewData;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The review, if released; otherwise "not released". */
    ReviewInfo released(long reviewId) {
        ReviewInfo info = reviewData.review(reviewId);
        if (!info.released()) {
            throw new UserFacingException("plan.error.not-released");
        }
        return info;
    }

    /** Whether the review is released; a reader who may not see the review meets "not found". */
    boolean isReleased(long reviewId) {
        return reviewData.review(reviewId).released();
    }

    /** The review's plan, or null when nobody began one. */
    @Nullable DevelopmentPlan planOf(long reviewId) {
        return plans.findByReviewId(reviewId).orElse(null);
    }

    Reader reader(ReviewInfo info, @Nullable DevelopmentPlan plan) {
        // a caller that is no person (an API client reading with HR's rights) reads as HR does
        SpiegelUser me = currentUser.find().orElse(null);
        if (me != null && info.employeeId() == me.personId()) {
            return Reader.EMPLOYEE;
        }
        if (me != null && info.managerId() != null && info.managerId() == me.personId()) {
            return Reader.MANAGER;
        }
        if (currentUser.has(Role.HR)) {
            return plan != null && plan.isSharedWithHr() ? Reader.HR_SHARED : Reader.HR_STATE;
        }
        throw new UserFacingException("common.not-found");
    }

    /** The employee's plan of a released review, begun on the first change; anyone else: "not found". */
    DevelopmentPlan ownPlan(long reviewId) {
        ReviewInfo info = released(reviewId);
        DevelopmentPlan plan = planOf(reviewId);
        if (reader(info, plan) != Reader.EMPLOYEE) {
            throw new UserFacingException("common.not-found");
        }
        return plan != null ? plan : begin(info);
    }

    /** The plan of a released review of one of the manager's people; anyone else: "not found". */
    DevelopmentPlan managedPlan(long reviewId) {
        ReviewInfo info = released(reviewId);
        DevelopmentPlan plan = planOf(reviewId);
        if (reader(info, plan) != Reader.MANAGER) {
            throw new UserFacingException("common.not-found");
        }
        if (plan == null) {
            throw new UserFacingException("plan.error.no-plan");
        }
        return plan;
    }

    /** Begins the employee's plan of this review. */
    DevelopmentPlan begin(ReviewInfo info) {
        return plans.save(new DevelopmentPlan(info.reviewId(), info.employeeId(), clock.instant()));
    }

    static PlanFocus focus(DevelopmentPlan plan, long focusId) {
        return plan.getFocus().stream().filter(f -> f.getId() == focusId).findFirst()
                .orElseThrow(() -> new UserFacingException("common.not-found"));
    }

    /** Writes a line of the plan's history, by the signed-in person (the system when nobody is). */
    void entry(DevelopmentPlan plan, @Nullable Long focusId, EntryKind kind, @Nullable String text) {
        Long author = currentUser.find().map(SpiegelUser::personId).orElse(null);
        entries.save(new PlanEntry(plan.getId(), focusId, author, kind, text, clock.instant()));
    }
}

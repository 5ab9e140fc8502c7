package nl.spiegel360.development;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import nl.spiegel360.review.ReviewDataService;
import nl.spiegel360.review.ReviewInfo;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily work of development plans, run as the system: opens the pulse of an agreed plan once the weeks its
 * cycle sets after release have passed, closes pulses whose last day has passed, and reminds employees of their
 * actions {@link #REMINDER_DAYS} days before the date they set (once per action).
 */
@Component
class PlanFollowUp {

    static final int REMINDER_DAYS = 3;

    private final DevelopmentPlanRepository plans;
    private final PulseRepository pulses;
    private final PulseLifecycle lifecycle;
    private final ReviewDataService reviewData;
    private final PlanMailer mailer;
    private final Clock clock;

    PlanFollowUp(DevelopmentPlanRepository plans, PulseRepository pulses, PulseLifecycle lifecycle,
            ReviewDataService reviewData, PlanMailer mailer, Clock clock) {
        this.plans = plans;
        this.pulses = pulses;
        this.lifecycle = lifecycle;
        this.reviewData = reviewData;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Opens the pulses that are due; returns how many. */
    @Transactional
    int openDuePulses() {
        LocalDate today = LocalDate.now(clock);
        int opened = 0;
        for (DevelopmentPlan plan : plans.findAgreedWithoutPulse()) {
            ReviewInfo info = reviewData.review(plan.getReviewId());
            if (info.pulseWeeks() == 0 || info.releasedAt() == null) {
                continue;
            }
            LocalDate released = LocalDate.ofInstant(Objects.requireNonNull(info.releasedAt()), clock.getZone());
            if (!today.isBefore(released.plusWeeks(info.pulseWeeks()))) {
                lifecycle.open(plan);
                opened++;
            }
        }
        return opened;
    }

    /** Closes the open pulses whose last day has passed; returns how many. */
    @Transactional
    int closePastPulses() {
        int closed = 0;
        for (Pulse pulse : pulses.findOpenPast(LocalDate.now(clock))) {
            lifecycle.close(pulse, plans.findById(pulse.getPlanId()).orElseThrow(), "last day passed");
            closed++;
        }
        return closed;
    }

    /** Reminds employees of the actions due within the reminder days; returns how many reminders. */
    @Transactional
    int remindOfActions() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (DevelopmentPlan plan : plans.findWithActionsToRemind()) {
            for (PlanFocus focus : plan.getFocus()) {
                for (PlanAction action : focus.getActions()) {
                    LocalDate due = action.getDueOn();
                    if (due != null && !action.isDone() && action.getRemindedAt() == null
                            && !today.isBefore(due.minusDays(REMINDER_DAYS)) && !today.isAfter(due)) {
                        mailer.actionReminder(plan.getReviewId(), plan.getEmployeeId(), action.getWhat(), due);
                        action.reminded(clock.instant());
                        sent++;
                    }
                }
            }
        }
        return sent;
    }
}

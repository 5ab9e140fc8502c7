package nl.spiegel360.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import nl.spiegel360.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily work of review cycles: reminders to raters who have not submitted, a set number of days before the
 * deadline (once per request), and moving cycles on when a deadline has passed.
 */
@Component
class ReviewDeadlines {

    private final ReviewCycleRepository cycles;
    private final RaterAssignmentRepository assignments;
    private final ReviewMailer mailer;
    private final CycleClosings closing;
    private final AuditLog audit;
    private final Clock clock;

    ReviewDeadlines(ReviewCycleRepository cycles, RaterAssignmentRepository assignments, ReviewMailer mailer,
            CycleClosings closing, AuditLog audit, Clock clock) {
        this.closing = closing;
        this.cycles = cycles;
        this.assignments = assignments;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sends the reminders that are due; returns how many. */
    @Transactional
    int sendReminders() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (ReviewCycle cycle : cycles.findByStates(EnumSet.of(CycleState.NOMINATION, CycleState.RATING))) {
            if (today.isBefore(cycle.getRatingDeadline().minusDays(cycle.getReminderDays()))) {
                continue;
            }
            for (RaterAssignment a : assignments.findByCycle(cycle.getId())) {
                if (a.acceptsAnswersOn(today) && a.getRemindedAt() == null && a.reachable()) {
                    mailer.remind(a);
                    a.reminded(clock.instant());
                    sent++;
                }
            }
        }
        return sent;
    }

    /**
     * Moves cycles whose nomination or rating deadline has passed to their next state, and schedules the close of
     * every cycle with reviews due to close; returns how many cycles moved.
     */
    @Transactional
    int advancePastDeadlines() {
        LocalDate today = LocalDate.now(clock);
        int moved = 0;
        for (ReviewCycle cycle : cycles.findByStates(EnumSet.of(CycleState.NOMINATION, CycleState.RATING))) {
            LocalDate deadline = cycle.getState() == CycleState.NOMINATION ? cycle.getNominationDeadline()
                    : cycle.getRatingDeadline();
            if (today.isAfter(deadline)) {
                cycle.setState(cycle.getState().next().orElseThrow());
                audit.record("cycle." + cycle.getState().name().toLowerCase(java.util.Locale.ROOT), "review_cycle",
                        cycle.getId(), "deadline passed");
                moved++;
            }
        }
        closing.scheduleDue();
        return moved;
    }
}

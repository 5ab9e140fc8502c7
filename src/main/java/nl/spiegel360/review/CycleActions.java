package nl.spiegel360.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.review.ReviewReadModels.CycleSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What HR does to a running cycle in one step: remind everyone whose request is still open, give everyone more time,
 * and start next year's cycle as a copy (the same settings and people, the same durations from a new start).
 */
@Service
@Transactional
@PreAuthorize("hasRole('HR')")
public class CycleActions {

    private final ReviewCycleRepository cycles;
    private final ReviewRepository reviews;
    private final RaterAssignmentRepository assignments;
    private final CycleService cycleService;
    private final ReviewMailer mailer;
    private final nl.spiegel360.people.PersonDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    CycleActions(ReviewCycleRepository cycles, ReviewRepository reviews, RaterAssignmentRepository assignments,
            CycleService cycleService, ReviewMailer mailer, nl.spiegel360.people.PersonDirectory directory,
            AuditLog audit, Clock clock) {
        this.directory = directory;
        this.cycles = cycles;
        this.reviews = reviews;
        this.assignments = assignments;
        this.cycleService = cycleService;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reminds every rater whose request in this cycle is still open, once now; returns how many. */
    public int remindOpen(long cycleId) {
        ReviewCycle cycle = running(cycleId);
        int reminded = 0;
        for (RaterAssignment a : assignments.findByCycle(cycle.getId())) {
            if (a.reachable() && a.acceptsAnswersOn(LocalDate.now(clock))) {
                mailer.remind(a);
                a.reminded(clock.instant());
                reminded++;
            }
        }
        audit.record("cycle.reminded", "review_cycle", cycleId, reminded + " raters");
        return reminded;
    }

    /** Moves the rating deadline later for everyone; refused when it is not later or already past. */
    public CycleSummary extendDeadline(long cycleId, LocalDate deadline) {
        ReviewCycle cycle = running(cycleId);
        if (!deadline.isAfter(cycle.getRatingDeadline()) || deadline.isBefore(LocalDate.now(clock))) {
            throw new UserFacingException("cycle.error.extend");
        }
        LocalDate previous = cycle.getRatingDeadline();
        cycle.extendRatingDeadline(deadline);
        audit.record("cycle.extended", "review_cycle", cycleId, previous + " → " + deadline);
        return cycleService.cycle(cycleId);
    }

    /**
     * A new cycle in draft with this one's settings and people, opening on {@code opensOn} with the same number of
     * days to its deadlines; returns it.
     */
    public CycleSummary copy(long cycleId, String name, LocalDate opensOn) {
        ReviewCycle original = cycles.findById(cycleId).orElseThrow(ReviewAccess::notFound);
        long toNomination = ChronoUnit.DAYS.between(original.getOpensOn(), original.getNominationDeadline());
        long toRating = ChronoUnit.DAYS.between(original.getOpensOn(), original.getRatingDeadline());
        CycleSummary copy = cycleService.create(original.copy(name, opensOn, opensOn.plusDays(toNomination),
                opensOn.plusDays(toRating)));
        var employees = directory.refs(reviews.findByCycle(cycleId).stream().map(Review::getEmployeeId).toList());
        cycleService.addEmployees(copy.id(), employees.all().stream().filter(p -> p.active()).map(p -> p.id())
                .toList());
        audit.record("cycle.copied", "review_cycle", copy.id(), "from " + cycleId);
        return cycleService.cycle(copy.id());
    }

    /**
     * A new cycle in draft with the settings of another (its template), not its people, under this name and with
     * these dates; returns it.
     */
    public CycleSummary fromTemplate(long templateId, String name, LocalDate opensOn, LocalDate nominationDeadline,
            LocalDate ratingDeadline) {
        ReviewCycle template = cycles.findById(templateId).orElseThrow(ReviewAccess::notFound);
        CycleSummary made = cycleService.create(template.copy(name, opensOn, nominationDeadline, ratingDeadline));
        audit.record("cycle.copied", "review_cycle", made.id(), "settings from " + templateId);
        return made;
    }

    private ReviewCycle running(long cycleId) {
        ReviewCycle cycle = cycles.findById(cycleId).orElseThrow(ReviewAccess::notFound);
        if (!cycle.getState().acceptsAnswers()) {
            throw new UserFacingException("cycle.error.not-running");
        }
        return cycle;
    }
}

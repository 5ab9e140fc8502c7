package nl.spiegel360.development;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.review.ReviewDataService;
import nl.spiegel360.review.ReviewReadModels.SubmittedRater;
import org.springframework.stereotype.Component;

/**
 * Opens and closes pulses. A pulse asks the raters who submitted in the review, in the same groups, with the scale
 * and anonymity minimums the review was closed with, and runs for {@link #DAYS} days. It closes when every rater has
 * submitted, when the manager closes it, or when its last day has passed; at close its result is frozen.
 */
@Component
class PulseLifecycle {

    static final int DAYS = 14;

    private final PulseRepository pulses;
    private final PulseRequestRepository requests;
    private final ReviewDataService reviewData;
    private final ReportService reports;
    private final PlanMailer mailer;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final org.springframework.context.ApplicationEventPublisher events;

    PulseLifecycle(PulseRepository pulses, PulseRequestRepository requests, ReviewDataService reviewData,
            ReportService reports, PlanMailer mailer, AuditLog audit, Clock clock,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.pulses = pulses;
        this.requests = requests;
        this.reviewData = reviewData;
        this.reports = reports;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the pulse of an agreed plan and invites its raters; the caller has checked who may. */
    Pulse open(DevelopmentPlan plan) {
        Settings settings = reports.settings(plan.getReviewId());
        Map<RaterGroup, Integer> minimums = new EnumMap<>(RaterGroup.class);
        for (RaterGroup group : RaterGroup.values()) {
            minimums.put(group, settings.minimum(group));
        }
        LocalDate today = LocalDate.now(clock);
        Pulse pulse = pulses.saveAndFlush(new Pulse(plan.getId(), today, today.plusDays(DAYS), settings.scaleMax(),
                PulseResults.writeMinimums(minimums)));
        // written beside the pulse, which is flushed first so that its baseline can refer to it
        keepBaseline(pulse, plan);
        List<SubmittedRater> raters = reviewData.submittedRaters(plan.getReviewId());
        for (SubmittedRater rater : raters) {
            PulseRequest request = requests.save(new PulseRequest(pulse, rater.personId(), rater.group()));
            mailer.pulseInvitation(request.getId(), rater.personId(), plan.getEmployeeId(), pulse.getClosesOn());
        }
        audit.record("pulse.opened", "review", plan.getReviewId(), raters.size() + " raters");
        return pulse;
    }

    /**
     * What the pulse will be compared with: per focus indicator and rater group besides the employee's own, the
     * report's score and the number of scores behind it, where the report showed the group.
     */
    private void keepBaseline(Pulse pulse, DevelopmentPlan plan) {
        var report = reports.reportForFollowUp(plan.getReviewId());
        for (PlanFocus focus : plan.getFocus()) {
            var row = report.rows().stream().filter(r -> r.competencyId() == focus.getCompetencyId()).findFirst()
                    .orElse(null);
            for (FocusIndicator indicator : focus.getIndicators()) {
                for (var change : PlanPages.changes(row, indicator.getIndicatorId(), null)) {
                    Double before = change.before();
                    if (before != null && change.group() != RaterGroup.SELF && change.beforeCount() > 0) {
                        jdbc.sql("""
                                insert into pulse_baseline (pulse_id, indicator_id, rater_group, mean, n)
                                values (?, ?, ?, ?, ?)""").params(pulse.getId(), indicator.getIndicatorId(),
                                change.group().name(), before, change.beforeCount()).update();
                    }
                }
            }
        }
    }

    /** Closes an open pulse and freezes its result from the submitted answers. */
    void close(Pulse pulse, DevelopmentPlan plan, String how) {
        if (!pulse.isOpen()) {
            return;
        }
        List<Long> indicators = plan.getFocus().stream().flatMap(f -> f.getIndicators().stream())
                .map(FocusIndicator::getIndicatorId).toList();
        pulse.close(clock.instant(), PulseResults.freeze(requests.findByPulseId(pulse.getId()), indicators,
                reports.settings(plan.getReviewId())));
        audit.record("pulse.closed", "review", plan.getReviewId(), how);
        events.publishEvent(new PulseClosed(plan.getReviewId(), pulse.getId()));
    }
}

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
import org.springframework.context.ApplicationEventPublisher;
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
    private final PulseInvitations invitations;
    private final PulseBaselines baselines;
    private final ReportService reports;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PulseLifecycle(PulseRepository pulses, PulseRequestRepository requests, PulseInvitations invitations,
            PulseBaselines baselines, ReportService reports, AuditLog audit, Clock clock,
            ApplicationEventPublisher events) {
        this.pulses = pulses;
        this.requests = requests;
        this.invitations = invitations;
        this.baselines = baselines;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
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
        baselines.keep(pulse, plan);
        int asked = invitations.invite(pulse, plan);
        audit.record("pulse.opened", "review", plan.getReviewId(), asked + " raters");
        return pulse;
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

package nl.spiegel360.development;

import nl.spiegel360.base.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The manager's control of an agreed plan's pulse: ask the raters now, or close the pulse before its last day. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PlanPulses {

    private final PlanAccess access;
    private final PulseRepository pulses;
    private final PulseLifecycle lifecycle;

    PlanPulses(PlanAccess access, PulseRepository pulses, PulseLifecycle lifecycle) {
        this.access = access;
        this.pulses = pulses;
        this.lifecycle = lifecycle;
    }

    /** The manager asks the review's raters now, rather than at the week the cycle sets, about an agreed plan. */
    public void startPulse(long reviewId) {
        DevelopmentPlan plan = access.managedPlan(reviewId);
        if (plan.getState() != PlanState.AGREED) {
            throw new UserFacingException("plan.error.not-agreed");
        }
        if (pulses.findByPlanId(plan.getId()).isPresent()) {
            throw new UserFacingException("pulse.error.exists");
        }
        lifecycle.open(plan);
    }

    /** The manager closes an open pulse before its last day; groups below their minimum show nothing. */
    public void closePulse(long reviewId) {
        DevelopmentPlan plan = access.managedPlan(reviewId);
        Pulse pulse = pulses.findByPlanId(plan.getId()).filter(Pulse::isOpen)
                .orElseThrow(() -> new UserFacingException("pulse.error.closed"));
        lifecycle.close(pulse, plan, "by the manager");
    }
}

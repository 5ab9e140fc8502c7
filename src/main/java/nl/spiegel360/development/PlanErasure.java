package nl.spiegel360.development;

import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What erasure and retention take from development plans, on the other modules' events: the whole plans of deleted
 * reviews with their pulses, and an erased person's name from plans' histories and pulse answers.
 */
@Service
public class PlanErasure {

    private final DevelopmentPlanRepository plans;
    private final PlanEntryRepository entries;
    private final PulseRepository pulses;
    private final PulseRequestRepository pulseRequests;

    PlanErasure(DevelopmentPlanRepository plans, PlanEntryRepository entries, PulseRepository pulses,
            PulseRequestRepository pulseRequests) {
        this.plans = plans;
        this.entries = entries;
        this.pulses = pulses;
        this.pulseRequests = pulseRequests;
    }

    /** Removes the plans of reviews that are being deleted (erasure, retention), with their pulses. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    @org.springframework.context.event.EventListener
    public void forgetReviews(nl.spiegel360.review.ReviewsDeleted deleted) {
        Collection<Long> reviewIds = deleted.reviewIds();
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
            pulseRequests.deleteBaselinesForPulses(pulseIds);
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
    @org.springframework.context.event.EventListener
    public void forgetPerson(nl.spiegel360.people.PersonErased erased) {
        long personId = erased.personId();
        entries.forgetAuthor(personId);
        pulseRequests.forgetRater(personId);
    }
}

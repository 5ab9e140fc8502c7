package nl.spiegel360.development;

import nl.spiegel360.review.ReviewDataService;
import nl.spiegel360.review.ReviewReadModels.SubmittedRater;
import org.springframework.stereotype.Component;

/**
 * Who a pulse asks: every rater who submitted in the review, in the same group, each with a request of their own and
 * a mail that invites them (through the outbox, in the pulse's transaction).
 */
@Component
class PulseInvitations {

    private final PulseRequestRepository requests;
    private final ReviewDataService reviewData;
    private final PlanMailer mailer;

    PulseInvitations(PulseRequestRepository requests, ReviewDataService reviewData, PlanMailer mailer) {
        this.requests = requests;
        this.reviewData = reviewData;
        this.mailer = mailer;
    }

    /** Asks the review's raters to answer this new pulse; returns how many were asked. */
    int invite(Pulse pulse, DevelopmentPlan plan) {
        var raters = reviewData.submittedRaters(plan.getReviewId());
        for (SubmittedRater rater : raters) {
            PulseRequest request = requests.save(new PulseRequest(pulse, rater.personId(), rater.group()));
            mailer.pulseInvitation(request.getId(), rater.personId(), plan.getEmployeeId(), pulse.getClosesOn());
        }
        return raters.size();
    }
}

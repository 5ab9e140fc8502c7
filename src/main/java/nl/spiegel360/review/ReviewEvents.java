package nl.spiegel360.review;

/** What happened in a review, for the mails that follow once it is committed. */
final class ReviewEvents {

    private ReviewEvents() {
    }

    record RaterInvited(long assignmentId) {
    }

    record RequestDeclined(long assignmentId) {
    }

    record ReviewFullySubmitted(long reviewId) {
    }
}

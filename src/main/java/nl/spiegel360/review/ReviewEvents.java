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

    /** A review closed while this request was still open: its rater is told that it no longer counts. */
    record ClosedBeforeSubmit(long assignmentId) {
    }
}

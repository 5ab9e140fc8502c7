package nl.spiegel360.review;

/**
 * A review stopped collecting answers: published inside the closing transaction with everything its result is
 * computed from, so that the result is stored with the close or not at all.
 */
public record ReviewClosed(ReviewData data) {
}

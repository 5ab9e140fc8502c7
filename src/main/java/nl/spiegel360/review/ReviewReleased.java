package nl.spiegel360.review;

/**
 * A closed review's report was released to its employee: published inside the releasing transaction, so that what
 * follows from a release (the organisation's figures) is kept with it or not at all.
 */
public record ReviewReleased(ReviewInfo review) {
}

package nl.spiegel360.review;

/**
 * Reviews stopped collecting answers: published inside the closing transaction with everything their results are
 * computed from, so that each result is stored with its close or not at all. One event carries the reviews closed
 * together (one, or a chunk of a cycle), so that their results are stored together.
 */
public record ReviewClosed(java.util.List<ReviewData> reviews) {

    public ReviewClosed {
        reviews = java.util.List.copyOf(reviews);
    }
}

package nl.spiegel360.review;

import java.util.Optional;

/** The life of a review cycle: draft, nomination, rating, closed; only forward, one step at a time. */
public enum CycleState {
    DRAFT, NOMINATION, RATING, CLOSED;

    public Optional<CycleState> next() {
        return this == CLOSED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /** Raters may answer while the cycle nominates or rates. */
    public boolean acceptsAnswers() {
        return this == NOMINATION || this == RATING;
    }
}

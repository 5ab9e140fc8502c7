package nl.spiegel360.review;

/**
 * A cycle moved to its next state (launched into nomination, on to rating, closed): published inside the
 * transaction that moved it.
 */
public record CycleMoved(long cycleId, CycleState state) {
}

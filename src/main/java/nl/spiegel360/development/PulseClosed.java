package nl.spiegel360.development;

/** A plan's pulse closed and its result was frozen: published inside the closing transaction. */
public record PulseClosed(long reviewId, long pulseId) {
}

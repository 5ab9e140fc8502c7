package nl.spiegel360.development;

/** A manager agreed with a development plan: published inside the agreeing transaction. */
public record PlanAgreed(long reviewId, long cycleId) {
}

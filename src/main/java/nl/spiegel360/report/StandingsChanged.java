package nl.spiegel360.report;

/**
 * What a cycle's released reviews settled on changed: a release added a review's standings or an erasure took them.
 * Published inside the changing transaction; whoever keeps figures built from them builds them again after it
 * committed.
 */
public record StandingsChanged(long cycleId) {
}

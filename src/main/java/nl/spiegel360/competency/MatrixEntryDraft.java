package nl.spiegel360.competency;

/** One row of a profile's matrix as HR edits it. */
public record MatrixEntryDraft(long competencyId, int norm) {
}

package nl.spiegel360.competency;

/** One row of a profile's matrix as HR edits it: the norm, and whether external raters are asked about it. */
public record MatrixEntryDraft(long competencyId, int norm, boolean externalJudges) {

    public MatrixEntryDraft(long competencyId, int norm) {
        this(competencyId, norm, false);
    }
}

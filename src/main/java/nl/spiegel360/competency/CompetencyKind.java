package nl.spiegel360.competency;

/** The competency matrix groups competencies as generic (every role) or specific (this role). */
public enum CompetencyKind {
    GENERIC, SPECIFIC
}

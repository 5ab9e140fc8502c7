package nl.spiegel360.development;

/** Where a development plan stands: written by the employee, put to the manager, agreed by the manager. */
public enum PlanState {
    DRAFT, PROPOSED, AGREED
}

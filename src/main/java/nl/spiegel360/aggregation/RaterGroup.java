package nl.spiegel360.aggregation;

/** Who a rater is to the employee. SELF is compared with the consensus, never part of it. */
public enum RaterGroup {
    SELF, MANAGER, PEER, DIRECT_REPORT, OTHER
}

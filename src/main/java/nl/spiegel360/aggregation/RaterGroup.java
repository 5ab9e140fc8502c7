package nl.spiegel360.aggregation;

import java.util.List;

/**
 * Who a rater is to the employee. SELF is compared with the consensus, never part of it. EXTERNAL raters
 * (customers, partners) have no account and answer through a personal link.
 */
public enum RaterGroup {
    SELF, MANAGER, PEER, DIRECT_REPORT, OTHER, EXTERNAL;

    /** Every group in the order reports, exports and settings show them. */
    public static final List<RaterGroup> SHOWN = List.of(values());

    /** The groups that make up the consensus, in the order they are shown. */
    public static final List<RaterGroup> OTHERS = List.of(MANAGER, PEER, DIRECT_REPORT, OTHER, EXTERNAL);

    /** The groups whose raters stay anonymous, each behind its own minimum. */
    public static final List<RaterGroup> ANONYMOUS = List.of(PEER, DIRECT_REPORT, OTHER, EXTERNAL);
}

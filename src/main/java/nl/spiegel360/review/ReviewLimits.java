package nl.spiegel360.review;

/** The bounds of what raters, managers and HR write into reviews; the database columns have the same sizes. */
public final class ReviewLimits {

    public static final int CYCLE_NAME_MAX = 120;
    public static final int PEERS_MAX = 50;
    public static final int COMMENT_MAX = 4000;
    public static final int REASON_MAX = 1000;
    /** An external rater's name and organisation. */
    public static final int EXTERNAL_NAME_MAX = 120;

    private ReviewLimits() {
    }
}

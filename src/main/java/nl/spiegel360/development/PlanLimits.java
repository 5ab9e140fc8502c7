package nl.spiegel360.development;

/** The bounds of a development plan, shared by its services and its screen. */
public final class PlanLimits {

    /** Focus points per plan. */
    public static final int MAX_FOCUS = 3;
    /** A comment, a check-in or the manager's agreement text. */
    public static final int TEXT_MAX = 2000;
    /** What an action is. */
    public static final int WHAT_MAX = 1000;
    /** Whose support an action has. */
    public static final int SUPPORT_MAX = 500;

    private PlanLimits() {
    }
}

package nl.spiegel360.competency;

/** Field lengths shared by the columns, the validation and the form fields. */
public final class CompetencyLimits {
    public static final int CODE_MAX = 120;
    public static final int LABEL_MAX = 120;
    public static final int DEFINITION_MAX = 2000;
    public static final int CLUSTER_MAX = 120;
    public static final int INDICATOR_MAX = 1000;
    /** An indicator with its bold marks. */
    public static final int MARKED_MAX = 1200;
    public static final int PROFILE_NAME_MAX = 120;
    public static final int VERSION_LABEL_MAX = 120;
    public static final int INTRODUCTION_MAX = 20000;
    public static final int MAX_LEVELS = 10;

    private CompetencyLimits() {
    }
}

package nl.spiegel360.people;

/** Field lengths shared by the database columns, the validation and the form fields. */
public final class PersonLimits {
    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int JOB_TITLE_MAX = 120;
    public static final int TEAM_MAX = 120;
    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;

    private PersonLimits() {
    }
}

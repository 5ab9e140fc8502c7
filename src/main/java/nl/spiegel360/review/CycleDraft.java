package nl.spiegel360.review;

import java.time.LocalDate;

/**
 * A review cycle as HR enters it. {@code settingsJson} holds the aggregation settings that differ from the
 * defaults ({@code {}} for none), checked by the aggregation engine's rules. {@code externalRaters}: whether
 * customers and partners may be asked, as a group of their own.
 */
public record CycleDraft(String name, LocalDate opensOn, LocalDate nominationDeadline, LocalDate ratingDeadline,
        int peersMin, int peersMax, boolean includeDirectReports, int maxRequestsPerRater, int reminderDays,
        String settingsJson, int pulseWeeks, boolean externalRaters) {

    /** A cycle without external raters. */
    public CycleDraft(String name, LocalDate opensOn, LocalDate nominationDeadline, LocalDate ratingDeadline,
            int peersMin, int peersMax, boolean includeDirectReports, int maxRequestsPerRater, int reminderDays,
            String settingsJson, int pulseWeeks) {
        this(name, opensOn, nominationDeadline, ratingDeadline, peersMin, peersMax, includeDirectReports,
                maxRequestsPerRater, reminderDays, settingsJson, pulseWeeks, false);
    }

    public static final int DEFAULT_PEERS_MIN = 3;
    public static final int DEFAULT_PEERS_MAX = 8;
    public static final int DEFAULT_MAX_REQUESTS = 6;
    public static final int DEFAULT_REMINDER_DAYS = 3;
    /** Weeks after release at which a follow-up pulse asks the raters about an agreed plan's focus; 0: none. */
    public static final int DEFAULT_PULSE_WEEKS = 8;
    public static final int MAX_PULSE_WEEKS = 52;

    /** This draft with external raters (customers, partners) asked too. */
    public CycleDraft withExternalRaters() {
        return new CycleDraft(name, opensOn, nominationDeadline, ratingDeadline, peersMin, peersMax,
                includeDirectReports, maxRequestsPerRater, reminderDays, settingsJson, pulseWeeks, true);
    }

    public static CycleDraft withDefaults(String name, LocalDate opensOn, LocalDate nominationDeadline,
            LocalDate ratingDeadline) {
        return new CycleDraft(name, opensOn, nominationDeadline, ratingDeadline, DEFAULT_PEERS_MIN,
                DEFAULT_PEERS_MAX, false, DEFAULT_MAX_REQUESTS, DEFAULT_REMINDER_DAYS, "{}", DEFAULT_PULSE_WEEKS);
    }
}

package nl.spiegel360.base;

import java.time.Duration;

/**
 * How long to wait before trying a delivery again (a mail, a webhook): a minute after the first failure, doubling,
 * at most an hour; after two days it is given up.
 */
public final class Backoff {

    public static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    public static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    public static final Duration GIVE_UP_AFTER = Duration.ofDays(2);

    private Backoff() {
    }

    /** The pause after this many failed attempts. */
    public static Duration pause(int attempts) {
        long minutes = FIRST_PAUSE.toMinutes() << Math.min(Math.max(attempts, 1) - 1, 10);
        return Duration.ofMinutes(Math.min(minutes, LONGEST_PAUSE.toMinutes()));
    }
}

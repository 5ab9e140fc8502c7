package nl.spiegel360.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after repeated failures for an account or from an address, further attempts
 * pause for a while, longer the more failures there were, but never for good: failures older than an hour are
 * forgotten, and a successful sign-in clears the account's count.
 */
@Component
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final int FREE_ATTEMPTS_PER_ADDRESS = 20;
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final Duration MAX_PAUSE = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this account or address must still wait; zero when an attempt may go ahead. */
    public Duration pauseFor(String email, String address) {
        Duration account = pause(key("account", email), FREE_ATTEMPTS);
        Duration ip = pause(key("address", address), FREE_ATTEMPTS_PER_ADDRESS);
        return account.compareTo(ip) >= 0 ? account : ip;
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        for (String k : new String[] {key("account", email), key("address", address)}) {
            failures.merge(k, new Failures(1, now), (old, one) -> expired(old, now) ? one
                    : new Failures(old.count() + 1, now));
        }
    }

    public void succeeded(String email) {
        failures.remove(key("account", email));
    }

    private Duration pause(String key, int free) {
        Failures f = failures.get(key);
        Instant now = clock.instant();
        if (f == null || expired(f, now) || f.count() < free) {
            return Duration.ZERO;
        }
        long steps = f.count() - free;
        Duration pause = Duration.ofSeconds(Math.min(MAX_PAUSE.toSeconds(), 30L << Math.min(steps, 10)));
        Duration left = Duration.between(now, f.last().plus(pause));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static boolean expired(Failures f, Instant now) {
        return f.last().plus(FORGET_AFTER).isBefore(now);
    }

    private static String key(String kind, String value) {
        return kind + ":" + value.strip().toLowerCase(Locale.ROOT);
    }
}

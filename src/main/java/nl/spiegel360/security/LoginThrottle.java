package nl.spiegel360.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.spiegel360.base.Folding;
import nl.spiegel360.base.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without handing a stranger a way to lock somebody out. Failures are counted per
 * account and address together: after {@value #FREE_ATTEMPTS} of them that pair pauses, 30 seconds doubling up to
 * {@link #MAX_PAUSE}, while the same account from another address (the real user) is not slowed. An address that
 * fails for many accounts (password spraying) pauses too, briefly. The counts live in the database, shared by every
 * instance, keyed by a hash (no e-mail address or IP kept), and are forgotten an hour after the last failure, so
 * that the table stays small whatever is sent; a successful sign-in clears the pair's count. Personal links of
 * external raters are throttled the same way, per address.
 */
@Component
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final int FREE_ATTEMPTS_PER_ADDRESS = 50;
    /** Wrong personal links an address may open before it pauses: enough for a mistyped or old link or two. */
    static final int FREE_LINK_ATTEMPTS = 10;
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final Duration MAX_PAUSE = Duration.ofMinutes(15);
    static final Duration MAX_ADDRESS_PAUSE = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long this account from this address must still wait; zero when an attempt may go ahead. */
    @Transactional(readOnly = true)
    public Duration pauseFor(String account, String address) {
        Duration pair = pause(key("pair", account, address), FREE_ATTEMPTS, MAX_PAUSE);
        Duration spraying = pause(key("address", "", address), FREE_ATTEMPTS_PER_ADDRESS, MAX_ADDRESS_PAUSE);
        return pair.compareTo(spraying) >= 0 ? pair : spraying;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String account, String address) {
        Instant now = clock.instant();
        jdbc.sql("delete from login_throttle where last_failure_at < ?").param(Timestamp.from(now.minus(FORGET_AFTER)))
                .update();
        count(key("pair", account, address), now);
        count(key("address", "", address), now);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String account, String address) {
        jdbc.sql("delete from login_throttle where throttle_key = ?").param(key("pair", account, address)).update();
    }

    /**
     * How long this address must wait before it may open another personal link (an external rater's): wrong links
     * are counted per address, so that guessing from one address slows that address only.
     */
    @Transactional(readOnly = true)
    public Duration linkPause(String address) {
        return pause(key("link", "", address), FREE_LINK_ATTEMPTS, MAX_PAUSE);
    }

    /** A link that opened nothing (unknown, changed, expired) from this address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void linkFailed(String address) {
        Instant now = clock.instant();
        jdbc.sql("delete from login_throttle where last_failure_at < ?").param(Timestamp.from(now.minus(FORGET_AFTER)))
                .update();
        count(key("link", "", address), now);
    }

    /** How long a signed-in person must wait before their current password is checked again (a password change). */
    @Transactional(readOnly = true)
    public Duration passwordCheckPause(String account) {
        return pause(key("password-check", account, ""), FREE_ATTEMPTS, MAX_PAUSE);
    }

    /** A wrong current password given by a signed-in person: counted for that account alone. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void passwordCheckFailed(String account) {
        count(key("password-check", account, ""), clock.instant());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void passwordCheckSucceeded(String account) {
        jdbc.sql("delete from login_throttle where throttle_key = ?").param(key("password-check", account, ""))
                .update();
    }

    private void count(String key, Instant now) {
        Timestamp at = Timestamp.from(now);
        nl.spiegel360.base.Counters.incrementOrCreate(
                () -> jdbc.sql("update login_throttle set failures = failures + 1, last_failure_at = ? "
                        + "where throttle_key = ?").params(at, key).update(),
                () -> jdbc.sql("insert into login_throttle (throttle_key, failures, last_failure_at) values (?, 1, ?) "
                        + "on conflict do nothing")
                        .params(key, at).update());
    }

    private Duration pause(String key, int free, Duration longest) {
        var row = jdbc.sql("select failures, last_failure_at from login_throttle where throttle_key = ?").param(key)
                .query((rs, i) -> new Object[] {rs.getInt(1), rs.getTimestamp(2).toInstant()}).optional();
        if (row.isEmpty()) {
            return Duration.ZERO;
        }
        int failures = (int) row.get()[0];
        Instant last = (Instant) row.get()[1];
        Instant now = clock.instant();
        if (failures < free || last.plus(FORGET_AFTER).isBefore(now)) {
            return Duration.ZERO;
        }
        long steps = failures - free;
        Duration pause = Duration.ofSeconds(Math.min(longest.toSeconds(), 30L << Math.min(steps, 10)));
        Duration left = Duration.between(now, last.plus(pause));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String key(String kind, String account, String address) {
        return Secrets.sha256Hex(kind + "\n" + Folding.fold(account) + "\n" + address.strip());
    }
}

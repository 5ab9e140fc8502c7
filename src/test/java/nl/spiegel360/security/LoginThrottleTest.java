package nl.spiegel360.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in throttle on the real database: a stranger's wrong passwords pause the stranger, not the account's
 * owner elsewhere; pauses are bounded; the memory it keeps is bounded.
 */
@IntegrationTest
class LoginThrottleTest {

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_stranger_guessing_from_another_address_cannot_lock_the_owner_out() {
        String account = "slot-" + System.nanoTime() + "@example.org";
        for (int i = 0; i < 40; i++) {
            throttle.failed(account, "198.51.100.66");
        }
        assertThat(throttle.pauseFor(account, "198.51.100.66")).isPositive()
                .isLessThanOrEqualTo(LoginThrottle.MAX_PAUSE);
        assertThat(throttle.pauseFor(account, "192.0.2.10")).as("the owner at their own address").isZero();
    }

    @Test
    void an_address_written_with_a_dotted_capital_a_long_s_or_full_width_letters_is_the_same_account() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String account = "isis-" + suffix + "@example.org";
        String address = "192.0.2.77";
        List<String> variants = List.of("İSİS-" + suffix + "@example.org", "iſis-" + suffix + "@example.org",
                "ｉｓｉｓ-" + suffix + "@example.org", "i\u0307sis-" + suffix + "@example.org",
                " ISIS-" + suffix.toUpperCase(java.util.Locale.ROOT) + "@EXAMPLE.ORG ");
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed(variants.get(i % variants.size()), address);
        }
        assertThat(throttle.pauseFor(account, address)).as("five failures under five spellings are five failures")
                .isPositive();
        for (String variant : variants) {
            assertThat(throttle.pauseFor(variant, address)).as(variant).isPositive();
        }
    }

    @Test
    void the_pause_starts_after_five_failures_and_a_success_clears_it() {
        String account = "vijf-" + System.nanoTime() + "@example.org";
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
            throttle.failed(account, "192.0.2.20");
        }
        assertThat(throttle.pauseFor(account, "192.0.2.20")).isZero();
        throttle.failed(account, "192.0.2.20");
        assertThat(throttle.pauseFor(account, "192.0.2.20")).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30));
        throttle.succeeded(account, "192.0.2.20");
        assertThat(throttle.pauseFor(account, "192.0.2.20")).isZero();
    }

    @Test
    void one_address_trying_many_accounts_pauses_briefly() {
        String address = "203.0.113." + (System.nanoTime() % 200);
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS_PER_ADDRESS; i++) {
            throttle.failed("spray-" + i + "-" + System.nanoTime() + "@example.org", address);
        }
        assertThat(throttle.pauseFor("nog-een@example.org", address)).isPositive()
                .isLessThanOrEqualTo(LoginThrottle.MAX_ADDRESS_PAUSE);
    }

    @Test
    void failures_older_than_an_hour_are_deleted_and_no_address_or_e_mail_is_kept() {
        jdbc.update("insert into login_throttle (throttle_key, failures, last_failure_at) values ('oud', 3, ?)",
                java.sql.Timestamp.from(TestClock.now().minus(java.time.Duration.ofHours(2))));
        throttle.failed("iemand@example.org", "192.0.2.30");
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where throttle_key = 'oud'", Long.class))
                .isZero();
        assertThat(jdbc.queryForList("select throttle_key from login_throttle", String.class))
                .allMatch(key -> key.matches("[0-9a-f]{64}"));
    }

    @Test
    void failures_counted_at_the_same_moment_by_several_threads_are_all_counted() throws Exception {
        String account = "tegelijk-" + System.nanoTime() + "@example.org";
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 40; i++) {
                done.add(pool.submit(() -> throttle.failed(account, "192.0.2.99")));
            }
            for (var f : done) {
                f.get();
            }
        }
        assertThat(jdbc.queryForObject("select max(failures) from login_throttle where failures = 40", Integer.class))
                .as("the pair's count").isEqualTo(40);
    }
}

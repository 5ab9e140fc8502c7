package nl.spiegel360.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The time of every integration test: each run starts on the same Monday morning in Amsterdam, and time then runs
 * on as it does, so that the date a test sees never depends on the day it runs and timestamps still follow one
 * another. Tests ask this class for today instead of the machine.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    public static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final Clock CLOCK = Clock.offset(Clock.system(ZONE), Duration.between(Instant.now(), START));

    @Bean
    @Primary
    Clock testClock() {
        return CLOCK;
    }

    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    public static Instant now() {
        return CLOCK.instant();
    }
}

package nl.spiegel360;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import nl.spiegel360.base.ui.Dates;
import nl.spiegel360.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * One time zone, the organisation's, whatever the machine's: the tests run with the machine in UTC (as a server is),
 * the organisation in Europe/Amsterdam. Half past midnight in Amsterdam is the next day already: a deadline of the
 * day before has passed, the date shown is the new day, and the daily tasks run at six in Amsterdam's morning.
 */
@IntegrationTest
class OrganisationTimeTest {

    /** 23:30 UTC on 7 December: 00:30 on 8 December in Amsterdam. */
    private static final Instant HALF_PAST_MIDNIGHT = Instant.parse("2026-12-07T23:30:00Z");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired
    @Qualifier("reviewDeadlinesTask")
    RecurringTask<Void> deadlines;

    @Autowired
    @Qualifier("developmentFollowUpTask")
    RecurringTask<Void> followUp;

    @Test
    void the_machine_runs_in_utc_while_the_organisation_keeps_its_own_zone() {
        assertThat(TimeZone.getDefault().getID()).as("the tests' machine zone").isEqualTo("UTC");
        Clock clock = new Application().clock("Europe/Amsterdam");
        assertThat(clock.getZone()).isEqualTo(AMSTERDAM);
        Clock atMidnight = Clock.fixed(HALF_PAST_MIDNIGHT, clock.getZone());
        assertThat(LocalDate.now(atMidnight)).as("the organisation's day: a deadline of the 7th has passed")
                .isEqualTo(LocalDate.of(2026, 12, 8)).isAfter(LocalDate.of(2026, 12, 7));
        assertThat(new Application().clock(" Europe/London ").getZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThatThrownBy(() -> new Application().clock("Amsterdam")).hasMessageContaining("SPIEGEL360_TIME_ZONE")
                .hasMessageContaining("Europe/Amsterdam");
    }

    @Test
    void dates_shown_are_the_organisations_dates() {
        assertThat(Dates.format(HALF_PAST_MIDNIGHT, Locale.forLanguageTag("nl"), AMSTERDAM)).isEqualTo("8 dec 2026");
    }

    @Test
    void the_daily_tasks_run_in_the_organisations_morning() {
        Instant night = Instant.parse("2026-12-07T04:00:00Z");
        assertThat(deadlines.schedulableInstance("recurring").getNextExecutionTime(night))
                .as("06:00 in Amsterdam, winter time").isEqualTo(Instant.parse("2026-12-07T05:00:00Z"));
        assertThat(followUp.schedulableInstance("recurring").getNextExecutionTime(Instant.parse(
                "2026-07-07T03:00:00Z"))).as("06:30 in Amsterdam, summer time")
                .isEqualTo(Instant.parse("2026-07-07T04:30:00Z"));
    }
}

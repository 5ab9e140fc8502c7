package nl.spiegel360.base;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * The organisation's time: one time zone, the clock's, for deadlines, the daily tasks and every date shown. Nothing
 * reads the machine's zone.
 */
public final class OrganisationTime {

    private OrganisationTime() {
    }

    /** The zone of this setting; a wrong one stops the start with a sentence saying which values are meant. */
    public static ZoneId zone(String setting) {
        try {
            return ZoneId.of(setting.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException("SPIEGEL360_TIME_ZONE is not a time zone: '" + setting
                    + "'; use a region such as Europe/Amsterdam", e);
        }
    }

    /** Every day at this time of the organisation's clock, for a task the scheduler runs once across instances. */
    public static Schedule daily(Clock clock, LocalTime at) {
        return Schedules.daily(clock.getZone(), at);
    }
}

package nl.spiegel360.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as the user's language writes them. */
public final class Dates {

    private Dates() {
    }

    public static String format(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** The day of an instant in the organisation's time zone (its clock's). */
    public static String format(Instant instant, Locale locale, ZoneId zone) {
        return format(instant.atZone(zone).toLocalDate(), locale);
    }
}

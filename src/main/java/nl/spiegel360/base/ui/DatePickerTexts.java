package nl.spiegel360.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A date picker in the user's language: its format from the locale, and its calendar (month and day names, the first
 * day of the week, its buttons and messages), which the component would otherwise show in English.
 */
public final class DatePickerTexts {

    /** The days as Vaadin lists them, from Sunday; the week shown starts on Monday, as in the Netherlands. */
    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private DatePickerTexts() {
    }

    public static void apply(DatePicker picker) {
        Locale locale = picker.getLocale() == null ? Locale.forLanguageTag("nl") : picker.getLocale();
        picker.setLocale(locale);
        List<String> weekdays = WEEK.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList();
        List<String> weekdaysShort = WEEK.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList();
        List<String> months = Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE,
                locale)).toList();
        picker.setI18n(new DatePickerI18n().setMonthNames(months).setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort).setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("datepicker.today"))
                .setCancel(picker.getTranslation("action.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("datepicker.bad-input"))
                .setMinErrorMessage(picker.getTranslation("datepicker.too-early"))
                .setMaxErrorMessage(picker.getTranslation("datepicker.too-late")));
    }
}

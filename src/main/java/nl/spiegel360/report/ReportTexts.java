package nl.spiegel360.report;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import nl.spiegel360.report.Report.GroupCell;
import org.jspecify.annotations.Nullable;

/**
 * How a report's values read, in the reader's language: levels, group cells, means and sentences. The screen, the
 * PDF and the CSV all write them through here, so that they never differ.
 */
public final class ReportTexts {

    /** The translation of a key with its arguments, in the reader's language. */
    @FunctionalInterface
    public interface Translations {
        String get(String key, Object... args);
    }

    private final Translations translations;
    private final NumberFormat number;

    public ReportTexts(Translations translations, Locale locale) {
        this.translations = translations;
        this.number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(2);
        number.setMaximumFractionDigits(2);
    }

    /** A level, or the words for "not enough observations". */
    public String level(@Nullable Integer level) {
        return level == null ? translations.get("report.no-level") : String.valueOf(level);
    }

    /**
     * What a rater group said about a competency: its level, or, when too few of the group responded, how many did
     * and how many are needed ({@code brief} for narrow table cells).
     */
    public String group(@Nullable GroupCell cell, boolean brief) {
        if (cell == null) {
            return "";
        }
        if (!cell.reported()) {
            return translations.get(brief ? "report.hidden-short" : "report.hidden", cell.respondents(),
                    cell.minimum());
        }
        return level(cell.level());
    }

    /** A mean or other score, with two decimals in the reader's notation (2,50 in Dutch, 2.50 in English). */
    public String number(double value) {
        return number.format(value);
    }

    /** A mean that may be missing: "—" then. */
    public String number(@Nullable Double value) {
        return value == null ? "—" : number.format(value);
    }

    /** A sentence of the report (an explanation) with its numbers written as {@link #number(double)} does. */
    public String sentence(String key, List<Object> arguments) {
        return translations.get(key, arguments.stream().map(a -> a instanceof Double d ? number(d) : a).toArray());
    }
}

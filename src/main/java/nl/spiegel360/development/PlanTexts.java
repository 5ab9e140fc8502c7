package nl.spiegel360.development;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import nl.spiegel360.development.PlanReadModels.Change;
import nl.spiegel360.development.PlanReadModels.FocusLine;
import org.jspecify.annotations.Nullable;

/**
 * The sentences of a plan's change that the screen, the report's appendix and the PDF share: per group "peers 2,3 →
 * 3,1 (n = 4)", with the numbers in the reader's language.
 */
public final class PlanTexts {

    private final BiFunction<String, Object[], String> messages;
    private final Locale locale;

    /** {@code messages} translates a key with arguments in the reader's language. */
    public PlanTexts(BiFunction<String, Object[], String> messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String t(String key, Object... args) {
        return messages.apply(key, args);
    }

    /** A day as the reader's language writes it ("15 feb 2027", "Feb 15, 2027"). */
    public String date(java.time.LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale));
    }

    public String number(@Nullable Double value) {
        return value == null ? "–" : String.format(locale, "%.1f", value);
    }

    /**
     * "Peers: 2,3 → 3,1 (n = 4)"; before the pulse closed, or for a group without a result in it (below its minimum,
     * or no answers), the report's score and why there is no second one.
     */
    public String change(Change c, boolean pulseClosed) {
        if (c.after() == null) {
            return t(pulseClosed ? "plan.change.no-after" : "plan.change.before", t("group." + c.group().name()),
                    number(c.before()), c.beforeCount());
        }
        return t("plan.change", t("group." + c.group().name()), number(c.before()), number(c.after()),
                c.afterCount());
    }

    /** The changes of one focus indicator, one line per group. */
    public List<String> changes(FocusLine line, boolean pulseClosed) {
        List<String> lines = new ArrayList<>();
        line.changes().forEach(c -> lines.add(change(c, pulseClosed)));
        return lines;
    }
}

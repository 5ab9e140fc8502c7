package nl.spiegel360.base.ui;

import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the screens write a figure: two decimals or a percentage in the reader's language, a dash for none. */
public final class Numbers {

    /** What a screen shows where a figure has no value. */
    public static final String NONE = "—";

    private Numbers() {
    }

    /** 0,62 in Dutch, 0.62 in English; a dash for none. */
    public static String twoDecimals(@Nullable Double value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** 62% of a share of 0.62; a dash for none. */
    public static String percent(@Nullable Double share, Locale locale) {
        return share == null ? NONE : NumberFormat.getPercentInstance(locale).format(share);
    }
}

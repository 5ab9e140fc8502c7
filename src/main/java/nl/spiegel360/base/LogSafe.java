package nl.spiegel360.base;

import java.text.Normalizer;

/** Text as a log may hold it: no value given by a user can forge a log line or an audit entry. */
public final class LogSafe {

    private static final int LONGEST = 2048;

    private LogSafe() {
    }

    /**
     * The value Unicode-normalised (wide spaces become spaces), stripped, at most 2048 characters, with line breaks
     * and other control and format characters written as escapes.
     */
    public static String clean(String value) {
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        StringBuilder out = new StringBuilder(Math.min(normalised.length(), LONGEST));
        for (int i = 0; i < normalised.length() && out.length() < LONGEST; i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                            || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

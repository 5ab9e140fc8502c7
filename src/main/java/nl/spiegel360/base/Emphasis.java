package nl.spiegel360.base;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The emphasis a profile's text may carry: a part between two {@code **} marks is bold, as the profile document
 * marks it with {@code <b>}. The plain text (without marks) is what is searched, compared in length and written where
 * no emphasis can be shown (CSV, mail); screens and the PDF show the parts.
 */
public final class Emphasis {

    private static final String MARK = "**";
    private static final Pattern BOLD_TAG = Pattern.compile("(?i)</?(b|strong)>");
    private static final Pattern ITALIC_TAG = Pattern.compile("(?i)</?(i|em)>");

    private Emphasis() {
    }

    /** One run of text, bold or not. */
    public record Part(String text, boolean bold) {
    }

    /** The runs of a marked text in order; a mark without a partner is kept as text. */
    public static List<Part> parts(String marked) {
        List<Part> parts = new ArrayList<>();
        int marks = count(marked);
        int usable = marks - marks % 2;
        boolean bold = false;
        int from = 0;
        int used = 0;
        int at = marked.indexOf(MARK);
        StringBuilder run = new StringBuilder();
        while (at >= 0 && used < usable) {
            run.append(marked, from, at);
            add(parts, run.toString(), bold);
            run.setLength(0);
            bold = !bold;
            used++;
            from = at + MARK.length();
            at = marked.indexOf(MARK, from);
        }
        run.append(marked.substring(from));
        add(parts, run.toString(), bold);
        return List.copyOf(parts);
    }

    /** The text without its marks. */
    public static String plain(String marked) {
        if (!marked.contains(MARK)) {
            return marked;
        }
        StringBuilder text = new StringBuilder();
        parts(marked).forEach(p -> text.append(p.text()));
        return text.toString();
    }

    /** Whether the text has any bold part. */
    public static boolean hasEmphasis(String marked) {
        return parts(marked).stream().anyMatch(Part::bold);
    }

    /** A line of the profile document with its bold tags as marks and its italic tags left out. */
    public static String fromDocument(String text) {
        return BOLD_TAG.matcher(ITALIC_TAG.matcher(text).replaceAll("")).replaceAll(MARK);
    }

    private static int count(String text) {
        int n = 0;
        for (int at = text.indexOf(MARK); at >= 0; at = text.indexOf(MARK, at + MARK.length())) {
            n++;
        }
        return n;
    }

    private static void add(List<Part> parts, String text, boolean bold) {
        if (!text.isEmpty()) {
            parts.add(new Part(text, bold));
        }
    }
}

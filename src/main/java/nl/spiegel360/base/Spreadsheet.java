package nl.spiegel360.base;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/** How every CSV of the product is written, and what keeps its cells from running as a spreadsheet's formulas. */
public final class Spreadsheet {

    /** Every field quoted, separated by semicolons (as Dutch spreadsheets read them), lines ended by CRLF. */
    public static final CSVFormat CSV = CSVFormat.Builder.create().setDelimiter(';').setQuote('"')
            .setQuoteMode(QuoteMode.ALL).setRecordSeparator("\r\n").get();

    private Spreadsheet() {
    }

    /**
     * A cell no spreadsheet runs as a formula, whatever it contains: line breaks and other control characters become
     * spaces (no line of the cell can start a formula), and a value starting with a formula character, after any
     * leading spaces, gets a leading apostrophe.
     */
    public static String safe(String value) {
        StringBuilder flat = new StringBuilder(value.length());
        value.codePoints().forEach(c -> flat.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                ? ' ' : c));
        String text = flat.toString();
        String start = text.stripLeading();
        return !start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0 ? "'" + text : text;
    }
}

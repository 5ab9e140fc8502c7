package nl.spiegel360.report;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What another part of the product adds to a report, on screen and in its PDF, without the report knowing it: a
 * titled section of lines, with a link for the reader who may follow it. Called with the report as its reader
 * sees it; an appendix applies that reader's rights itself.
 */
public interface ReportAppendix {

    List<Section> sections(Report report, Locale locale);

    /** A section: its element id, heading and lines, and where its link leads (relative to the application). */
    record Section(String id, String heading, List<String> lines, @Nullable String link, @Nullable String linkText) {
    }
}

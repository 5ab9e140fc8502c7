package nl.spiegel360.competency;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An indicator as edited: its id when it exists already (so that it keeps it), its text (bold parts between
 * {@code **} marks), its self phrasing, and its translations by language code (an empty one is left out).
 */
public record IndicatorDraft(@Nullable Long id, String text, @Nullable String selfText,
        Map<String, String> translations) {

    public IndicatorDraft(@Nullable Long id, String text, @Nullable String selfText) {
        this(id, text, selfText, Map.of());
    }
}

package nl.spiegel360.competency;

import org.jspecify.annotations.Nullable;

/** An indicator as edited: its id when it exists already (so that it keeps it), its text, its self phrasing. */
public record IndicatorDraft(@Nullable Long id, String text, @Nullable String selfText) {
}

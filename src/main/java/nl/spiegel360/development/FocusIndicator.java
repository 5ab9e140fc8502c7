package nl.spiegel360.development;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import nl.spiegel360.competency.ProfileReader;
import org.jspecify.annotations.Nullable;

/** A behavioural indicator chosen within a focus point, with its level and text as they were chosen. */
@Embeddable
class FocusIndicator {

    @Column(name = "indicator_id", nullable = false)
    private long indicatorId;

    @Column(name = "level_number", nullable = false)
    private int level;

    @Column(nullable = false, length = 1000)
    private String text;

    protected FocusIndicator() {
        this.text = "";
    }

    FocusIndicator(long indicatorId, int level, String text) {
        this.indicatorId = indicatorId;
        this.level = level;
        this.text = text;
    }

    long getIndicatorId() { return indicatorId; }
    int getLevel() { return level; }
    String getText() { return text; }

    /** The indicator's text for a reader: in their language where the profile has it, else as it was chosen. */
    String text(ProfileReader.@Nullable Texts texts) {
        return texts == null ? text : texts.indicators().getOrDefault(indicatorId, text);
    }
}

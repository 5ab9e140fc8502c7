package nl.spiegel360.competency;

import nl.spiegel360.base.Emphasis;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import nl.spiegel360.base.StoredId;
import org.jspecify.annotations.Nullable;

/** One observable behaviour of a level. Its id is stable: ratings refer to it. */
@Entity
@Table(name = "behavioural_indicator")
class BehaviouralIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "behavioural_indicator_seq")
    @SequenceGenerator(name = "behavioural_indicator_seq", sequenceName = "behavioural_indicator_seq",
            allocationSize = 50)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "level_id")
    private ProficiencyLevel level;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = CompetencyLimits.INDICATOR_MAX)
    private String text;

    /** The same behaviour phrased for the employee's self-assessment, where the profile gives one. */
    @Column(name = "self_text", length = CompetencyLimits.INDICATOR_MAX)
    private @Nullable String selfText;

    /** The text with its bold parts marked, where it has any. */
    @Column(name = "marked_text", length = CompetencyLimits.MARKED_MAX)
    private @Nullable String markedText;

    /** The text in other languages, by language code; may carry bold marks. */
    @ElementCollection
    @CollectionTable(name = "indicator_translation", joinColumns = @JoinColumn(name = "indicator_id"))
    @MapKeyColumn(name = "language", length = 8)
    @Column(name = "text", nullable = false, length = CompetencyLimits.MARKED_MAX)
    private Map<String, String> translations = new HashMap<>();

    protected BehaviouralIndicator() {
        this.level = new ProficiencyLevel();
        this.text = "";
    }

    BehaviouralIndicator(ProficiencyLevel level, int position, String text) {
        this.level = level;
        this.position = position;
        this.text = text;
    }

    void update(int position, String marked, @Nullable String selfText, Map<String, String> translated) {
        this.position = position;
        this.text = Emphasis.plain(marked);
        this.markedText = marked.equals(text) ? null : marked;
        this.selfText = selfText == null || selfText.isBlank() ? null : selfText.strip();
        Map<String, String> next = new HashMap<>();
        translated.forEach((language, value) -> {
            if (value != null && !value.isBlank()) {
                next.put(language, value.strip());
            }
        });
        if (!translations.equals(next)) {
            translations.clear();
            translations.putAll(next);
        }
    }

    long getId() { return StoredId.of(id); }
    ProficiencyLevel getLevel() { return level; }
    int getPosition() { return position; }
    String getText() { return text; }
    @Nullable String getSelfText() { return selfText; }
    String getMarked() { return markedText == null ? text : markedText; }
    Map<String, String> getTranslations() { return translations; }
}

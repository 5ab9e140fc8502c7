package nl.spiegel360.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
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

    protected BehaviouralIndicator() {
        this.level = new ProficiencyLevel();
        this.text = "";
    }

    BehaviouralIndicator(ProficiencyLevel level, int position, String text) {
        this.level = level;
        this.position = position;
        this.text = text;
    }

    void update(int position, String text, @Nullable String selfText) {
        this.position = position;
        this.text = text;
        this.selfText = selfText == null || selfText.isBlank() ? null : selfText.strip();
    }

    long getId() { return StoredId.of(id); }
    ProficiencyLevel getLevel() { return level; }
    int getPosition() { return position; }
    String getText() { return text; }
    @Nullable String getSelfText() { return selfText; }
}

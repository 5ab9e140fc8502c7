package nl.spiegel360.competency;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.spiegel360.base.StoredId;
import org.jspecify.annotations.Nullable;

/** Level N of a competency: an ordered list of behavioural indicators. Levels are cumulative. */
@Entity
@Table(name = "proficiency_level")
class ProficiencyLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proficiency_level_seq")
    @SequenceGenerator(name = "proficiency_level_seq", sequenceName = "proficiency_level_seq", allocationSize = 50)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competency_id")
    private Competency competency;

    @Column(name = "level_number", nullable = false)
    private int levelNumber;

    @OneToMany(mappedBy = "level", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BehaviouralIndicator> indicators = new ArrayList<>();

    protected ProficiencyLevel() {
        this.competency = new Competency();
    }

    ProficiencyLevel(Competency competency, int levelNumber) {
        this.competency = competency;
        this.levelNumber = levelNumber;
    }

    void replaceIndicators(List<IndicatorDraft> drafts, Map<Long, BehaviouralIndicator> existing) {
        List<BehaviouralIndicator> next = new ArrayList<>();
        for (int p = 0; p < drafts.size(); p++) {
            IndicatorDraft draft = drafts.get(p);
            BehaviouralIndicator indicator = draft.id() == null ? null : existing.get(draft.id());
            if (indicator == null || indicator.getLevel() != this) {
                indicator = new BehaviouralIndicator(this, p, draft.text().strip());
            }
            indicator.update(p, draft.text().strip(), draft.selfText(), draft.translations());
            next.add(indicator);
        }
        indicators.retainAll(next);
        for (BehaviouralIndicator indicator : next) {
            if (!indicators.contains(indicator)) {
                indicators.add(indicator);
            }
        }
        indicators.sort(java.util.Comparator.comparingInt(BehaviouralIndicator::getPosition));
    }

    long getId() { return StoredId.of(id); }
    int getLevelNumber() { return levelNumber; }
    List<BehaviouralIndicator> getIndicators() { return indicators; }
}

package nl.spiegel360.development;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import nl.spiegel360.base.StoredId;
import nl.spiegel360.competency.ProfileReader;
import org.jspecify.annotations.Nullable;

/** One focus point of a plan: a competency, why it was chosen, its indicators and the actions for it. */
@Entity
@Table(name = "plan_focus")
class PlanFocus {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_focus_seq")
    @SequenceGenerator(name = "plan_focus_seq", sequenceName = "plan_focus_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "competency_id", nullable = false)
    private long competencyId;

    @Column(name = "competency_name", nullable = false, length = 200)
    private String competencyName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FocusReason reason;

    @Column(nullable = false)
    private int position;

    @ElementCollection
    @CollectionTable(name = "plan_focus_indicator", joinColumns = @JoinColumn(name = "focus_id"))
    @OrderColumn(name = "position")
    private List<FocusIndicator> indicators = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "focus_id", nullable = false)
    @OrderBy("id")
    private List<PlanAction> actions = new ArrayList<>();

    protected PlanFocus() {
        this.competencyName = "";
        this.reason = FocusReason.NEXT_LEVEL;
    }

    PlanFocus(long competencyId, String competencyName, FocusReason reason, List<FocusIndicator> indicators) {
        this();
        this.competencyId = competencyId;
        this.competencyName = competencyName;
        this.reason = reason;
        this.indicators.addAll(indicators);
    }

    void setPosition(int position) {
        this.position = position;
    }

    long getId() { return StoredId.of(id); }
    long getCompetencyId() { return competencyId; }
    String getCompetencyName() { return competencyName; }

    /**
     * The competency's name for a reader: in their language where the profile has it ({@code texts}, read for the
     * reader's locale), else as it was when the focus was chosen.
     */
    String name(ProfileReader.@Nullable Texts texts) {
        return texts == null ? competencyName : texts.competencies().getOrDefault(competencyId, competencyName);
    }
    FocusReason getReason() { return reason; }
    List<FocusIndicator> getIndicators() { return indicators; }
    List<PlanAction> getActions() { return actions; }
}

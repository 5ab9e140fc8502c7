package nl.spiegel360.competency;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.base.StoredId;
import org.jspecify.annotations.Nullable;

/** A competency of the library, in one revision: label, definition, cluster, kind and cumulative levels. */
@Entity
@Table(name = "competency")
class Competency {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competency_seq")
    @SequenceGenerator(name = "competency_seq", sequenceName = "competency_seq", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, length = CompetencyLimits.CODE_MAX)
    private String code;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = CompetencyLimits.LABEL_MAX)
    private String label;

    @Column(nullable = false, length = CompetencyLimits.DEFINITION_MAX)
    private String definition;

    @Column(nullable = false, length = CompetencyLimits.CLUSTER_MAX)
    private String cluster;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CompetencyKind kind;

    @Column(nullable = false)
    private boolean frozen;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "competency", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("levelNumber")
    private List<ProficiencyLevel> levels = new ArrayList<>();

    /** The label and definition in other languages, by language code. */
    @ElementCollection
    @CollectionTable(name = "competency_translation", joinColumns = @JoinColumn(name = "competency_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, CompetencyText> translations = new HashMap<>();

    protected Competency() {
        this("", 0, "", "", "", CompetencyKind.GENERIC, Instant.EPOCH);
    }

    Competency(String code, int revision, String label, String definition, String cluster, CompetencyKind kind,
            Instant createdAt) {
        this.code = code;
        this.revision = revision;
        this.label = label;
        this.definition = definition;
        this.cluster = cluster;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    /** Replaces the levels by these, keeping the ids of indicators that are given again. */
    void replaceLevels(List<List<IndicatorDraft>> drafts) {
        java.util.Map<Long, BehaviouralIndicator> existing = new java.util.HashMap<>();
        levels.forEach(l -> l.getIndicators().forEach(i -> existing.put(i.getId(), i)));
        while (levels.size() > drafts.size()) {
            levels.removeLast();
        }
        for (int n = 0; n < drafts.size(); n++) {
            if (n == levels.size()) {
                levels.add(new ProficiencyLevel(this, n + 1));
            }
            levels.get(n).replaceIndicators(drafts.get(n), existing);
        }
    }

    long getId() { return StoredId.of(id); }
    long getVersion() { return version; }
    String getCode() { return code; }
    int getRevision() { return revision; }
    String getLabel() { return label; }
    void setLabel(String label) { this.label = label; }
    String getDefinition() { return definition; }
    void setDefinition(String definition) { this.definition = definition; }
    String getCluster() { return cluster; }
    void setCluster(String cluster) { this.cluster = cluster; }
    CompetencyKind getKind() { return kind; }
    void setKind(CompetencyKind kind) { this.kind = kind; }
    boolean isFrozen() { return frozen; }
    void freeze() { this.frozen = true; }
    List<ProficiencyLevel> getLevels() { return levels; }
    Map<String, CompetencyText> getTranslations() { return translations; }

    void setTranslations(Map<String, CompetencyText> translated) {
        Map<String, CompetencyText> next = new HashMap<>();
        translated.forEach((language, t) -> {
            if (t != null && !t.label().isBlank()) {
                next.put(language, new CompetencyText(t.label().strip(), t.definition().strip()));
            }
        });
        if (!translations.equals(next)) {
            translations.clear();
            translations.putAll(next);
        }
    }
}

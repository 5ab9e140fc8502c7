package nl.spiegel360.competency;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.spiegel360.base.StoredId;
import org.jspecify.annotations.Nullable;

/** One revision of a role profile: the competencies a role uses, each with its norm level. */
@Entity
@Table(name = "role_profile")
class RoleProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_profile_seq")
    @SequenceGenerator(name = "role_profile_seq", sequenceName = "role_profile_seq", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, length = CompetencyLimits.PROFILE_NAME_MAX)
    private String name;

    @Column(nullable = false)
    private int revision;

    @Column(name = "version_label", nullable = false, length = CompetencyLimits.VERSION_LABEL_MAX)
    private String versionLabel;

    @Column(nullable = false, length = CompetencyLimits.INTRODUCTION_MAX)
    private String introduction;

    @Column(nullable = false)
    private boolean frozen;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ProfileEntry> entries = new ArrayList<>();

    protected RoleProfile() {
        this("", 0, "", "", Instant.EPOCH);
    }

    RoleProfile(String name, int revision, String versionLabel, String introduction, Instant createdAt) {
        this.name = name;
        this.revision = revision;
        this.versionLabel = versionLabel;
        this.introduction = introduction;
        this.createdAt = createdAt;
    }

    void addEntry(Competency competency, int norm, int documentPosition) {
        addEntry(competency, norm, documentPosition, false);
    }

    void addEntry(Competency competency, int norm, int documentPosition, boolean externalJudges) {
        ProfileEntry entry = new ProfileEntry(this, competency, entries.size(), documentPosition, norm);
        entry.setExternalJudges(externalJudges);
        entries.add(entry);
    }

    long getId() { return StoredId.of(id); }
    long getVersion() { return version; }
    String getName() { return name; }
    int getRevision() { return revision; }
    String getVersionLabel() { return versionLabel; }
    String getIntroduction() { return introduction; }
    boolean isFrozen() { return frozen; }
    void freeze() { this.frozen = true; }
    Instant getCreatedAt() { return createdAt; }
    List<ProfileEntry> getEntries() { return entries; }
}

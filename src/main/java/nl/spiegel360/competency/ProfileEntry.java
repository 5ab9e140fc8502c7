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
import org.jspecify.annotations.Nullable;

/** One row of a profile's competency matrix: a competency and the norm level the role requires. */
@Entity
@Table(name = "profile_entry")
class ProfileEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_entry_seq")
    @SequenceGenerator(name = "profile_entry_seq", sequenceName = "profile_entry_seq", allocationSize = 50)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private RoleProfile profile;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competency_id")
    private Competency competency;

    @Column(nullable = false)
    private int position;

    @Column(name = "document_position", nullable = false)
    private int documentPosition;

    @Column(nullable = false)
    private int norm;

    /** Whether external raters (customers, partners) are asked about this competency. */
    @Column(name = "external_judges", nullable = false)
    private boolean externalJudges;

    protected ProfileEntry() {
        this.profile = new RoleProfile();
        this.competency = new Competency();
    }

    ProfileEntry(RoleProfile profile, Competency competency, int position, int documentPosition, int norm) {
        this.profile = profile;
        this.competency = competency;
        this.position = position;
        this.documentPosition = documentPosition;
        this.norm = norm;
    }

    Competency getCompetency() { return competency; }
    void setCompetency(Competency competency) { this.competency = competency; }
    int getPosition() { return position; }
    int getDocumentPosition() { return documentPosition; }
    int getNorm() { return norm; }
    boolean isExternalJudges() { return externalJudges; }
    void setExternalJudges(boolean externalJudges) { this.externalJudges = externalJudges; }
}

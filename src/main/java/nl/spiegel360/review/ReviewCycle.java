package nl.spiegel360.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import nl.spiegel360.base.StoredId;
import org.jspecify.annotations.Nullable;

/** A period in which reviews are run, with its deadlines, limits and aggregation settings. */
@Entity
@Table(name = "review_cycle")
class ReviewCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_cycle_seq")
    @SequenceGenerator(name = "review_cycle_seq", sequenceName = "review_cycle_seq", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "nomination_deadline", nullable = false)
    private LocalDate nominationDeadline;

    @Column(name = "rating_deadline", nullable = false)
    private LocalDate ratingDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CycleState state = CycleState.DRAFT;

    /** The aggregation settings that differ from the defaults, as JSON. */
    @Column(nullable = false, length = 4000)
    private String settings;

    @Column(name = "peers_min", nullable = false)
    private int peersMin;

    @Column(name = "peers_max", nullable = false)
    private int peersMax;

    @Column(name = "include_direct_reports", nullable = false)
    private boolean includeDirectReports;

    @Column(name = "max_requests_per_rater", nullable = false)
    private int maxRequestsPerRater;

    @Column(name = "reminder_days", nullable = false)
    private int reminderDays;

    @Column(name = "pulse_weeks", nullable = false)
    private int pulseWeeks;

    @Column(name = "external_raters", nullable = false)
    private boolean externalRaters;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReviewCycle() {
        this.name = "";
        this.opensOn = LocalDate.EPOCH;
        this.nominationDeadline = LocalDate.EPOCH;
        this.ratingDeadline = LocalDate.EPOCH;
        this.settings = "{}";
        this.createdAt = Instant.EPOCH;
    }

    ReviewCycle(CycleDraft draft, Instant createdAt) {
        this();
        apply(draft);
        this.createdAt = createdAt;
    }

    void apply(CycleDraft draft) {
        this.name = draft.name().strip();
        this.opensOn = draft.opensOn();
        this.nominationDeadline = draft.nominationDeadline();
        this.ratingDeadline = draft.ratingDeadline();
        this.settings = draft.settingsJson();
        this.peersMin = draft.peersMin();
        this.peersMax = draft.peersMax();
        this.includeDirectReports = draft.includeDirectReports();
        this.maxRequestsPerRater = draft.maxRequestsPerRater();
        this.reminderDays = draft.reminderDays();
        this.pulseWeeks = draft.pulseWeeks();
        this.externalRaters = draft.externalRaters();
    }

    /** A later rating deadline; the caller has checked that it is later and not in the past. */
    void extendRatingDeadline(LocalDate deadline) {
        this.ratingDeadline = deadline;
    }

    /** This cycle's settings as a draft for another cycle with these dates and name. */
    CycleDraft copy(String name, LocalDate opensOn, LocalDate nominationDeadline, LocalDate ratingDeadline) {
        return new CycleDraft(name, opensOn, nominationDeadline, ratingDeadline, peersMin, peersMax,
                includeDirectReports, maxRequestsPerRater, reminderDays, settings, pulseWeeks, externalRaters);
    }

    long getId() { return StoredId.of(id); }
    long getVersion() { return version; }
    String getName() { return name; }
    LocalDate getOpensOn() { return opensOn; }
    LocalDate getNominationDeadline() { return nominationDeadline; }
    LocalDate getRatingDeadline() { return ratingDeadline; }
    CycleState getState() { return state; }
    void setState(CycleState state) { this.state = state; }
    String getSettings() { return settings; }
    int getPeersMin() { return peersMin; }
    int getPeersMax() { return peersMax; }
    boolean isIncludeDirectReports() { return includeDirectReports; }
    int getMaxRequestsPerRater() { return maxRequestsPerRater; }
    int getReminderDays() { return reminderDays; }
    int getPulseWeeks() { return pulseWeeks; }
    boolean isExternalRaters() { return externalRaters; }
}

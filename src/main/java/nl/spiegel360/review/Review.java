package nl.spiegel360.review;

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
import jakarta.persistence.Version;
import java.time.Instant;
import nl.spiegel360.base.StoredId;
import org.jspecify.annotations.Nullable;

/** One employee in one cycle, rated on the profile revision that was frozen for it. */
@Entity
@Table(name = "review")
class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
    @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id")
    private ReviewCycle cycle;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "manager_id")
    private @Nullable Long managerId;

    /** The employee's team when the review was launched (as when it was added, until then). */
    @Column(name = "team")
    private @Nullable String team;

    @Column(name = "profile_id", nullable = false)
    private long profileId;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "released_at")
    private @Nullable Instant releasedAt;

    @Column(name = "all_submitted_notified", nullable = false)
    private boolean allSubmittedNotified;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Review() {
        this.cycle = new ReviewCycle();
        this.createdAt = Instant.EPOCH;
    }

    Review(ReviewCycle cycle, long employeeId, @Nullable Long managerId, long profileId, Instant createdAt) {
        this.cycle = cycle;
        this.employeeId = employeeId;
        this.managerId = managerId;
        this.profileId = profileId;
        this.createdAt = createdAt;
    }

    long getId() { return StoredId.of(id); }
    ReviewCycle getCycle() { return cycle; }
    long getEmployeeId() { return employeeId; }
    @Nullable Long getManagerId() { return managerId; }
    @Nullable String getTeam() { return team; }
    void setTeam(@Nullable String team) { this.team = team; }
    long getProfileId() { return profileId; }
    void setProfileId(long profileId) { this.profileId = profileId; }
    @Nullable Instant getClosedAt() { return closedAt; }
    /** Whether answers are still being collected: no result of this review exists yet. */
    boolean isCollecting() { return closedAt == null; }
    void close(Instant at) { this.closedAt = at; }
    @Nullable Instant getReleasedAt() { return releasedAt; }
    void release(Instant at) { this.releasedAt = at; }
    boolean isAllSubmittedNotified() { return allSubmittedNotified; }
    void markAllSubmittedNotified() { this.allSubmittedNotified = true; }
}

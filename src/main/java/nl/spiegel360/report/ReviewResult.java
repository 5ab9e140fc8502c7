package nl.spiegel360.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * The result of one closed review, computed once at close: the engine's outcome as JSON with the settings and
 * profile revision it used. Written once and never updated; every report and export reads it.
 */
@Entity
@Immutable
@Table(name = "review_result")
class ReviewResult implements org.springframework.data.domain.Persistable<Long> {

    @Id
    @Column(name = "review_id")
    private long reviewId;

    @Column(name = "profile_id", nullable = false)
    private long profileId;

    @Column(nullable = false, length = 4000)
    private String settings;

    @Column(nullable = false, columnDefinition = "text")
    private String content;

    @Column(nullable = false)
    private int raters;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    /** Written once: a result made here is inserted without asking the database whether it exists. */
    @jakarta.persistence.Transient
    private boolean fresh;

    protected ReviewResult() {
        this.settings = "{}";
        this.content = "{}";
        this.closedAt = Instant.EPOCH;
    }

    ReviewResult(long reviewId, long profileId, String settings, String content, int raters, Instant closedAt) {
        this.reviewId = reviewId;
        this.profileId = profileId;
        this.settings = settings;
        this.content = content;
        this.raters = raters;
        this.closedAt = closedAt;
        this.fresh = true;
    }

    @Override
    public Long getId() {
        return reviewId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @jakarta.persistence.PostPersist
    @jakarta.persistence.PostLoad
    void stored() {
        fresh = false;
    }

    long getReviewId() { return reviewId; }
    long getProfileId() { return profileId; }
    String getSettings() { return settings; }
    String getContent() { return content; }
    int getRaters() { return raters; }
    Instant getClosedAt() { return closedAt; }
}

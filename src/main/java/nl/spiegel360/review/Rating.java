package nl.spiegel360.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One answer of one questionnaire: a score on the scale, or null for "can't judge". */
@Entity
@Table(name = "rating")
class Rating {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rating_seq")
    @SequenceGenerator(name = "rating_seq", sequenceName = "rating_seq", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "indicator_id", nullable = false)
    private long indicatorId;

    private @Nullable Integer score;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Rating() {
        this.updatedAt = Instant.EPOCH;
    }

    Rating(long assignmentId, long indicatorId, @Nullable Integer score, Instant now) {
        this.assignmentId = assignmentId;
        this.indicatorId = indicatorId;
        this.score = score;
        this.updatedAt = now;
    }

    void answer(@Nullable Integer score, Instant now) {
        this.score = score;
        this.updatedAt = now;
    }

    long getVersion() { return version; }
    long getAssignmentId() { return assignmentId; }
    long getIndicatorId() { return indicatorId; }
    @Nullable Integer getScore() { return score; }
}

package nl.spiegel360.report;

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

/** The manager's agreed level of one competency in one review, kept beside the consensus it was based on. */
@Entity
@Table(name = "calibration")
class Calibration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calibration_seq")
    @SequenceGenerator(name = "calibration_seq", sequenceName = "calibration_seq", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "competency_id", nullable = false)
    private long competencyId;

    @Column(name = "consensus_level")
    private @Nullable Integer consensusLevel;

    private @Nullable Integer level;

    @Column(length = 2000)
    private @Nullable String reason;

    @Column(name = "calibrated_by", nullable = false)
    private long calibratedBy;

    @Column(name = "calibrated_at", nullable = false)
    private Instant calibratedAt;

    protected Calibration() {
        this.calibratedAt = Instant.EPOCH;
    }

    Calibration(long reviewId, long competencyId) {
        this();
        this.reviewId = reviewId;
        this.competencyId = competencyId;
    }

    void set(@Nullable Integer consensusLevel, @Nullable Integer level, @Nullable String reason, long by, Instant at) {
        this.consensusLevel = consensusLevel;
        this.level = level;
        this.reason = reason;
        this.calibratedBy = by;
        this.calibratedAt = at;
    }

    long getReviewId() { return reviewId; }
    long getCompetencyId() { return competencyId; }
    @Nullable Integer getConsensusLevel() { return consensusLevel; }
    @Nullable Integer getLevel() { return level; }
    @Nullable String getReason() { return reason; }
}

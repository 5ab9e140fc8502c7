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
import nl.spiegel360.base.StoredId;
import org.jspecify.annotations.Nullable;

/** A rater's optional comment on one competency. HR can hide it from reports, with a reason. */
@Entity
@Table(name = "competency_comment")
class CompetencyComment {


    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competency_comment_seq")
    @SequenceGenerator(name = "competency_comment_seq", sequenceName = "competency_comment_seq", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "competency_id", nullable = false)
    private long competencyId;

    @Column(nullable = false, length = ReviewLimits.COMMENT_MAX)
    private String text;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason", length = 1000)
    private @Nullable String hiddenReason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CompetencyComment() {
        this.text = "";
        this.updatedAt = Instant.EPOCH;
    }

    CompetencyComment(long assignmentId, long competencyId, String text, Instant now) {
        this.assignmentId = assignmentId;
        this.competencyId = competencyId;
        this.text = text;
        this.updatedAt = now;
    }

    void write(String text, Instant now) {
        this.text = text;
        this.updatedAt = now;
    }

    void hide(String reason) {
        this.hidden = true;
        this.hiddenReason = reason;
    }

    long getId() { return StoredId.of(id); }
    long getVersion() { return version; }
    long getAssignmentId() { return assignmentId; }
    long getCompetencyId() { return competencyId; }
    String getText() { return text; }
    boolean isHidden() { return hidden; }
}

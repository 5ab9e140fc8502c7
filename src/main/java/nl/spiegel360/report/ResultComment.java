package nl.spiegel360.report;

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
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.base.StoredId;
import org.jspecify.annotations.Nullable;

/**
 * A comment of a closed review that its report may show, at a position that follows the text and never the
 * rater. Only the manager's and the employee's own comments carry an author; HR may hide one before release.
 */
@Entity
@Table(name = "result_comment")
class ResultComment {

    static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "result_comment_seq")
    @SequenceGenerator(name = "result_comment_seq", sequenceName = "result_comment_seq", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "competency_id", nullable = false)
    private long competencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_group", nullable = false, length = 16)
    private RaterGroup group;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "author_id")
    private @Nullable Long authorId;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason", length = REASON_MAX)
    private @Nullable String hiddenReason;

    protected ResultComment() {
        this.group = RaterGroup.PEER;
        this.text = "";
    }

    ResultComment(long reviewId, long competencyId, RaterGroup group, int position, String text,
            @Nullable Long authorId) {
        this.reviewId = reviewId;
        this.competencyId = competencyId;
        this.group = group;
        this.position = position;
        this.text = text;
        this.authorId = authorId;
    }

    long getId() { return StoredId.of(id); }
    long getReviewId() { return reviewId; }
    long getCompetencyId() { return competencyId; }
    RaterGroup getGroup() { return group; }
    int getPosition() { return position; }
    String getText() { return text; }
    @Nullable Long getAuthorId() { return authorId; }
    boolean isHidden() { return hidden; }
    void hide(String reason) {
        this.hidden = true;
        this.hiddenReason = reason;
    }
}

package nl.spiegel360.development;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.spiegel360.base.StoredId;
import org.jspecify.annotations.Nullable;

/** One line of a plan's history: a comment, a check-in on a focus point, or a step in its agreement. */
@Entity
@Table(name = "plan_entry")
class PlanEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_entry_seq")
    @SequenceGenerator(name = "plan_entry_seq", sequenceName = "plan_entry_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "focus_id")
    private @Nullable Long focusId;

    @Column(name = "author_id")
    private @Nullable Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EntryKind kind;

    @Column(length = 2000)
    private @Nullable String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PlanEntry() {
        this.kind = EntryKind.COMMENT;
        this.createdAt = Instant.EPOCH;
    }

    PlanEntry(long planId, @Nullable Long focusId, @Nullable Long authorId, EntryKind kind, @Nullable String text,
            Instant createdAt) {
        this.planId = planId;
        this.focusId = focusId;
        this.authorId = authorId;
        this.kind = kind;
        this.text = text;
        this.createdAt = createdAt;
    }

    long getId() { return StoredId.of(id); }
    long getPlanId() { return planId; }
    @Nullable Long getFocusId() { return focusId; }
    @Nullable Long getAuthorId() { return authorId; }
    EntryKind getKind() { return kind; }
    @Nullable String getText() { return text; }
    Instant getCreatedAt() { return createdAt; }
}

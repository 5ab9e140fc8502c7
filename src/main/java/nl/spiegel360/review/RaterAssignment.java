package nl.spiegel360.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.LocalDate;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.base.StoredId;
import org.jspecify.annotations.Nullable;

/** One rater asked to rate one employee: a feedback request. */
@Entity
@Table(name = "rater_assignment")
class RaterAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rater_assignment_seq")
    @SequenceGenerator(name = "rater_assignment_seq", sequenceName = "rater_assignment_seq", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    private Review review;

    /** Null once the rater's personal data has been erased; the submitted ratings stay. */
    @Column(name = "rater_id")
    private @Nullable Long raterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_group", nullable = false, length = 16)
    private RaterGroup group;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssignmentStatus status;

    @Column(name = "decline_reason", length = ReviewLimits.REASON_MAX)
    private @Nullable String declineReason;

    @Column(name = "nominated_by")
    private @Nullable Long nominatedBy;

    @Column(name = "extended_until")
    private @Nullable LocalDate extendedUntil;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "reminded_at")
    private @Nullable Instant remindedAt;

    @Column(name = "added_during_rating", nullable = false)
    private boolean addedDuringRating;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the rater was asked: made as a request, or their proposal approved. */
    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    protected RaterAssignment() {
        this.review = new Review();
        this.group = RaterGroup.PEER;
        this.status = AssignmentStatus.NOT_STARTED;
        this.updatedAt = Instant.EPOCH;
        this.askedAt = Instant.EPOCH;
    }

    RaterAssignment(Review review, long raterId, RaterGroup group, AssignmentStatus status,
            @Nullable Long nominatedBy, Instant now) {
        this.review = review;
        this.raterId = raterId;
        this.group = group;
        this.status = status;
        this.nominatedBy = nominatedBy;
        this.updatedAt = now;
        this.askedAt = now;
    }

    /** Whether the rater may still change answers today: open, the review collecting, the deadline not passed. */
    boolean acceptsAnswersOn(LocalDate today) {
        return status.open() && review.isCollecting() && review.getCycle().getState().acceptsAnswers()
                && !today.isAfter(lastDay());
    }

    /** The last day on which this rater may still change or submit answers. */
    LocalDate lastDay() {
        LocalDate deadline = review.getCycle().getRatingDeadline();
        return extendedUntil != null && extendedUntil.isAfter(deadline) ? extendedUntil : deadline;
    }

    /** An external rater's request: nobody in the organisation, their identity kept beside it. */
    RaterAssignment(Review review, AssignmentStatus status, long nominatedBy, Instant now) {
        this.review = review;
        this.group = RaterGroup.EXTERNAL;
        this.status = status;
        this.nominatedBy = nominatedBy;
        this.updatedAt = now;
        this.askedAt = now;
    }

    /**
     * Whether somebody can be told about this request: a colleague, or an external rater (whose address, where not
     * erased, is kept beside the request).
     */
    boolean reachable() {
        return raterId != null || group == RaterGroup.EXTERNAL;
    }

    long getId() { return StoredId.of(id); }
    long getVersion() { return version; }
    Review getReview() { return review; }
    @Nullable Long getRaterId() { return raterId; }
    RaterGroup getGroup() { return group; }
    AssignmentStatus getStatus() { return status; }
    void setStatus(AssignmentStatus status, Instant now) {
        if (this.status == AssignmentStatus.PROPOSED && status == AssignmentStatus.NOT_STARTED) {
            this.askedAt = now;
        }
        this.status = status;
        this.updatedAt = now;
    }

    Instant getAskedAt() { return askedAt; }
    @Nullable String getDeclineReason() { return declineReason; }
    void decline(String reason, Instant now) {
        this.declineReason = reason;
        setStatus(AssignmentStatus.DECLINED, now);
    }
    @Nullable Long getNominatedBy() { return nominatedBy; }
    void extendUntil(LocalDate day) { this.extendedUntil = day; }
    @Nullable Instant getSubmittedAt() { return submittedAt; }
    void submit(Instant now) {
        this.submittedAt = now;
        setStatus(AssignmentStatus.SUBMITTED, now);
    }
    @Nullable Instant getRemindedAt() { return remindedAt; }
    void reminded(Instant now) { this.remindedAt = now; }
    void forgetRater() { this.raterId = null; }
    boolean isAddedDuringRating() { return addedDuringRating; }
    void markAddedDuringRating() { this.addedDuringRating = true; }
}

package nl.spiegel360.development;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.spiegel360.base.StoredId;
import org.jspecify.annotations.Nullable;

/** The development plan of one released review: its focus points, owned by the employee, agreed by the manager. */
@Entity
@Table(name = "development_plan")
class DevelopmentPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "development_plan_seq")
    @SequenceGenerator(name = "development_plan_seq", sequenceName = "development_plan_seq", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "review_id", nullable = false, unique = true)
    private long reviewId;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanState state;

    @Column(name = "shared_with_hr", nullable = false)
    private boolean sharedWithHr;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "agreed_at")
    private @Nullable Instant agreedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderBy("position")
    private List<PlanFocus> focus = new ArrayList<>();

    protected DevelopmentPlan() {
        this.state = PlanState.DRAFT;
        this.createdAt = Instant.EPOCH;
    }

    DevelopmentPlan(long reviewId, long employeeId, Instant createdAt) {
        this();
        this.reviewId = reviewId;
        this.employeeId = employeeId;
        this.createdAt = createdAt;
    }

    /** A change by the employee: an agreed or proposed plan goes back to draft, to be put to the manager again. */
    boolean changed() {
        boolean wasSettled = state != PlanState.DRAFT;
        state = PlanState.DRAFT;
        agreedAt = null;
        return wasSettled;
    }

    void propose() {
        state = PlanState.PROPOSED;
    }

    void agree(Instant at) {
        state = PlanState.AGREED;
        agreedAt = at;
    }

    void share(boolean shared) {
        this.sharedWithHr = shared;
    }

    PlanFocus addFocus(PlanFocus added) {
        focus.add(added);
        renumber();
        return added;
    }

    void removeFocus(PlanFocus removed) {
        focus.remove(removed);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < focus.size(); i++) {
            focus.get(i).setPosition(i);
        }
    }

    long getId() { return StoredId.of(id); }
    long getReviewId() { return reviewId; }
    long getEmployeeId() { return employeeId; }
    PlanState getState() { return state; }
    boolean isSharedWithHr() { return sharedWithHr; }
    Instant getCreatedAt() { return createdAt; }
    @Nullable Instant getAgreedAt() { return agreedAt; }
    List<PlanFocus> getFocus() { return focus; }
}

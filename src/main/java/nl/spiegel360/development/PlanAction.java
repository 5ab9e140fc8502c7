package nl.spiegel360.development;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** What the employee will do for a focus point, by when, with whose support; reminded once before its date. */
@Entity
@Table(name = "plan_action")
class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_action_seq")
    @SequenceGenerator(name = "plan_action_seq", sequenceName = "plan_action_seq", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 1000)
    private String what;

    @Column(name = "due_on")
    private @Nullable LocalDate dueOn;

    @Column(length = 500)
    private @Nullable String support;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "reminded_at")
    private @Nullable Instant remindedAt;

    protected PlanAction() {
        this.what = "";
    }

    PlanAction(String what, @Nullable LocalDate dueOn, @Nullable String support) {
        this.what = what;
        this.dueOn = dueOn;
        this.support = support;
    }

    void setDone(boolean done) {
        this.done = done;
    }

    void reminded(Instant at) {
        this.remindedAt = at;
    }

    long getId() { return StoredId.of(id); }
    String getWhat() { return what; }
    @Nullable LocalDate getDueOn() { return dueOn; }
    @Nullable String getSupport() { return support; }
    boolean isDone() { return done; }
    @Nullable Instant getRemindedAt() { return remindedAt; }
}

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

/**
 * The follow-up pulse of a plan: open from {@code opensOn} until it closes (by {@code closesOn} at the latest), then
 * frozen: {@code result} holds per focus indicator and group the mean and count, for the groups that reached the
 * anonymity minimum stored with it (from the review's cycle).
 */
@Entity
@Table(name = "pulse")
class Pulse {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pulse_seq")
    @SequenceGenerator(name = "pulse_seq", sequenceName = "pulse_seq", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "plan_id", nullable = false, unique = true)
    private long planId;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "scale_max", nullable = false)
    private int scaleMax;

    @Column(nullable = false, length = 500)
    private String minimums;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(columnDefinition = "text")
    private @Nullable String result;

    protected Pulse() {
        this.opensOn = LocalDate.EPOCH;
        this.closesOn = LocalDate.EPOCH;
        this.minimums = "{}";
    }

    Pulse(long planId, LocalDate opensOn, LocalDate closesOn, int scaleMax, String minimums) {
        this.planId = planId;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.scaleMax = scaleMax;
        this.minimums = minimums;
    }

    void close(Instant at, String frozen) {
        this.closedAt = at;
        this.result = frozen;
    }

    boolean isOpen() {
        return closedAt == null;
    }

    long getId() { return StoredId.of(id); }
    long getPlanId() { return planId; }
    LocalDate getOpensOn() { return opensOn; }
    LocalDate getClosesOn() { return closesOn; }
    int getScaleMax() { return scaleMax; }
    String getMinimums() { return minimums; }
    @Nullable Instant getClosedAt() { return closedAt; }
    @Nullable String getResult() { return result; }
}

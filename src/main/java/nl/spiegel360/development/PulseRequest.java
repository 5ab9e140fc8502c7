package nl.spiegel360.development;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.base.StoredId;
import org.jspecify.annotations.Nullable;

/**
 * One rater's part of a pulse: their answers per focus indicator (a null score: can't judge), submitted once. The rater is
 * forgotten (null) when their account is erased; what they answered stays without their name.
 */
@Entity
@Table(name = "pulse_request")
class PulseRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pulse_request_seq")
    @SequenceGenerator(name = "pulse_request_seq", sequenceName = "pulse_request_seq", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "pulse_id", nullable = false)
    private Pulse pulse;

    @Column(name = "rater_id")
    private @Nullable Long raterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_group", nullable = false, length = 16)
    private RaterGroup group;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "pulse_rating", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyColumn(name = "indicator_id")
    private Map<Long, PulseAnswer> answers = new HashMap<>();

    protected PulseRequest() {
        this.pulse = new Pulse();
        this.group = RaterGroup.OTHER;
    }

    PulseRequest(Pulse pulse, long raterId, RaterGroup group) {
        this.pulse = pulse;
        this.raterId = raterId;
        this.group = group;
    }

    void answer(long indicatorId, @Nullable Integer score, Instant at) {
        answers.put(indicatorId, new PulseAnswer(score, at));
    }

    void submit(Instant at) {
        this.submittedAt = at;
    }

    boolean isSubmitted() {
        return submittedAt != null;
    }

    long getId() { return StoredId.of(id); }
    Pulse getPulse() { return pulse; }
    @Nullable Long getRaterId() { return raterId; }
    RaterGroup getGroup() { return group; }
    @Nullable Instant getSubmittedAt() { return submittedAt; }
    Map<Long, PulseAnswer> getAnswers() { return answers; }
}

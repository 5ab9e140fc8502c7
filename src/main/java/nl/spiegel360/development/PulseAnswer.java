package nl.spiegel360.development;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One answer of a pulse: a score on the scale, or null for "can't judge", as every answer of the product. */
@Embeddable
class PulseAnswer {

    @Column(name = "score")
    private @Nullable Integer score;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected PulseAnswer() {
        this.answeredAt = Instant.EPOCH;
    }

    PulseAnswer(@Nullable Integer score, Instant answeredAt) {
        this.score = score;
        this.answeredAt = answeredAt;
    }

    @Nullable Integer getScore() { return score; }
    Instant getAnsweredAt() { return answeredAt; }
}

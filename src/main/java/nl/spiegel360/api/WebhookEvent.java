package nl.spiegel360.api;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook can be told of: a review's, plan's and cycle's life, by ids only. */
public enum WebhookEvent {
    REVIEW_CLOSED("review.closed"),
    REVIEW_RELEASED("review.released"),
    PLAN_AGREED("plan.agreed"),
    PULSE_CLOSED("pulse.closed"),
    CYCLE_LAUNCHED("cycle.launched"),
    CYCLE_CLOSED("cycle.closed");

    private final String value;

    WebhookEvent(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<WebhookEvent> of(String value) {
        return Arrays.stream(values()).filter(e -> e.value.equals(value)).findFirst();
    }
}

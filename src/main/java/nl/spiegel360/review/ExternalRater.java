package nl.spiegel360.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who an external rater (a customer, a partner) is: personal data of somebody outside the organisation, kept beside
 * their one request and nowhere else. Erasing it ({@link ExternalRaters#erase}) keeps the request and its answers,
 * without a name.
 */
@Entity
@Table(name = "external_rater")
class ExternalRater {

    @Id
    @Column(name = "assignment_id")
    private long assignmentId;

    @Column(length = ReviewLimits.EXTERNAL_NAME_MAX)
    private @Nullable String name;

    @Column(length = 254)
    private @Nullable String email;

    @Column(length = ReviewLimits.EXTERNAL_NAME_MAX)
    private @Nullable String organisation;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "cycle_id", nullable = false)
    private long cycleId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "erased_at")
    private @Nullable Instant erasedAt;

    protected ExternalRater() {
        this.language = "nl";
        this.createdAt = Instant.EPOCH;
    }

    ExternalRater(long assignmentId, long cycleId, String name, String email, String organisation, String language,
            Instant now) {
        this.assignmentId = assignmentId;
        this.cycleId = cycleId;
        this.name = name;
        this.email = email;
        this.organisation = organisation;
        this.language = language;
        this.createdAt = now;
    }

    long getAssignmentId() { return assignmentId; }
    @Nullable String getName() { return name; }
    @Nullable String getEmail() { return email; }
    @Nullable String getOrganisation() { return organisation; }
    String getLanguage() { return language; }
    long getCycleId() { return cycleId; }
    @Nullable Instant getErasedAt() { return erasedAt; }

    /** The name as lists show it: the name and organisation, or a dash once erased. */
    String shownName() {
        if (name == null) {
            return "—";
        }
        return organisation == null || organisation.isBlank() ? name : name + " (" + organisation + ")";
    }
}

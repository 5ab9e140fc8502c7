package nl.spiegel360.privacy;

import java.util.List;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.ReviewErasure;
import nl.spiegel360.review.ReviewReadModels.CycleSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's privacy tasks beside the export: erasure of a person, and purging closed cycles past their retention, with a
 * preview first. Each module removes what it keeps on the events of the reviews' deletion and the person's erasure.
 */
@Service
@Transactional
@PreAuthorize("hasRole('HR')")
public class PrivacyService {

    private final PersonAdministration people;
    private final ReviewErasure reviews;
    private final CycleService cycles;
    private final AuditLog audit;

    PrivacyService(PersonAdministration people, ReviewErasure reviews, CycleService cycles, AuditLog audit) {
        this.people = people;
        this.reviews = reviews;
        this.cycles = cycles;
        this.audit = audit;
    }

    /** Erases a person: their own reviews go, their ratings of others stay without their name, their data is gone. */
    public void erase(long personId) {
        reviews.deleteReviews(reviews.reviewsOf(personId));
        people.erase(personId);
    }

    /** The closed cycles that a purge with this retention would remove. */
    @Transactional(readOnly = true)
    public List<CycleSummary> retentionPreview(int months) {
        return reviews.expiredCycles(months).stream().map(cycles::cycle).toList();
    }

    /** Removes every closed cycle past this retention, with all its reviews; returns how many cycles. */
    public int purge(int months) {
        List<Long> expired = reviews.expiredCycles(months);
        for (long cycleId : expired) {
            reviews.deleteCycle(cycleId);
            audit.record("cycle.purged", "review_cycle", cycleId, months + " months");
        }
        return expired.size();
    }
}

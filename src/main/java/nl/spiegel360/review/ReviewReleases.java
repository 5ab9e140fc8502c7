package nl.spiegel360.review;

import java.util.List;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The release of a closed review's report to its employee: by its manager or HR, once the conditions the report
 * module sets hold ({@link ReleaseConditions}), recorded and told to whoever follows releases ({@link ReviewReleased}).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReviewReleases {

    private final ReviewRepository reviews;
    private final ReviewDataAssembler assembler;
    private final ReviewAccess access;
    private final ObjectProvider<ReleaseConditions> releaseConditions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    ReviewReleases(ReviewRepository reviews, ReviewDataAssembler assembler, ReviewAccess access,
            ObjectProvider<ReleaseConditions> releaseConditions, AuditLog audit, ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.reviews = reviews;
        this.assembler = assembler;
        this.access = access;
        this.releaseConditions = releaseConditions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Releases a closed review's report to the employee, by its manager or HR, once the {@link ReleaseConditions}
     * hold; the one place a report is released.
     */
    @Transactional
    public void release(long reviewId) {
        Review review = reviews.findWithCycle(reviewId).orElseThrow(ReviewAccess::notFound);
        access.requireManagerOrHr(review);
        if (review.isCollecting()) {
            throw new UserFacingException("report.error.collecting");
        }
        List<String> unmet = releaseConditions.getObject().unmet(reviewId);
        if (!unmet.isEmpty()) {
            throw new UserFacingException("report.error.calibrate-first", String.join(", ", unmet));
        }
        if (review.getReleasedAt() == null) {
            review.release(clock.instant());
            audit.record("report.released", "review", reviewId, null);
            events.publishEvent(new ReviewReleased(assembler.infos(List.of(review)).getFirst()));
        }
    }
}

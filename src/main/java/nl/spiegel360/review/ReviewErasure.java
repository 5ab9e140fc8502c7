package nl.spiegel360.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removing review data for privacy: a person's own reviews go entirely, their ratings of others stay but no
 * longer point to them, and closed cycles past their retention are purged whole.
 */
@Service
@Transactional
@PreAuthorize("hasRole('HR')")
public class ReviewErasure {

    private final EntityManagerAccess data;
    private final ReviewRepository reviews;
    private final ReviewCycleRepository cycles;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    ReviewErasure(EntityManagerAccess data, ReviewRepository reviews, ReviewCycleRepository cycles, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.data = data;
        this.reviews = reviews;
        this.cycles = cycles;
        this.clock = clock;
    }

    /** The ids of the reviews in which this person is the employee. */
    @Transactional(readOnly = true)
    public List<Long> reviewsOf(long personId) {
        return reviews.findByEmployee(personId).stream().map(Review::getId).toList();
    }

    /**
     * Deletes these reviews with everything in them; other modules delete what they keep of them first, on
     * {@link ReviewsDeleted}.
     */
    public void deleteReviews(List<Long> reviewIds) {
        if (!reviewIds.isEmpty()) {
            events.publishEvent(new ReviewsDeleted(reviewIds));
            data.deleteReviews(reviewIds);
        }
    }

    /** A person is erased: detached from every questionnaire they filled in and every review they managed. */
    @org.springframework.context.event.EventListener
    public void forget(nl.spiegel360.people.PersonErased erased) {
        long personId = erased.personId();
        data.forgetRater(personId);
        data.forgetManager(personId);
    }

    /** Closed cycles whose rating deadline lies more than this many months back. */
    @Transactional(readOnly = true)
    public List<Long> expiredCycles(int months) {
        LocalDate limit = LocalDate.now(clock).minusMonths(months);
        return cycles.findByStates(List.of(CycleState.CLOSED)).stream()
                .filter(c -> c.getRatingDeadline().isBefore(limit)).map(ReviewCycle::getId).toList();
    }

    /** The reviews of a cycle, for purging. */
    @Transactional(readOnly = true)
    public List<Long> reviewsOfCycle(long cycleId) {
        return reviews.findByCycle(cycleId).stream().map(Review::getId).toList();
    }

    /** Deletes a cycle with its reviews (see {@link #deleteReviews}). */
    public void deleteCycle(long cycleId) {
        deleteReviews(reviewsOfCycle(cycleId));
        cycles.deleteById(cycleId);
    }
}

/** The bulk statements behind erasure and purging. */
interface EntityManagerAccess extends org.springframework.data.repository.Repository<Review, Long> {

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Rating r where r.assignmentId in (select a.id from RaterAssignment a where a.review.id in :ids)")
    void deleteRatings(@Param("ids") List<Long> reviewIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            delete from CompetencyComment c
            where c.assignmentId in (select a.id from RaterAssignment a where a.review.id in :ids)""")
    void deleteComments(@Param("ids") List<Long> reviewIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from RaterAssignment a where a.review.id in :ids")
    void deleteAssignments(@Param("ids") List<Long> reviewIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Review r where r.id in :ids")
    void deleteReviewRows(@Param("ids") List<Long> reviewIds);

    default void deleteReviews(List<Long> reviewIds) {
        deleteRatings(reviewIds);
        deleteComments(reviewIds);
        deleteAssignments(reviewIds);
        deleteReviewRows(reviewIds);
    }

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update RaterAssignment a set a.raterId = null, a.nominatedBy = null where a.raterId = :person")
    void forgetRater(@Param("person") long personId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Review r set r.managerId = null where r.managerId = :person")
    void forgetManager(@Param("person") long personId);
}

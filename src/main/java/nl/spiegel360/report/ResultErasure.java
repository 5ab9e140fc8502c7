package nl.spiegel360.report;

import java.util.Collection;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What erasure and retention take from reports, on the other modules' events: the frozen results, agreed levels and
 * comments of deleted reviews, and an erased person's name from the comments they wrote (the comments stay, in the
 * results they belong to).
 */
@Service
public class ResultErasure {

    private final ReviewResultRepository results;
    private final ResultCommentRepository comments;
    private final CalibrationRepository calibrations;
    private final ReleasedStandings standings;

    ResultErasure(ReviewResultRepository results, ResultCommentRepository comments,
            CalibrationRepository calibrations, ReleasedStandings standings) {
        this.standings = standings;
        this.results = results;
        this.comments = comments;
        this.calibrations = calibrations;
    }

    /** Removes what reports keep of reviews that are being deleted (erasure, retention). */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    @EventListener
    public void forgetReviews(nl.spiegel360.review.ReviewsDeleted deleted) {
        Collection<Long> reviewIds = deleted.reviewIds();
        if (!reviewIds.isEmpty()) {
            standings.forget(reviewIds);
            calibrations.deleteForReviews(reviewIds);
            comments.deleteForReviews(reviewIds);
            results.deleteForReviews(reviewIds);
        }
    }

    /** A person is erased: their comments stay in the results they belong to, without their name. */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    @EventListener
    public void forgetAuthor(nl.spiegel360.people.PersonErased erased) {
        comments.forgetAuthor(erased.personId());
    }
}

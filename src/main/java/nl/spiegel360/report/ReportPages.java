package nl.spiegel360.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spiegel360.base.LocalePreference;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.review.ReviewDataService;
import nl.spiegel360.review.ReviewInfo;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of many reviews at once, a page at a time: the team overview, the cycle's exports and the API's
 * results. Each page's stored results, agreed levels and profiles are read together and built by the one builder
 * of a report ({@link ReportBuilder}), without comments; who may follow which review is the review module's rule
 * ({@link ReviewDataService}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReportPages {

    private final ReviewDataService reviewData;
    private final ProfileReader profiles;
    private final ReviewResultRepository results;
    private final CalibrationRepository calibrations;

    ReportPages(ReviewDataService reviewData, ProfileReader profiles, ReviewResultRepository results,
            CalibrationRepository calibrations) {
        this.reviewData = reviewData;
        this.profiles = profiles;
        this.results = results;
        this.calibrations = calibrations;
    }

    /** Per closed review of a cycle (that the user may follow): the level per competency against its norm. */
    public List<TeamOverview.Row> teamOverview(long cycleId) {
        return teamOverview(cycleId, LocalePreference.SUPPORTED.getFirst());
    }

    /** As {@link #teamOverview(long)}, with the competencies named in the reader's language where they can be. */
    public List<TeamOverview.Row> teamOverview(long cycleId, Locale locale) {
        return rows(reviewData.closedInCycle(cycleId), locale);
    }

    /**
     * One page of the overview, by the employee's name: the page's reviews and their stored results only, so that
     * a screen reads what it shows whatever the size of the cycle.
     */
    public List<TeamOverview.Row> teamOverview(long cycleId, Locale locale, int offset, int limit) {
        return rows(reviewData.closedInCycle(cycleId, offset, limit), locale);
    }

    /**
     * One page of the overview's reviews without their results, by the employee's name: for a reader that builds
     * each report on its own (the archive of PDFs), so that no result is read twice.
     */
    public List<ReviewInfo> teamOverviewReviews(long cycleId, int offset, int limit) {
        return reviewData.closedInCycle(cycleId, offset, limit);
    }

    /** How many rows the overview of a cycle has. */
    public long countTeamOverview(long cycleId) {
        return reviewData.countClosedInCycle(cycleId);
    }

    private List<TeamOverview.Row> rows(List<ReviewInfo> closed, Locale locale) {
        Map<Long, ReviewInfo> byId = new HashMap<>();
        closed.forEach(info -> byId.put(info.reviewId(), info));
        return figures(closed, locale).stream().map(report -> {
            ReviewInfo info = java.util.Objects.requireNonNull(byId.get(report.reviewId()));
            return new TeamOverview.Row(info.reviewId(), info.employeeName(), info.team(), report.rows());
        }).toList();
    }

    /**
     * For HR, a page of released reviews' reports at once, with their figures and indicator texts and without
     * comments: for a reader of figures only (the API), in a handful of statements whatever the page's size.
     */
    @PreAuthorize("hasRole('HR')")
    public List<Report> releasedFigures(List<ReviewInfo> released, Locale locale) {
        if (released.stream().anyMatch(r -> !r.released())) {
            throw new UserFacingException("common.not-found");
        }
        return figures(released, locale);
    }

    /**
     * The reports of these closed reviews as HR and their managers read them, without comments: each page's stored
     * results, agreed levels and profiles read together. Reviews without a stored result are left out.
     */
    private List<Report> figures(List<ReviewInfo> closed, Locale locale) {
        if (closed.isEmpty()) {
            return List.of();
        }
        List<Long> ids = closed.stream().map(ReviewInfo::reviewId).toList();
        Map<Long, ReviewResult> stored = new HashMap<>();
        results.findByReviewIdIn(ids).forEach(r -> stored.put(r.getReviewId(), r));
        Map<Long, List<Calibration>> calibrated = new HashMap<>();
        calibrations.findByReviewIdIn(ids).forEach(c -> calibrated.computeIfAbsent(c.getReviewId(),
                k -> new ArrayList<>()).add(c));
        Map<Long, ProfileDocument> documents = profiles.documents(stored.values().stream()
                .map(ReviewResult::getProfileId).toList());
        List<Report> reports = new ArrayList<>();
        for (ReviewInfo info : closed) {
            ReviewResult result = stored.get(info.reviewId());
            if (result == null) {
                continue;
            }
            ProfileDocument document = documents.get(result.getProfileId());
            if (document == null) {
                throw new IllegalStateException("No profile " + result.getProfileId());
            }
            reports.add(ReportBuilder.build(ReportBuilder.Stored.of(info, result, List.of(), Map.of()),
                    document.in(locale), calibrated.getOrDefault(info.reviewId(), List.of()), Map.of(), false, false));
        }
        return reports;
    }
}

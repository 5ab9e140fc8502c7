package nl.spiegel360.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.spiegel360.aggregation.AggregationEngine;
import nl.spiegel360.aggregation.AggregationInput;
import nl.spiegel360.aggregation.AggregationResult;
import nl.spiegel360.aggregation.AggregationResult.CompetencyResult;
import nl.spiegel360.aggregation.AggregationResult.GroupResult;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.CompetencyViews.ProfileCompetency;
import nl.spiegel360.competency.CompetencyViews.ProfileDocument;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.review.ReviewData;
import nl.spiegel360.review.ReviewDataService;
import nl.spiegel360.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes consolidated reports with the aggregation engine, from a constant number of queries per review. The
 * employee sees their report only once it is released; their manager and HR see it from the start; nobody else.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReportService {

    private final ReviewDataService reviewData;
    private final ProfileReader profiles;
    private final CalibrationRepository calibrations;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ReportService(ReviewDataService reviewData, ProfileReader profiles, CalibrationRepository calibrations,
            CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.reviewData = reviewData;
        this.profiles = profiles;
        this.calibrations = calibrations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Report report(long reviewId) {
        ReviewData data = reviewData.review(reviewId);
        boolean manages = reviewData.managesReview(reviewId);
        if (!manages && data.releasedAt() == null) {
            throw new UserFacingException("common.not-found");
        }
        Map<String, Integer> previous = previousLevels(reviewId);
        Report report = ReportBuilder.build(data, profiles.document(data.profileId()),
                calibrations.findByReviewId(reviewId), previous, manages && data.releasedAt() == null);
        audit.record("report.viewed", "review", reviewId, null);
        return report;
    }

    /**
     * The manager confirms the consensus level of a competency, or sets another with a reason. Both levels
     * are kept, and the act is audited.
     */
    @Transactional
    public void calibrate(long reviewId, long competencyId, @Nullable Integer level, @Nullable String reason) {
        requireCalibration(reviewId);
        Report report = ReportBuilder.build(reviewData.review(reviewId),
                profiles.document(reviewData.review(reviewId).profileId()), calibrations.findByReviewId(reviewId),
                Map.of(), true);
        Report.CompetencyRow row = report.rows().stream().filter(r -> r.competencyId() == competencyId).findFirst()
                .orElseThrow(() -> new UserFacingException("common.not-found"));
        String why = reason == null ? "" : reason.strip();
        if (level != null && (level < 0 || level > row.drilldown().levels().size())) {
            throw new UserFacingException("report.error.level");
        }
        if (!java.util.Objects.equals(level, row.consensusLevel()) && why.isEmpty()) {
            throw new UserFacingException("report.error.reason-required");
        }
        if (why.length() > 2000) {
            throw new UserFacingException("report.error.reason-too-long");
        }
        Calibration calibration = calibrations.findByReviewIdAndCompetencyId(reviewId, competencyId)
                .orElseGet(() -> new Calibration(reviewId, competencyId));
        calibration.set(row.consensusLevel(), level, why.isEmpty() ? null : why, currentUser.require().personId(),
                clock.instant());
        calibrations.save(calibration);
        audit.record("report.calibrated", "review", reviewId, row.label() + ": " + level + " (consensus "
                + row.consensusLevel() + ")");
    }

    /** Releases the report to the employee once every competency has an agreed level. */
    @Transactional
    public void release(long reviewId) {
        requireCalibration(reviewId);
        ReviewData data = reviewData.review(reviewId);
        var calibrated = calibrations.findByReviewId(reviewId).stream().map(Calibration::getCompetencyId).toList();
        long missing = profiles.document(data.profileId()).competencies().stream()
                .filter(c -> !calibrated.contains(c.competencyId())).count();
        if (missing > 0) {
            throw new UserFacingException("report.error.calibrate-first", missing);
        }
        reviewData.release(reviewId);
    }

    /** Removes the calibrations of reviews that are being deleted (erasure, retention). */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public void forgetCalibrations(java.util.Collection<Long> reviewIds) {
        if (!reviewIds.isEmpty()) {
            calibrations.deleteForReviews(reviewIds);
        }
    }

    /** Per review of a cycle (that the user may follow): the final level per competency against its norm. */
    public List<TeamOverview.Row> teamOverview(long cycleId) {
        List<ReviewData> all = reviewData.cycle(cycleId);
        Map<Long, ProfileDocument> documents = profiles.documents(all.stream().map(ReviewData::profileId).toList());
        Map<Long, List<Calibration>> byReview = new HashMap<>();
        calibrations.findByReviewIdIn(all.stream().map(ReviewData::reviewId).toList())
                .forEach(c -> byReview.computeIfAbsent(c.getReviewId(), k -> new ArrayList<>()).add(c));
        List<TeamOverview.Row> rows = new ArrayList<>();
        for (ReviewData data : all) {
            Report report = ReportBuilder.build(data, documents.get(data.profileId()),
                    byReview.getOrDefault(data.reviewId(), List.of()), Map.of(), false);
            rows.add(new TeamOverview.Row(data.reviewId(), data.employeeName(), data.team(), report.rows()));
        }
        return rows;
    }

    private Map<String, Integer> previousLevels(long reviewId) {
        List<Long> earlier = reviewData.earlierReviews(reviewId);
        if (earlier.isEmpty()) {
            return Map.of();
        }
        long previousId = earlier.getFirst();
        ReviewData data = reviewData.review(previousId);
        Report previous = ReportBuilder.build(data, profiles.document(data.profileId()),
                calibrations.findByReviewId(previousId), Map.of(), false);
        Map<String, Integer> levels = new HashMap<>();
        previous.rows().forEach(r -> {
            if (r.finalLevel() != null) {
                levels.put(r.label(), r.finalLevel());
            }
        });
        return levels;
    }

    private void requireCalibration(long reviewId) {
        if (!reviewData.managesReview(reviewId)) {
            throw new UserFacingException("common.not-found");
        }
        if (reviewData.review(reviewId).releasedAt() != null) {
            throw new UserFacingException("report.error.released");
        }
    }

    static <T> void shuffle(List<T> list, long seed) {
        Collections.shuffle(list, new Random(seed));
    }

    static AggregationResult aggregate(ReviewData data, ProfileDocument document, Settings settings) {
        List<AggregationInput.Competency> competencies = new ArrayList<>();
        for (ProfileCompetency c : document.competencies()) {
            competencies.add(new AggregationInput.Competency(String.valueOf(c.competencyId()), c.norm(),
                    c.levels().stream().map(l -> l.indicators().stream().map(i -> String.valueOf(i.id())).toList())
                            .toList()));
        }
        List<AggregationInput.Rater> raters = data.raters().stream().map(r -> {
            Map<String, Integer> scores = new HashMap<>();
            r.scores().forEach((k, v) -> scores.put(String.valueOf(k), v));
            return new AggregationInput.Rater(r.key(), r.group(), scores);
        }).toList();
        return AggregationEngine.aggregate(competencies, raters, settings);
    }

    static int contributing(CompetencyResult result, Settings settings) {
        int n = 0;
        for (Map.Entry<RaterGroup, GroupResult> e : result.groups().entrySet()) {
            if (e.getKey() != RaterGroup.SELF && e.getValue().reported() && settings.weight(e.getKey()) > 0) {
                n += e.getValue().respondents();
            }
        }
        return n;
    }
}

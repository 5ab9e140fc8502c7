package nl.spiegel360.report;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.LocalePreference;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRefs;
import nl.spiegel360.review.CycleSettings;
import nl.spiegel360.review.ReviewDataService;
import nl.spiegel360.review.ReviewInfo;
import nl.spiegel360.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of closed reviews, read from the result stored at close, never from the answers. While a review
 * collects there is no report for anyone. The manager and HR read it from the close, calibrate and release it; the
 * employee reads it once it is released; nobody else.
 *
 * <p>Nine collaborators, on purpose: a report is one read of the stored result, its comments, its agreed levels, the
 * profile's texts and the authors' names, under one access rule and one audit entry; split, each part would need the
 * same rule again. Erasure lives in {@link ResultErasure}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReportService implements nl.spiegel360.review.ReleaseConditions {

    private final ReviewDataService reviewData;
    private final ProfileReader profiles;
    private final ReviewResultRepository results;
    private final ResultCommentRepository comments;
    private final CalibrationRepository calibrations;
    private final PersonDirectory people;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ReportService(ReviewDataService reviewData, ProfileReader profiles, ReviewResultRepository results,
            ResultCommentRepository comments, CalibrationRepository calibrations, PersonDirectory people,
            CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.reviewData = reviewData;
        this.profiles = profiles;
        this.results = results;
        this.comments = comments;
        this.calibrations = calibrations;
        this.people = people;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The report of a closed review as its reader may see it; "not found" while it collects. */
    @Transactional
    public Report report(long reviewId) {
        return report(reviewId, LocalePreference.SUPPORTED.getFirst());
    }

    /**
     * The report in the reader's language: competencies and indicators as the profile has them in that language,
     * else in the original.
     */
    @Transactional
    public Report report(long reviewId, Locale locale) {
        ReviewInfo info = readable(reviewId);
        Report report = build(info, previousLevels(reviewId, locale), reviewData.managesReview(reviewId)
                && !info.released(), info.employeeId() == currentUser.require().personId(), locale);
        audit.record("report.viewed", "review", reviewId, null);
        return report;
    }

    /**
     * The report as {@link #report} gives it to the same readers, for a follow-up that shows parts of it (the
     * development plan); not recorded as a viewing of the report.
     */
    public Report reportForFollowUp(long reviewId) {
        return reportForFollowUp(reviewId, LocalePreference.SUPPORTED.getFirst());
    }

    /** As {@link #reportForFollowUp(long)}, in the reader's language. */
    public Report reportForFollowUp(long reviewId, Locale locale) {
        ReviewInfo info = readable(reviewId);
        // the system (opening a due pulse) is no person, and so not the employee
        boolean employee = currentUser.find().map(u -> u.personId() == info.employeeId()).orElse(false);
        return build(info, Map.of(), false, employee, locale);
    }

    /** A closed review the user may read: its manager and HR from the close, the employee once released. */
    private ReviewInfo readable(long reviewId) {
        ReviewInfo info = reviewData.review(reviewId);
        if (!info.closed() || !reviewData.managesReview(reviewId) && !info.released()) {
            throw new UserFacingException("common.not-found");
        }
        return info;
    }

    /** The report of a review if it has closed, for the manager and HR (the personal-data export). */
    @Transactional
    public java.util.Optional<Report> closedReport(long reviewId) {
        return reviewData.review(reviewId).closed() ? java.util.Optional.of(report(reviewId))
                : java.util.Optional.empty();
    }

    /**
     * The settings the review was closed with (scale, anonymity minimums), for a follow-up that must keep them; for
     * whoever may read the review.
     */
    public nl.spiegel360.aggregation.Settings settings(long reviewId) {
        ReviewInfo info = reviewData.review(reviewId);
        ReviewResult result = results.findById(info.reviewId())
                .orElseThrow(() -> new UserFacingException("common.not-found"));
        return CycleSettings.read(result.getSettings());
    }

    /**
     * The manager confirms the consensus level of a competency, or sets another with a reason. Both levels
     * are kept, and the act is audited.
     */
    @Transactional
    public void calibrate(long reviewId, long competencyId, @Nullable Integer level, @Nullable String reason) {
        ReviewInfo info = requireCalibration(reviewId);
        Report.CompetencyRow row = build(info, Map.of(), true, false).rows().stream()
                .filter(r -> r.competencyId() == competencyId).findFirst()
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

    /**
     * The manager confirms, in one step, the consensus level of every competency not yet agreed; the ones already
     * agreed (the exceptions, with their reasons) stay as they are. Returns how many were confirmed.
     */
    @Transactional
    public int confirmConsensus(long reviewId) {
        ReviewInfo info = requireCalibration(reviewId);
        int confirmed = 0;
        for (Report.CompetencyRow row : build(info, Map.of(), true, false).rows()) {
            if (!row.calibrated()) {
                calibrate(reviewId, row.competencyId(), row.consensusLevel(), null);
                confirmed++;
            }
        }
        return confirmed;
    }

    /**
     * What a released review's report settled on, as HR reads it: for the organisation's figures, kept at release
     * ({@link ReleasedStandings}).
     */
    Report settled(ReviewInfo info) {
        return build(info, Map.of(), false, false);
    }

    /** A released review, for keeping its standings. */
    ReviewInfo releasedReview(long reviewId) {
        ReviewInfo info = reviewData.review(reviewId);
        if (!info.released()) {
            throw new IllegalStateException("Review " + reviewId + " is not released");
        }
        return info;
    }

    /** The competencies of a closed review without an agreed level: what holds its release back. */
    @Override
    @Transactional(readOnly = true)
    public List<String> unmet(long reviewId) {
        return build(requireCalibration(reviewId), Map.of(), true, false).uncalibrated();
    }

    private Report build(ReviewInfo info, Map<String, Integer> previous, boolean canCalibrate,
            boolean readerIsEmployee) {
        return build(info, previous, canCalibrate, readerIsEmployee, LocalePreference.SUPPORTED.getFirst());
    }

    private Report build(ReviewInfo info, Map<String, Integer> previous, boolean canCalibrate,
            boolean readerIsEmployee, Locale locale) {
        ReviewResult result = results.findById(info.reviewId())
                .orElseThrow(() -> new UserFacingException("common.not-found"));
        List<ResultComment> texts = comments.findByReview(info.reviewId());
        Set<Long> authors = new HashSet<>();
        texts.forEach(c -> {
            if (c.getAuthorId() != null) {
                authors.add(c.getAuthorId());
            }
        });
        Map<Long, String> names = new HashMap<>();
        if (!authors.isEmpty()) {
            PersonRefs refs = people.refs(authors);
            refs.all().forEach(ref -> names.put(ref.id(), ref.name()));
        }
        return ReportBuilder.build(ReportBuilder.Stored.of(info, result, texts, names),
                profiles.document(result.getProfileId()).in(locale), calibrations.findByReviewId(info.reviewId()),
                previous, canCalibrate, readerIsEmployee);
    }

    /** The levels of the employee's previous released review, by competency label. */
    private Map<String, Integer> previousLevels(long reviewId, Locale locale) {
        ReviewInfo previous = reviewData.earlierReviews(reviewId).stream().filter(ReviewInfo::released)
                .findFirst().orElse(null);
        if (previous == null) {
            return Map.of();
        }
        Map<String, Integer> levels = new HashMap<>();
        build(previous, Map.of(), false, false, locale).rows().forEach(r -> {
            if (r.finalLevel() != null) {
                levels.put(r.label(), r.finalLevel());
            }
        });
        return levels;
    }

    private ReviewInfo requireCalibration(long reviewId) {
        if (!reviewData.managesReview(reviewId)) {
            throw new UserFacingException("common.not-found");
        }
        ReviewInfo info = reviewData.review(reviewId);
        if (!info.closed()) {
            throw new UserFacingException("report.error.collecting");
        }
        if (info.released()) {
            throw new UserFacingException("report.error.released");
        }
        return info;
    }

}

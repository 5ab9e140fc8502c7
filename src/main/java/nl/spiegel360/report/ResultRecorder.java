package nl.spiegel360.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.AggregationEngine;
import nl.spiegel360.aggregation.AggregationInput;
import nl.spiegel360.aggregation.AggregationResult.CompetencyResult;
import nl.spiegel360.aggregation.AggregationResult.GroupResult;
import nl.spiegel360.aggregation.AggregationResult;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import nl.spiegel360.competency.CompetencyReadModels.ProfileCompetency;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.review.ReviewClosed;
import nl.spiegel360.review.ReviewData;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computes a review's result once, when it closes, inside the closing transaction: the engine runs on the
 * submitted questionnaires and its outcome is stored with the comments a report may show. Comments of a group
 * below its minimum are not stored at all; the others are ordered by their text, so that no order of raters (the
 * nomination list, ids, submission times) can be read from them.
 */
@Component
class ResultRecorder {

    private static final Comparator<ReviewData.Comment> BY_TEXT = Comparator
            .comparing((ReviewData.Comment c) -> c.text().strip().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(ReviewData.Comment::text).thenComparing(c -> c.group().name());

    private final ProfileReader profiles;
    private final ReviewResultRepository results;
    private final ResultCommentRepository comments;

    ResultRecorder(ProfileReader profiles, ReviewResultRepository results, ResultCommentRepository comments) {
        this.profiles = profiles;
        this.results = results;
        this.comments = comments;
    }

    @EventListener
    void closed(ReviewClosed event) {
        List<ReviewData> closing = event.reviews();
        List<Long> ids = closing.stream().map(d -> d.info().reviewId()).toList();
        if (closing.stream().anyMatch(d -> d.info().closedAt() == null) || results.existsByReviewIdIn(ids)) {
            throw new IllegalStateException("reviews " + ids + " are not all closing");
        }
        Map<Long, ProfileDocument> documents = profiles.documents(closing.stream().map(d -> d.info().profileId())
                .toList());
        List<ReviewResult> stored = new ArrayList<>();
        List<ResultComment> kept = new ArrayList<>();
        for (ReviewData data : closing) {
            var info = data.info();
            java.time.Instant closedAt = java.util.Objects.requireNonNull(info.closedAt());
            ProfileDocument document = documents.get(info.profileId());
            if (document == null) {
                throw new IllegalStateException("No profile " + info.profileId());
            }
            AggregationResult result = aggregate(data, document, data.settings());
            stored.add(new ReviewResult(info.reviewId(), info.profileId(), data.settingsJson(),
                    ResultJson.write(result), data.raters().size(), closedAt));
            for (int i = 0; i < document.competencies().size(); i++) {
                long competencyId = document.competencies().get(i).competencyId();
                CompetencyResult r = result.competencies().get(i);
                List<ReviewData.Comment> shown = data.comments().stream()
                        .filter(c -> c.competencyId() == competencyId && shown(c.group(), r)).sorted(BY_TEXT)
                        .toList();
                for (int p = 0; p < shown.size(); p++) {
                    ReviewData.Comment c = shown.get(p);
                    kept.add(new ResultComment(info.reviewId(), competencyId, c.group(), p, c.text().strip(),
                            c.authorId()));
                }
            }
        }
        results.saveAll(stored);
        comments.saveAll(kept);
    }

    /** The employee's own and the manager's comments are shown as theirs; others only for a reported group. */
    private static boolean shown(RaterGroup group, CompetencyResult result) {
        if (group == RaterGroup.SELF || group == RaterGroup.MANAGER) {
            return true;
        }
        GroupResult g = result.groups().get(group);
        return g != null && g.reported();
    }

    static AggregationResult aggregate(ReviewData data, ProfileDocument document, Settings settings) {
        List<AggregationInput.Competency> competencies = new ArrayList<>();
        for (ProfileCompetency c : document.competencies()) {
            competencies.add(ReportBuilder.engineCompetency(c));
        }
        List<AggregationInput.Rater> raters = data.raters().stream().map(r -> {
            Map<String, @Nullable Integer> scores = new HashMap<>();
            r.scores().forEach((k, v) -> scores.put(String.valueOf(k), v));
            return new AggregationInput.Rater(r.key(), r.group(), scores);
        }).toList();
        return AggregationEngine.aggregate(competencies, raters, settings);
    }
}

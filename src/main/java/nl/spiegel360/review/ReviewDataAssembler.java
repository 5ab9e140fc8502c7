package nl.spiegel360.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRef;
import nl.spiegel360.people.PersonRefs;
import nl.spiegel360.review.ReviewData.Comment;
import nl.spiegel360.review.ReviewData.SubmittedRater;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads reviews and their submitted questionnaires in a constant number of queries; checks nobody's rights. */
@Component
class ReviewDataAssembler {

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final CompetencyCommentRepository comments;
    private final PersonDirectory people;

    ReviewDataAssembler(org.springframework.jdbc.core.simple.JdbcClient jdbc, CompetencyCommentRepository comments,
            PersonDirectory people) {
        this.jdbc = jdbc;
        this.comments = comments;
        this.people = people;
    }

    /** The names and states of these reviews. */
    List<ReviewInfo> infos(List<Review> list) {
        PersonRefs refs = people.refs(list.stream().map(Review::getEmployeeId).toList());
        return list.stream().map(r -> info(r, refs)).toList();
    }

    /**
     * Everything the results of these reviews are computed from: per review the submitted questionnaires among its
     * requests ({@code byReview}) and their comments, read for all of them in three queries.
     * Only the requests in {@code byReview} are read: they must be all of each review's requests.
     */
    List<ReviewData> submitted(List<Review> list, Map<Long, List<RaterAssignment>> byReview) {
        List<Long> ids = list.stream().map(Review::getId).toList();
        Map<Long, RaterAssignment> byId = new HashMap<>();
        byReview.values().forEach(l -> l.forEach(a -> byId.put(a.getId(), a)));
        Map<Long, Map<Long, @Nullable Integer>> scores = new HashMap<>();
        List<Long> submitted = byId.values().stream().filter(a -> a.getStatus() == AssignmentStatus.SUBMITTED)
                .map(RaterAssignment::getId).toList();
        if (!submitted.isEmpty()) {
            // the bulk of a close's reading (68 scores per questionnaire), read straight into the scores by request
            jdbc.sql("select assignment_id, indicator_id, score from rating where assignment_id in (:ids)")
                    .param("ids", submitted).query(rs -> {
                        int value = rs.getInt(3);
                        Integer score = rs.wasNull() ? null : value;
                        scores.computeIfAbsent(rs.getLong(1), k -> new HashMap<>(96)).put(rs.getLong(2), score);
                    });
        }
        Map<Long, List<Comment>> texts = new HashMap<>();
        for (CompetencyComment c : comments.findSubmittedForReviews(ids)) {
            RaterAssignment a = byId.get(c.getAssignmentId());
            if (a == null || c.getText().isBlank()) {
                continue;
            }
            boolean named = a.getGroup() == RaterGroup.MANAGER || a.getGroup() == RaterGroup.SELF;
            texts.computeIfAbsent(a.getReview().getId(), k -> new ArrayList<>()).add(new Comment(a.getGroup(),
                    c.getCompetencyId(), c.getText(), named ? a.getRaterId() : null));
        }
        List<ReviewInfo> infos = infos(list);
        List<ReviewData> data = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Review review = list.get(i);
            List<SubmittedRater> raters = new ArrayList<>();
            for (RaterAssignment a : KnownAnswers.counted(byReview.getOrDefault(review.getId(), List.of()),
                    CycleSettings.read(review.getCycle().getSettings()))) {
                raters.add(new SubmittedRater("r" + a.getId(), a.getGroup(), scores.getOrDefault(a.getId(), Map.of())));
            }
            data.add(new ReviewData(infos.get(i), review.getCycle().getSettings(), raters,
                    texts.getOrDefault(review.getId(), List.of())));
        }
        return data;
    }

    private static ReviewInfo info(Review review, PersonRefs refs) {
        PersonRef employee = refs.get(review.getEmployeeId());
        ReviewCycle cycle = review.getCycle();
        return new ReviewInfo(review.getId(), cycle.getId(), cycle.getName(), cycle.getState(), cycle.getOpensOn(),
                review.getEmployeeId(), employee == null ? "?" : employee.name(),
                review.getTeam(), review.getManagerId(), review.getProfileId(),
                review.getClosedAt(), review.getReleasedAt(), cycle.getPulseWeeks());
    }
}

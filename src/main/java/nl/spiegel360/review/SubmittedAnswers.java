package nl.spiegel360.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submitted questionnaires of the closed reviews on one profile revision, for HR's view of how well the
 * instrument works: per questionnaire its review, group and answers, and for the rater effects HR alone reads, the
 * rater.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('HR')")
public class SubmittedAnswers {

    /**
     * One submitted questionnaire: its review, the rater (null for an external rater or an erased one), the rater's
     * group, per indicator the score or null (can't judge).
     */
    public record Answers(long reviewId, @Nullable Long raterId, RaterGroup group,
            Map<Long, @Nullable Integer> scores) {
    }

    private final JdbcClient jdbc;

    SubmittedAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The same questionnaires without their raters, for figures anyone who nominates may read (how many raters a
     * reliable group mean needs): only aggregates of them leave the caller.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Answers> closedOnProfileWithoutRaters(long profileId) {
        return closedOnProfile(profileId).stream().map(a -> new Answers(a.reviewId(), null, a.group(), a.scores()))
                .toList();
    }

    /** The questionnaires, in one query, read row by row. */
    public List<Answers> closedOnProfile(long profileId) {
        Map<Long, Answers> byAssignment = new LinkedHashMap<>();
        // one key object per indicator, shared by every questionnaire: millions of ratings hold a few dozen keys
        Map<Long, Long> keys = new HashMap<>();
        jdbc.sql("""
                select a.id, a.review_id, a.rater_group, r.indicator_id, r.score, a.rater_id
                from rating r join rater_assignment a on a.id = r.assignment_id join review v on v.id = a.review_id
                where v.profile_id = ? and v.closed_at is not null and a.status = 'SUBMITTED'
                order by a.id""").param(profileId).query(rs -> {
                    long id = rs.getLong(1);
                    Answers answers = byAssignment.computeIfAbsent(id, k -> {
                        try {
                            long rater = rs.getLong(6);
                            Long raterId = rs.wasNull() ? null : rater;
                            return new Answers(rs.getLong(2), raterId, RaterGroup.valueOf(rs.getString(3)),
                                    new HashMap<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    long indicator = rs.getLong(4);
                    int score = rs.getInt(5);
                    // asked right after the score: null is "can't judge", never a score of 0
                    Integer scored = rs.wasNull() ? null : score;
                    answers.scores().put(keys.computeIfAbsent(indicator, k -> k), scored);
                });
        return new ArrayList<>(byAssignment.values());
    }
}

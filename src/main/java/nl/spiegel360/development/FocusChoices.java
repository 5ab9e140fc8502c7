package nl.spiegel360.development;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which behavioural indicators agreed development plans focus on, counted over a selection of released reviews for
 * the organisation's figures: a number per indicator, never whose plan it is.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HR', 'MANAGER')")
public class FocusChoices {

    private final JdbcClient jdbc;

    FocusChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per indicator, how many of these reviews' agreed plans focus on it: the plans of the reviews' range of ids are
     * read in one query and those of other reviews left out.
     */
    public Map<Long, Integer> chosen(Collection<Long> reviewIds) {
        Map<Long, Integer> chosen = new HashMap<>();
        if (reviewIds.isEmpty()) {
            return chosen;
        }
        Set<Long> reviews = reviewIds instanceof Set<Long> set ? set : new HashSet<>(reviewIds);
        long from = Collections.min(reviews);
        long to = Collections.max(reviews);
        jdbc.sql("""
                select p.review_id, i.indicator_id from plan_focus_indicator i
                join plan_focus f on f.id = i.focus_id join development_plan p on p.id = f.plan_id
                where p.review_id between ? and ? and p.state = 'AGREED'""")
                .params(from, to)
                .query(rs -> {
                    if (reviews.contains(rs.getLong(1))) {
                        chosen.merge(rs.getLong(2), 1, Integer::sum);
                    }
                });
        return chosen;
    }
}

package nl.spiegel360.development;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Per indicator, how many of these reviews' agreed plans focus on it. */
    public Map<Long, Integer> chosen(Collection<Long> reviewIds) {
        Map<Long, Integer> chosen = new HashMap<>();
        List<Long> ids = List.copyOf(reviewIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> page = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + 1000)));
            jdbc.sql("""
                    select i.indicator_id, count(distinct p.id) from plan_focus_indicator i
                    join plan_focus f on f.id = i.focus_id join development_plan p on p.id = f.plan_id
                    where p.review_id in (:reviews) and p.state = 'AGREED' group by i.indicator_id""")
                    .param("reviews", page)
                    .query(rs -> {
                        chosen.merge(rs.getLong(1), rs.getInt(2), Integer::sum);
                    });
        }
        return chosen;
    }
}

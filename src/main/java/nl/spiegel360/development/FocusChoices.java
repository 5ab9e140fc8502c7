package nl.spiegel360.development;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.spiegel360.aggregation.RaterGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which behavioural indicators agreed development plans focus on, and how their pulses moved them, over a selection
 * of released reviews for the organisation's figures: numbers per indicator, never whose plan it is.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HR', 'MANAGER')")
public class FocusChoices {

    private final JdbcClient jdbc;
    private final PulseBaselines baselines;

    FocusChoices(JdbcClient jdbc, PulseBaselines baselines) {
        this.jdbc = jdbc;
        this.baselines = baselines;
    }

    /**
     * What the plans of a selection did with one indicator: how many agreed plans focus on it, how many of their
     * closed pulses compared it with the report, and how far it moved on average (the pulse's score less the
     * report's, over the rater groups besides the employee's own that both showed, each weighted by its scores).
     */
    public record Choice(int plans, int pulses, @Nullable Double movement) {
    }

    /**
     * Per indicator, what these reviews' agreed plans did with it: the plans of the reviews' range of ids are read
     * in one query and those of other reviews left out.
     */
    public Map<Long, Choice> chosen(Collection<Long> reviewIds) {
        if (reviewIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> reviews = reviewIds instanceof Set<Long> set ? set : new HashSet<>(reviewIds);
        long from = Collections.min(reviews);
        long to = Collections.max(reviews);
        Map<Long, Integer> plans = new HashMap<>();
        Map<Long, String> results = new HashMap<>();
        Map<Long, List<Long>> focusOfPulse = new HashMap<>();
        jdbc.sql("""
                select p.review_id, i.indicator_id, u.id, u.result from plan_focus_indicator i
                join plan_focus f on f.id = i.focus_id join development_plan p on p.id = f.plan_id
                left join pulse u on u.plan_id = p.id and u.closed_at is not null
                where p.review_id between ? and ? and p.state = 'AGREED'""")
                .params(from, to)
                .query(rs -> {
                    if (reviews.contains(rs.getLong(1))) {
                        long indicator = rs.getLong(2);
                        plans.merge(indicator, 1, Integer::sum);
                        long pulse = rs.getLong(3);
                        if (!rs.wasNull()) {
                            results.put(pulse, rs.getString(4));
                            focusOfPulse.computeIfAbsent(pulse, u -> new ArrayList<>()).add(indicator);
                        }
                    }
                });
        var kept = baselines.of(results.keySet());
        Map<Long, List<Double>> movements = new HashMap<>();
        focusOfPulse.forEach((pulse, indicators) -> {
            var after = PulseResults.read(results.get(pulse));
            for (long indicator : indicators) {
                Double moved = movement(kept.getOrDefault(pulse, Map.of()).getOrDefault(indicator, Map.of()),
                        after.getOrDefault(indicator, Map.of()));
                if (moved != null) {
                    movements.computeIfAbsent(indicator, i -> new ArrayList<>()).add(moved);
                }
            }
        });
        Map<Long, Choice> chosen = new HashMap<>();
        plans.forEach((indicator, count) -> {
            List<Double> moved = movements.getOrDefault(indicator, List.of());
            chosen.put(indicator, new Choice(count, moved.size(), moved.isEmpty() ? null
                    : moved.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        });
        return chosen;
    }

    /** The pulse's score less the report's, over the groups both showed, each weighted by its scores; or none. */
    static @Nullable Double movement(Map<RaterGroup, PulseBaselines.Baseline> before,
            Map<RaterGroup, PulseResults.Cell> after) {
        double beforeSum = 0;
        double beforeN = 0;
        double afterSum = 0;
        double afterN = 0;
        for (var entry : before.entrySet()) {
            PulseResults.Cell later = after.get(entry.getKey());
            if (entry.getKey() != RaterGroup.SELF && later != null && later.count() > 0) {
                beforeSum += entry.getValue().mean() * entry.getValue().count();
                beforeN += entry.getValue().count();
                afterSum += later.mean() * later.count();
                afterN += later.count();
            }
        }
        return beforeN == 0 || afterN == 0 ? null : afterSum / afterN - beforeSum / beforeN;
    }
}

package nl.spiegel360.development;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.report.ReportService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a pulse is compared with: per focus indicator and rater group besides the employee's own, the report's score
 * and the number of scores behind it, where the report showed the group. Kept when the pulse opens, so that a later
 * calibration or erasure does not move the comparison.
 */
@Component
class PulseBaselines {

    /** A group's score in the report and how many scores it stood on. */
    record Baseline(double mean, int count) {
    }

    private final ReportService reports;
    private final JdbcClient jdbc;

    PulseBaselines(ReportService reports, JdbcClient jdbc) {
        this.reports = reports;
        this.jdbc = jdbc;
    }

    /** Keeps the baseline of a pulse that has just been written (and flushed). */
    void keep(Pulse pulse, DevelopmentPlan plan) {
        var report = reports.reportForFollowUp(plan.getReviewId());
        for (PlanFocus focus : plan.getFocus()) {
            var row = report.rows().stream().filter(r -> r.competencyId() == focus.getCompetencyId()).findFirst()
                    .orElse(null);
            for (FocusIndicator indicator : focus.getIndicators()) {
                for (var change : PlanPages.changes(row, indicator.getIndicatorId(), null)) {
                    Double before = change.before();
                    if (before != null && change.group() != RaterGroup.SELF && change.beforeCount() > 0) {
                        jdbc.sql("""
                                insert into pulse_baseline (pulse_id, indicator_id, rater_group, mean, n)
                                values (?, ?, ?, ?, ?)""").params(pulse.getId(), indicator.getIndicatorId(),
                                change.group().name(), before, change.beforeCount()).update();
                    }
                }
            }
        }
    }

    /** The kept baselines of these pulses: per pulse, per indicator, per group. */
    Map<Long, Map<Long, Map<RaterGroup, Baseline>>> of(Collection<Long> pulseIds) {
        Map<Long, Map<Long, Map<RaterGroup, Baseline>>> kept = new HashMap<>();
        if (pulseIds.isEmpty()) {
            return kept;
        }
        jdbc.sql("select pulse_id, indicator_id, rater_group, mean, n from pulse_baseline where pulse_id in (:p)")
                .param("p", List.copyOf(pulseIds))
                .query(rs -> {
                    kept.computeIfAbsent(rs.getLong(1), p -> new HashMap<>())
                            .computeIfAbsent(rs.getLong(2), i -> new EnumMap<>(RaterGroup.class))
                            .put(RaterGroup.valueOf(rs.getString(3)), new Baseline(rs.getDouble(4), rs.getInt(5)));
                });
        return kept;
    }
}

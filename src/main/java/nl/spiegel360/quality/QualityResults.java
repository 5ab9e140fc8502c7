package nl.spiegel360.quality;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.competency.IndicatorFigures;
import nl.spiegel360.quality.InstrumentQuality.Page;
import nl.spiegel360.quality.InstrumentStatistics.GroupReliability;
import nl.spiegel360.review.RaterAdvice;
import nl.spiegel360.security.SystemTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The quality figures other screens show beside their own work: on the nomination page the raters a reliable group
 * mean needs (Spearman–Brown from the group's ICC(1)), in the competency editor an indicator's flags. Only those
 * numbers leave here, for whoever reads those screens. A profile revision's figures are computed as the system
 * does and kept until another review on it closes.
 */
@Component
class QualityResults implements RaterAdvice, IndicatorFigures {

    private record Known(long closedReviews, Page page) {
    }

    private final InstrumentQuality quality;
    private final JdbcClient jdbc;
    private final Map<Long, Known> known = new ConcurrentHashMap<>();

    QualityResults(InstrumentQuality quality, JdbcClient jdbc) {
        this.quality = quality;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Integer> ratersNeeded(long profileId, RaterGroup group) {
        return page(profileId).groups().stream().filter(g -> g.group() == group)
                .map(GroupReliability::ratersNeeded).filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * Per indicator the figures of the profile revision with the most closed reviews that holds it (where it was
     * rated most).
     */
    @Override
    public Map<Long, Figures> of(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> revision = new HashMap<>();
        jdbc.sql("""
                select i.id, e.profile_id, (select count(*) from review v where v.profile_id = e.profile_id
                    and v.closed_at is not null) as closed
                from behavioural_indicator i join proficiency_level l on l.id = i.level_id
                join profile_entry e on e.competency_id = l.competency_id
                where i.id in (:ids) order by closed desc, e.profile_id desc""").param("ids", indicatorIds)
                .query(rs -> {
                    if (rs.getLong(3) > 0) {
                        revision.putIfAbsent(rs.getLong(1), rs.getLong(2));
                    }
                });
        Map<Long, Figures> figures = new HashMap<>();
        for (long profileId : revision.values().stream().distinct().toList()) {
            for (var c : page(profileId).competencies()) {
                for (var line : c.indicators()) {
                    if (Long.valueOf(profileId).equals(revision.get(line.indicatorId()))) {
                        var f = line.figures();
                        figures.put(line.indicatorId(), new Figures(f.flags().stream().map(Enum::name)
                                .collect(java.util.stream.Collectors.toSet()), f.cantJudgeRate(), f.itemTotal(),
                                f.sd()));
                    }
                }
            }
        }
        return figures;
    }

    private Page page(long profileId) {
        long closed = jdbc.sql("select count(*) from review where profile_id = ? and closed_at is not null")
                .param(profileId).query(Long.class).single();
        Known k = known.get(profileId);
        if (k == null || k.closedReviews() != closed) {
            k = new Known(closed, SystemTask.call(() -> quality.page(profileId, java.util.Locale.ROOT)));
            known.put(profileId, k);
        }
        return k.page();
    }
}

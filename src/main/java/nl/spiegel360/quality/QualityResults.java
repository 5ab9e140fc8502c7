package nl.spiegel360.quality;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.competency.IndicatorFigures;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.review.SubmittedAnswers;
import nl.spiegel360.quality.InstrumentStatistics.GroupReliability;
import nl.spiegel360.review.RaterAdvice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The quality figures other screens show beside their own work: on the nomination page the raters a reliable group
 * mean needs (Spearman–Brown from the group's ICC(1)), in the competency editor an indicator's flags. Only those
 * numbers leave here, for whoever reads those screens. A profile revision's figures are computed from its
 * questionnaires without their raters and kept until another review on it closes.
 */
@Component
class QualityResults implements RaterAdvice, IndicatorFigures {

    private record Known(long closedReviews, InstrumentStatistics.Result result) {
    }

    private final ProfileReader profiles;
    private final SubmittedAnswers answers;
    private final JdbcClient jdbc;
    private final Map<Long, Known> known = new ConcurrentHashMap<>();

    QualityResults(ProfileReader profiles, SubmittedAnswers answers, JdbcClient jdbc) {
        this.profiles = profiles;
        this.answers = answers;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Integer> ratersNeeded(long profileId, RaterGroup group) {
        return result(profileId).groups().stream().filter(g -> g.group() == group)
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
            for (var c : result(profileId).competencies()) {
                for (var f : c.items()) {
                    long indicator = Long.parseLong(f.indicator());
                    if (Long.valueOf(profileId).equals(revision.get(indicator))) {
                        figures.put(indicator, new Figures(f.flags().stream().map(Enum::name)
                                .collect(java.util.stream.Collectors.toSet()), f.cantJudgeRate(), f.itemTotal(),
                                f.sd()));
                    }
                }
            }
        }
        return figures;
    }

    /** The figures of a profile revision, read without raters: whoever nominates may see what follows of them. */
    private InstrumentStatistics.Result result(long profileId) {
        long closed = jdbc.sql("select count(*) from review where profile_id = ? and closed_at is not null")
                .param(profileId).query(Long.class).single();
        Known k = known.get(profileId);
        if (k == null || k.closedReviews() != closed) {
            k = new Known(closed, InstrumentStatistics.of(InstrumentQuality.statisticsProfile(
                    profiles.document(profileId)), InstrumentQuality.questionnaires(
                            answers.closedOnProfileWithoutRaters(profileId)), InstrumentStatistics.Minimums.DEFAULT));
            known.put(profileId, k);
        }
        return k.result();
    }
}

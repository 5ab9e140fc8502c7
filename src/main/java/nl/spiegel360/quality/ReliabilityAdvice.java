package nl.spiegel360.quality;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.quality.InstrumentStatistics.GroupReliability;
import nl.spiegel360.review.RaterAdvice;
import nl.spiegel360.security.SystemTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The raters a reliable group mean needs, from the group's ICC(1) on the closed reviews of the profile revision
 * (Spearman–Brown; see {@link InstrumentStatistics}). Only that number leaves here, for anyone who nominates; it is
 * computed as the system does and kept until another review on the revision closes.
 */
@Component
class ReliabilityAdvice implements RaterAdvice {

    private record Known(long closedReviews, Map<RaterGroup, Integer> needed) {
    }

    private final InstrumentQuality quality;
    private final JdbcClient jdbc;
    private final Map<Long, Known> known = new ConcurrentHashMap<>();

    ReliabilityAdvice(InstrumentQuality quality, JdbcClient jdbc) {
        this.quality = quality;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Integer> ratersNeeded(long profileId, RaterGroup group) {
        long closed = jdbc.sql("select count(*) from review where profile_id = ? and closed_at is not null")
                .param(profileId).query(Long.class).single();
        Known k = known.get(profileId);
        if (k == null || k.closedReviews() != closed) {
            Map<RaterGroup, Integer> needed = new java.util.EnumMap<>(RaterGroup.class);
            for (GroupReliability g : SystemTask.call(() -> quality.page(profileId, java.util.Locale.ROOT)).groups()) {
                if (g.ratersNeeded() != null) {
                    needed.put(g.group(), g.ratersNeeded());
                }
            }
            k = new Known(closed, needed);
            known.put(profileId, k);
        }
        return Optional.ofNullable(k.needed().get(group));
    }
}

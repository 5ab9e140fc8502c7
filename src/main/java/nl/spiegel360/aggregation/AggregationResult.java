package nl.spiegel360.aggregation;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the engine computes for one review: per competency, in profile order, the review's totals, and the insights
 * (null only in results stored before the engine computed them).
 */
public record AggregationResult(List<CompetencyResult> competencies, int competenciesAssessed,
        int competenciesAtOrAboveNorm, @Nullable Insights insights) {

    /** A level against the role's norm. */
    public enum Status {
        BELOW, MEETS, ABOVE, INSUFFICIENT;

        /** The one rule behind every status the product shows: the engine's, the report's and the overview's. */
        public static Status of(@Nullable Integer level, int norm) {
            if (level == null) {
                return INSUFFICIENT;
            }
            return level < norm ? BELOW : level == norm ? MEETS : ABOVE;
        }
    }

    public enum AgreementLabel { HIGH, MODERATE, LOW }

    /**
     * One group of raters for one competency. An unreported group (fewer respondents than its minimum) carries
     * its respondent count only: level, level means and indicator scores are null or empty.
     */
    public record GroupResult(int respondents, boolean reported, @Nullable Integer level,
            @Nullable List<@Nullable Double> levelMeans, Map<String, @Nullable Double> indicatorScores) {
    }

    /** The consensus of the others (not SELF): its level, level means, indicator scores and broken levels. */
    public record ConsensusResult(@Nullable Integer level, List<@Nullable Double> levelMeans,
            Map<String, @Nullable Double> indicatorScores, List<Integer> inconsistentLevels) {
    }

    /**
     * One competency. {@code notObserved} counts, per indicator, the "can't judge" answers of the raters behind
     * the consensus (reported groups other than SELF).
     */
    public record CompetencyResult(String id, int norm, Map<RaterGroup, GroupResult> groups, ConsensusResult consensus,
            @Nullable Integer gap, Status status, @Nullable Integer selfDelta, List<String> blindSpots,
            List<String> hiddenStrengths, @Nullable Double agreement, @Nullable AgreementLabel agreementLabel,
            Map<String, Integer> notObserved) {
    }
}

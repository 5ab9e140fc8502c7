package nl.spiegel360.report;

import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.AggregationResult.AgreementLabel;
import nl.spiegel360.aggregation.AggregationResult.Status;
import nl.spiegel360.aggregation.RaterGroup;
import org.jspecify.annotations.Nullable;

/**
 * The consolidated report of one review, already filtered for its reader: groups below their minimum carry only
 * their respondent count, comments of anonymous groups carry no name and come in shuffled order.
 */
public record Report(long reviewId, long cycleId, String employeeName, String cycleName, boolean released,
        boolean canCalibrate, double threshold, int scaleMax, List<CompetencyRow> rows, int competenciesAssessed,
        int competenciesAtOrAboveNorm) {

    /** One group of raters for one competency: its level only when reported. */
    public record GroupCell(RaterGroup group, int respondents, boolean reported, int minimum,
            @Nullable Integer level) {
    }

    public record CompetencyRow(long competencyId, String label, int norm, List<GroupCell> groups,
            @Nullable Integer consensusLevel, Status status, @Nullable Double agreement,
            @Nullable AgreementLabel agreementLabel, int agreementRaters, int blindSpots, int hiddenStrengths,
            @Nullable Integer calibratedLevel, @Nullable String calibrationReason, boolean calibrated,
            @Nullable Integer previousLevel, Drilldown drilldown) {

        public @Nullable GroupCell group(RaterGroup group) {
            return groups.stream().filter(g -> g.group() == group).findFirst().orElse(null);
        }

        /** The agreed level when calibrated, else the consensus. */
        public @Nullable Integer finalLevel() {
            return calibrated ? calibratedLevel : consensusLevel;
        }
    }

    /** Why the consensus is what it is: level means, indicators, comments. */
    public record Drilldown(List<LevelLine> levels, Sentence explanation, List<IndicatorLine> indicators,
            List<Integer> inconsistentLevels, List<String> anonymousComments, List<NamedComment> namedComments) {
    }

    public record LevelLine(int level, @Nullable Double consensusMean, boolean met) {
    }

    /** A generated sentence: a translation key and its arguments. */
    public record Sentence(String key, List<Object> arguments) {
    }

    public record IndicatorLine(long indicatorId, int level, String text, Map<RaterGroup, Double> groupScores,
            @Nullable Double consensus, int cantJudge, boolean blindSpot, boolean hiddenStrength) {
    }

    public record NamedComment(RaterGroup group, String author, String text) {
    }
}

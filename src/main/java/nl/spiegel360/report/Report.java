package nl.spiegel360.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.AggregationResult.AgreementLabel;
import nl.spiegel360.aggregation.AggregationResult.Status;
import nl.spiegel360.aggregation.Insights.GroupSpread;
import nl.spiegel360.aggregation.Insights.SelfOthers;
import nl.spiegel360.aggregation.RaterGroup;
import org.jspecify.annotations.Nullable;

/**
 * The consolidated report of one closed review, read from the result stored at close and already filtered for
 * its reader: groups below their minimum carry only their respondent count, comments of anonymous groups carry
 * no name and come in the order of their text. The agreed level, where set, is the level: status, summary,
 * overview and exports all take it from {@link CompetencyRow#finalLevel()}.
 */
public record Report(long reviewId, long cycleId, String employeeName, String cycleName, Instant closedAt,
        @Nullable Instant releasedAt, boolean readerIsEmployee, boolean canCalibrate, double threshold, int scaleMax,
        List<CompetencyRow> rows, @Nullable Summary summary) {

    public boolean released() {
        return releasedAt != null;
    }

    /** Competencies with a level (agreed, else consensus). */
    public int competenciesAssessed() {
        return (int) rows.stream().filter(r -> r.finalLevel() != null).count();
    }

    /** Competencies whose level (agreed, else consensus) meets or exceeds the norm. */
    public int competenciesAtOrAboveNorm() {
        return (int) rows.stream().filter(r -> r.status() == Status.MEETS || r.status() == Status.ABOVE).count();
    }

    /** The competencies external raters were asked about, where the review had external raters; else none. */
    public List<String> externallyJudged() {
        return rows.stream().filter(r -> r.group(RaterGroup.EXTERNAL) != null).map(CompetencyRow::label).toList();
    }

    /** The competencies that still lack an agreed level; release waits for them. */
    public List<String> uncalibrated() {
        return rows.stream().filter(r -> !r.calibrated()).map(CompetencyRow::label).toList();
    }

    /**
     * The one rule for the level of a competency that every reader, screen and export sees: the agreed level where
     * the manager set one, else the consensus.
     */
    public static @Nullable Integer level(boolean calibrated, @Nullable Integer agreed, @Nullable Integer consensus) {
        return calibrated ? agreed : consensus;
    }

    /** One group of raters for one competency: its level only when reported. */
    public record GroupCell(RaterGroup group, int respondents, boolean reported, int minimum,
            @Nullable Integer level) {
    }

    public record CompetencyRow(long competencyId, String label, int norm, List<GroupCell> groups,
            @Nullable Integer consensusLevel, @Nullable Double agreement, @Nullable AgreementLabel agreementLabel,
            int agreementRaters, int blindSpots, int hiddenStrengths, @Nullable Integer calibratedLevel,
            @Nullable String calibrationReason, boolean calibrated, @Nullable Integer previousLevel,
            Drilldown drilldown, @Nullable Double progress, @Nullable Double selfMean, @Nullable Double othersMean,
            @Nullable SelfOthers selfOthers) {

        public @Nullable GroupCell group(RaterGroup group) {
            return groups.stream().filter(g -> g.group() == group).findFirst().orElse(null);
        }

        /** The agreed level when calibrated, else the consensus. */
        public @Nullable Integer finalLevel() {
            return level(calibrated, calibratedLevel, consensusLevel);
        }

        /** The level (agreed, else consensus) against the norm. */
        public Status status() {
            return Status.of(finalLevel(), norm);
        }

        /** The consensus level against the norm, shown beside an agreed level that differs. */
        public Status consensusStatus() {
            return Status.of(consensusLevel, norm);
        }
    }

    /** Why the consensus is what it is: level means, indicators, comments. */
    public record Drilldown(List<LevelLine> levels, Sentence explanation, List<IndicatorLine> indicators,
            List<Integer> inconsistentLevels, List<String> anonymousComments, List<NamedComment> namedComments,
            @Nullable HoldsBack holdsBack) {
    }

    /**
     * What keeps a competency from its next level (and, below the norm, from the norm): the consensus level (null:
     * none yet), the next level and its number of indicators, and the indicators below the threshold or without
     * enough observations.
     */
    public record HoldsBack(String competency, @Nullable Integer level, int nextLevel, int nextLevelSize, int norm,
            List<HeldIndicator> indicators) {
    }

    /** An indicator that holds a level back: its consensus score, or null when too few could judge it. */
    public record HeldIndicator(long indicatorId, int level, String text, @Nullable Double score) {
    }

    /** Across the profile: the strongest and weakest behaviours, and where self and others differ most. */
    public record Summary(List<RankedIndicator> strengths, List<RankedIndicator> areasToImprove,
            List<SelfOthersLine> largestGaps) {
    }

    public record RankedIndicator(String competency, int level, String text, double score) {
    }

    /** {@code difference} is self minus others: positive where the employee sees more than the others do. */
    public record SelfOthersLine(String competency, int level, String text, double self, double others,
            double difference) {
    }

    /**
     * The answers to one indicator: per reported group, how many chose each scale point; the agreement (rwg) of the
     * scores behind the consensus, their number, and whether they are few.
     */
    public record Spread(Map<RaterGroup, GroupSpread> groups, @Nullable Double rwg, int consensusScores,
            boolean fewRaters) {
    }

    public record LevelLine(int level, @Nullable Double consensusMean, boolean met) {
    }

    /** A generated sentence: a translation key and its arguments. */
    public record Sentence(String key, List<Object> arguments) {
    }

    public record IndicatorLine(long indicatorId, int level, String text, Map<RaterGroup, Double> groupScores,
            @Nullable Double consensus, int cantJudge, boolean blindSpot, boolean hiddenStrength,
            @Nullable Spread spread, String marked) {
    }

    /** The manager's or the employee's own comment; {@code author} is empty once that person was erased. */
    public record NamedComment(RaterGroup group, String author, String text) {
    }
}

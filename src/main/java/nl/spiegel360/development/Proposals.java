package nl.spiegel360.development;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.spiegel360.aggregation.AggregationResult.Status;
import nl.spiegel360.aggregation.Insights;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.development.PlanReadModels.Proposal;
import nl.spiegel360.development.PlanReadModels.ProposedIndicator;
import nl.spiegel360.report.Report;
import nl.spiegel360.report.Report.CompetencyRow;
import nl.spiegel360.report.Report.HeldIndicator;
import nl.spiegel360.report.Report.IndicatorLine;
import org.jspecify.annotations.Nullable;

/**
 * The focus points a released report suggests, most pressing first: a competency below its norm with the
 * indicators of the next level that hold it back; a blind spot with the indicators where the employee sees more
 * than the others; a hidden strength with those where the others see more; and for a competency at its norm, the
 * next level's indicators that hold it back. Levels are cumulative, so the next step is written in the profile.
 */
final class Proposals {

    /** At most this many indicators are proposed per focus point. */
    static final int INDICATORS = 5;

    private Proposals() {
    }

    static List<Proposal> of(Report report) {
        List<Proposal> pressing = new ArrayList<>();
        List<Proposal> blind = new ArrayList<>();
        List<Proposal> hidden = new ArrayList<>();
        List<Proposal> next = new ArrayList<>();
        for (CompetencyRow row : report.rows()) {
            List<ProposedIndicator> held = held(row);
            if (row.status() == Status.BELOW && !held.isEmpty()) {
                pressing.add(new Proposal(row.competencyId(), row.label(), FocusReason.BELOW_NORM, held));
            } else if (!held.isEmpty()) {
                next.add(new Proposal(row.competencyId(), row.label(), FocusReason.NEXT_LEVEL, held));
            }
            List<ProposedIndicator> blindSpots = flagged(row, true);
            if (!blindSpots.isEmpty()) {
                blind.add(new Proposal(row.competencyId(), row.label(), FocusReason.BLIND_SPOT, blindSpots));
            }
            List<ProposedIndicator> strengths = flagged(row, false);
            if (!strengths.isEmpty()) {
                hidden.add(new Proposal(row.competencyId(), row.label(), FocusReason.HIDDEN_STRENGTH, strengths));
            }
        }
        List<Proposal> all = new ArrayList<>(pressing);
        all.addAll(blind);
        all.addAll(hidden);
        all.addAll(next);
        return List.copyOf(all);
    }

    /** The indicators that hold the competency back from its next level, as lines of the report. */
    private static List<ProposedIndicator> held(CompetencyRow row) {
        Report.HoldsBack holdsBack = row.drilldown().holdsBack();
        if (holdsBack == null) {
            return List.of();
        }
        List<ProposedIndicator> held = new ArrayList<>();
        for (HeldIndicator h : holdsBack.indicators()) {
            row.drilldown().indicators().stream().filter(i -> i.level() == h.level() && i.text().equals(h.text()))
                    .findFirst().ifPresent(i -> held.add(indicator(i)));
        }
        return held.stream().limit(INDICATORS).toList();
    }

    /** Blind spots (self above the others) or hidden strengths, largest difference first. */
    private static List<ProposedIndicator> flagged(CompetencyRow row, boolean blindSpot) {
        return row.drilldown().indicators().stream()
                .filter(i -> blindSpot ? i.blindSpot() : i.hiddenStrength())
                .sorted(Insights.comparingScore((IndicatorLine i) -> Math.abs(difference(i))).reversed())
                .limit(INDICATORS).map(Proposals::indicator).toList();
    }

    private static double difference(IndicatorLine line) {
        Double self = line.groupScores().get(RaterGroup.SELF);
        return self == null || line.consensus() == null ? 0 : self - Objects.requireNonNull(line.consensus());
    }

    private static ProposedIndicator indicator(IndicatorLine line) {
        @Nullable Double self = line.groupScores().get(RaterGroup.SELF);
        return new ProposedIndicator(line.indicatorId(), line.level(), line.text(), line.consensus(), self);
    }
}

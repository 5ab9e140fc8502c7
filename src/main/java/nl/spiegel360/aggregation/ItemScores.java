package nl.spiegel360.aggregation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.spiegel360.aggregation.AggregationInput.Competency;
import nl.spiegel360.aggregation.AggregationInput.Rater;
import nl.spiegel360.aggregation.AggregationResult.CompetencyResult;
import nl.spiegel360.aggregation.Insights.CompetencyInsight;
import nl.spiegel360.aggregation.Insights.GroupSpread;

/**
 * Per indicator and group, a group's score and the number of scores behind it, for outputs that show indicators
 * without levels (the pulse of a development plan). Computed by the engine itself: each indicator is read as a
 * competency of one level, so the group minimum, the item minimum and "can't judge" as null apply exactly as in a
 * review. A group or an item below its minimum has no entry.
 */
public final class ItemScores {

    /** One group's score of one indicator: the mean of its {@code n} scores. */
    public record Score(double mean, int n) {
    }

    private ItemScores() {
    }

    public static Map<String, Map<RaterGroup, Score>> of(List<String> indicators, List<Rater> raters,
            Settings settings) {
        List<Competency> profile = new ArrayList<>();
        for (String indicator : indicators) {
            profile.add(new Competency(indicator, 1, List.of(List.of(indicator))));
        }
        AggregationResult result = AggregationEngine.aggregate(profile, raters, settings);
        Map<String, Map<RaterGroup, Score>> scores = new LinkedHashMap<>();
        for (int c = 0; c < profile.size(); c++) {
            String indicator = indicators.get(c);
            CompetencyResult competency = result.competencies().get(c);
            CompetencyInsight insight = Objects.requireNonNull(result.insights()).competencies().get(c);
            Map<RaterGroup, GroupSpread> spread = insight.spread().getFirst().groups();
            Map<RaterGroup, Score> cells = new EnumMap<>(RaterGroup.class);
            competency.groups().forEach((group, g) -> {
                Double mean = g.reported() ? g.indicatorScores().get(indicator) : null;
                GroupSpread answers = spread.get(group);
                if (mean != null && answers != null) {
                    cells.put(group, new Score(mean, answers.n()));
                }
            });
            scores.put(indicator, cells);
        }
        return scores;
    }
}

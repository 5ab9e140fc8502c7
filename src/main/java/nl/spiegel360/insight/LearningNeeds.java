package nl.spiegel360.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import nl.spiegel360.development.FocusChoices;
import nl.spiegel360.insight.OrganisationInsight.LearningNeed;
import nl.spiegel360.report.ReleasedStandings;
import nl.spiegel360.report.ReleasedStandings.Standing;
import org.springframework.stereotype.Component;

/**
 * What the organisation should learn, for the organisation's page: the behavioural indicators that held the selected
 * people back from their norm (each frozen result's "holds back"), with the focus the development plans chose and how
 * the pulse moved them. Reads only what the page's kept table already selected, and the plans' focus.
 */
@Component
class LearningNeeds {

    private final FocusChoices focus;

    LearningNeeds(FocusChoices focus) {
        this.focus = focus;
    }

    /**
     * The indicators that held the selection's people back from their norm, of the competencies shown, ranked by
     * people × mean shortfall.
     */
    List<LearningNeed> rank(List<Standing> chosen, Map<Long, ProfileDocument> documents,
            List<ReleasedStandings.Hold> inCycle, Set<Long> shown, int minimum) {
        Map<Long, Long> profileOf = new HashMap<>();
        chosen.forEach(s -> profileOf.put(s.reviewId(), s.profileId()));
        Map<Long, List<ReleasedStandings.Hold>> byIndicator = new LinkedHashMap<>();
        inCycle.stream().filter(h -> profileOf.containsKey(h.reviewId()))
                .forEach(h -> byIndicator.computeIfAbsent(h.indicatorId(), i -> new ArrayList<>()).add(h));
        Map<Long, FocusChoices.Choice> inPlans = focus.chosen(profileOf.keySet());
        // indicators that plans focus on without having held anyone back still count for a learning budget
        List<LearningNeed> needs = new ArrayList<>();
        Set<Long> indicators = new java.util.LinkedHashSet<>(byIndicator.keySet());
        indicators.addAll(inPlans.keySet());
        Map<Long, IndicatorText> texts = new HashMap<>();
        for (ProfileDocument document : documents.values()) {
            for (var c : document.competencies()) {
                for (var l : c.levels()) {
                    for (var i : l.indicators()) {
                        texts.putIfAbsent(i.id(), new IndicatorText(c.competencyId(), c.label(), l.number(),
                                i.text()));
                    }
                }
            }
        }
        for (long indicator : indicators) {
            IndicatorText text = texts.get(indicator);
            if (text == null || !shown.contains(text.competencyId())) {
                continue;
            }
            List<ReleasedStandings.Hold> holds = byIndicator.getOrDefault(indicator, List.of());
            int people = (int) holds.stream().map(ReleasedStandings.Hold::reviewId).distinct().count();
            var known = holds.stream().map(ReleasedStandings.Hold::shortfall).filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue).toArray();
            Double mean = known.length == 0 ? null : java.util.Arrays.stream(known).average().orElse(0);
            var plans = inPlans.get(indicator);
            needs.add(new LearningNeed(indicator, text.competencyId(), text.competency(), text.level(), text.text(),
                    people, mean,
                    people * (mean == null ? 0.0 : mean), plans == null ? 0 : plans.plans(),
                    plans == null ? 0 : plans.pulses(),
                    // a movement about fewer people than the minimum shows nothing
                    plans == null || plans.pulses() < minimum ? null : plans.movement()));
        }
        needs.sort(Comparator.comparingDouble(LearningNeed::weight).reversed()
                .thenComparing(Comparator.comparingInt(LearningNeed::people).reversed())
                .thenComparing(Comparator.comparingInt(LearningNeed::inPlans).reversed())
                .thenComparingLong(LearningNeed::indicatorId));
        return needs;
    }

    /** An indicator as a learning need names it: its competency, its level and its text in the reader's language. */
    private record IndicatorText(long competencyId, String competency, int level, String text) {
    }
}

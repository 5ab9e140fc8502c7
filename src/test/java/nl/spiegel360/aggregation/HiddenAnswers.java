package nl.spiegel360.aggregation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.spiegel360.aggregation.AggregationInput.Rater;

/**
 * The anonymity rule read independently of the engine, as a test's oracle: which submitted answers no reader may
 * learn anything of, and a copy of the answers in which exactly those are changed. Every answer of a group with fewer
 * raters than its minimum is hidden, whether given or "can't judge"; in a group at its minimum, the scores of an
 * item that fewer of its raters judged than the minimum are hidden (that they were given is a count, and counts
 * are shown). If no output changes when the hidden answers do, no output rests on them: not a figure, and not a
 * difference of two figures.
 */
public final class HiddenAnswers {

    private HiddenAnswers() {
    }

    /** How many answers the rule hides in these questionnaires. */
    public static int count(List<Rater> raters, Settings settings) {
        int[] hidden = {0};
        visit(raters, settings, (rater, indicator) -> hidden[0]++);
        return hidden[0];
    }

    /** The questionnaires with every hidden answer changed: another score, and for hidden groups also "can't judge". */
    public static List<Rater> perturbed(List<Rater> raters, Settings settings, Random random) {
        Map<String, Map<String, Integer>> changed = new HashMap<>();
        Map<RaterGroup, Integer> sizes = sizes(raters);
        visit(raters, settings, (rater, indicator) -> {
            Integer score = rater.scores().get(indicator);
            boolean wholeGroupHidden = sizes.get(rater.group()) < settings.minimum(rater.group());
            Integer other;
            if (wholeGroupHidden && random.nextInt(4) == 0) {
                other = score == null ? 1 + random.nextInt(settings.scaleMax()) : null;
            } else if (score == null) {
                return;
            } else {
                other = 1 + (score + random.nextInt(settings.scaleMax() - 1)) % settings.scaleMax();
            }
            changed.computeIfAbsent(rater.id(), r -> new HashMap<>()).put(indicator, other);
        });
        List<Rater> result = new ArrayList<>();
        for (Rater r : raters) {
            Map<String, Integer> scores = new HashMap<>(r.scores());
            scores.putAll(changed.getOrDefault(r.id(), Map.of()));
            result.add(new Rater(r.id(), r.group(), scores));
        }
        return result;
    }

    /** Calls back for each hidden answer (rater, indicator). */
    public static void visit(List<Rater> raters, Settings settings, java.util.function.BiConsumer<Rater, String> hidden) {
        Map<RaterGroup, Integer> sizes = sizes(raters);
        Map<RaterGroup, Map<String, Integer>> judged = new EnumMap<>(RaterGroup.class);
        for (Rater r : raters) {
            r.scores().forEach((indicator, score) -> {
                if (score != null) {
                    judged.computeIfAbsent(r.group(), g -> new HashMap<>()).merge(indicator, 1, Integer::sum);
                }
            });
        }
        for (Rater r : raters) {
            int minimum = settings.minimum(r.group());
            for (var answer : r.scores().entrySet()) {
                int n = judged.getOrDefault(r.group(), Map.of()).getOrDefault(answer.getKey(), 0);
                if (sizes.get(r.group()) < minimum || (answer.getValue() != null && n < minimum)) {
                    hidden.accept(r, answer.getKey());
                }
            }
        }
    }

    private static Map<RaterGroup, Integer> sizes(List<Rater> raters) {
        Map<RaterGroup, Integer> sizes = new EnumMap<>(RaterGroup.class);
        raters.forEach(r -> sizes.merge(r.group(), 1, Integer::sum));
        return sizes;
    }
}

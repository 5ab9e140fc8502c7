package nl.spiegel360.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The organisation's figures over people, for one selection of released reviews: per group (a team, a role profile,
 * a cycle) and competency how many people stand at or above their norm, how their levels are spread and their mean
 * gap to the norm; and per competency the same over the whole selection. Each person counts once per competency,
 * with the one level their review settled on (the agreed level, else the consensus), whatever the number of their
 * raters. A cell about fewer people than the organisation's minimum shows nothing, and where one hidden cell could
 * still be worked out from its competency's total and its visible siblings, the smallest sibling is hidden too
 * (complementary suppression; see {@code src/docs/organisation-insight.md}). Plain Java: no Spring, no database.
 */
public final class OrganisationFigures {

    /** The organisation's minimum group size unless it sets another. */
    public static final int DEFAULT_MINIMUM = 5;

    private OrganisationFigures() {
    }

    /**
     * One person's settled level on one competency in one released review, with the group they belonged to when the
     * review was launched; a null level is insufficient evidence.
     */
    public record Standing(String person, String group, String competency, @Nullable Integer level, int norm) {
    }

    /**
     * What a shown cell says: of its people, how many have a level, how many stand at or above the norm (and their
     * share of those with a level), the mean gap to the norm, and how many stand at each level.
     */
    public record Figures(int withLevel, int atOrAboveNorm, @Nullable Double share, @Nullable Double meanGap,
            SortedMap<Integer, Integer> levels) {
    }

    /** A cell of the table: its people and, unless hidden, its figures. A total has a null group. */
    public record Cell(@Nullable String group, String competency, int people, @Nullable Figures figures) {

        public boolean hidden() {
            return people > 0 && figures == null;
        }
    }

    /** The cells per group and competency, in the order of the groups and competencies given, and the totals. */
    public record Table(int minimum, List<String> groups, List<String> competencies, List<Cell> cells,
            List<Cell> totals) {

        public Optional<Cell> cell(String group, String competency) {
            return cells.stream().filter(c -> group.equals(c.group()) && c.competency().equals(competency))
                    .findFirst();
        }

        public Optional<Cell> total(String competency) {
            return totals.stream().filter(c -> c.competency().equals(competency)).findFirst();
        }
    }

    /** Why a selection is refused, or empty when it may be shown. */
    public enum Refusal {
        /** Fewer people than the minimum are selected. */
        TOO_FEW,
        /** What the selection leaves out of its wider selection is fewer than the minimum: the difference of the two. */
        REMAINDER_TOO_FEW
    }

    /**
     * Whether a selection of {@code selected} people out of a wider one of {@code within} (the same scope without the
     * last filter) may be shown: not when it is smaller than the minimum, nor when the two differ by fewer than the
     * minimum (but by someone), since the difference of two shown selections would show those people.
     */
    public static Optional<Refusal> refusal(int selected, int within, int minimum) {
        if (selected < minimum) {
            return Optional.of(Refusal.TOO_FEW);
        }
        int left = within - selected;
        return left > 0 && left < minimum ? Optional.of(Refusal.REMAINDER_TOO_FEW) : Optional.empty();
    }

    /**
     * The table of these standings, each person at most once per competency; groups and competencies in the order
     * of their first standing.
     */
    public static Table of(List<Standing> standings, int minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("The minimum group size is at least 1");
        }
        Map<String, Map<String, List<Standing>>> byCompetency = new LinkedHashMap<>();
        Set<String> groupSet = new java.util.LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (Standing s : standings) {
            if (!seen.add(s.person() + "\u0000" + s.competency())) {
                throw new IllegalArgumentException("A person counts once per competency: " + s.person());
            }
            groupSet.add(s.group());
            byCompetency.computeIfAbsent(s.competency(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s);
        }
        List<String> groups = List.copyOf(groupSet);
        List<Cell> cells = new ArrayList<>();
        List<Cell> totals = new ArrayList<>();
        for (var competency : byCompetency.entrySet()) {
            Map<String, List<Standing>> byGroup = competency.getValue();
            List<Standing> all = byGroup.values().stream().flatMap(List::stream).toList();
            Set<String> hidden = hiddenGroups(byGroup, all.size(), minimum);
            boolean totalShown = all.size() >= minimum;
            totals.add(new Cell(null, competency.getKey(), all.size(), totalShown ? figures(all) : null));
            for (String group : groups) {
                List<Standing> in = byGroup.getOrDefault(group, List.of());
                boolean shown = !in.isEmpty() && !hidden.contains(group);
                cells.add(new Cell(group, competency.getKey(), in.size(), shown ? figures(in) : null));
            }
        }
        return new Table(minimum, groups, List.copyOf(byCompetency.keySet()), cells, totals);
    }

    /**
     * The groups of one competency that show nothing: those below the minimum, and while exactly one is hidden
     * beside a shown total, or the hidden ones together hold fewer people than the minimum, the smallest shown one
     * too (ties: the first group). The total less the visible cells then shows no hidden cell on its own, and no
     * set of fewer people than the minimum.
     */
    private static Set<String> hiddenGroups(Map<String, List<Standing>> byGroup, int total, int minimum) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        byGroup.forEach((group, in) -> sizes.put(group, in.size()));
        Set<String> hidden = new HashSet<>();
        byGroup.forEach((group, in) -> {
            if (in.size() < minimum) {
                hidden.add(group);
            }
        });
        if (total < minimum) {
            hidden.addAll(byGroup.keySet());
            return hidden;
        }
        while (!hidden.isEmpty() && (hidden.size() == 1
                || hidden.stream().mapToInt(g -> sizes.getOrDefault(g, 0)).sum() < minimum)) {
            Optional<String> smallest = byGroup.keySet().stream().filter(g -> !hidden.contains(g))
                    .min(Comparator.comparingInt(g -> sizes.getOrDefault(g, 0)));
            if (smallest.isEmpty()) {
                break;
            }
            hidden.add(smallest.get());
        }
        return hidden;
    }

    private static Figures figures(List<Standing> people) {
        int withLevel = 0;
        int atOrAbove = 0;
        long gaps = 0;
        SortedMap<Integer, Integer> levels = new TreeMap<>();
        for (Standing s : people) {
            Integer level = s.level();
            if (level != null) {
                withLevel++;
                gaps += level - s.norm();
                if (level >= s.norm()) {
                    atOrAbove++;
                }
                levels.merge(level, 1, Integer::sum);
            }
        }
        return new Figures(withLevel, atOrAbove, withLevel == 0 ? null : atOrAbove / (double) withLevel,
                withLevel == 0 ? null : gaps / (double) withLevel, java.util.Collections.unmodifiableSortedMap(levels));
    }
}

package nl.spiegel360.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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

    /**
     * The table of these standings, each person at most once per competency; groups and competencies in the order
     * of their first standing. It is the two-way table of {@link #twoWay} with one column: one rule hides cells in
     * both.
     */
    public static Table of(List<Standing> standings, int minimum) {
        TwoWay table = twoWay(standings.stream().map(s -> new Placed(s.person(), s.group(), "", s.competency(),
                s.level(), s.norm())).toList(), minimum, true);
        List<Cell> cells = new ArrayList<>();
        List<Cell> totals = new ArrayList<>();
        for (String competency : table.competencies()) {
            totals.add(table.cell(competency, new Key(null, null)));
            for (String group : table.rows()) {
                Cell cell = table.cell(competency, new Key(group, ""));
                cells.add(new Cell(group, competency, cell.people(), cell.figures()));
            }
        }
        return new Table(minimum, table.rows(), table.competencies(), cells, totals);
    }

    /** One person's settled level on one competency, placed in a row and a column of a two-way table. */
    public record Placed(String person, String row, String column, String competency, @Nullable Integer level,
            int norm) {
    }

    /** A cell of a two-way table: a row and a column; a null row or column is the margin (the total over it). */
    public record Key(@Nullable String row, @Nullable String column) {
    }

    /**
     * A two-way table (rows × columns, with the totals of each row, each column and all) per competency, in which
     * every cell is about a set of people: the cells a reader may combine, whichever row, column or margin a screen
     * shows. Rows, columns and competencies in the order of their first standing.
     */
    public record TwoWay(int minimum, List<String> rows, List<String> columns, List<String> competencies,
            Map<String, Map<Key, Cell>> cells) {

        /** The cell of a competency, or an empty one where nobody is in it. */
        public Cell cell(String competency, Key key) {
            Cell cell = cells.getOrDefault(competency, Map.of()).get(key);
            return cell != null ? cell : new Cell(key.row(), competency, 0, null);
        }
    }

    /**
     * The two-way table of these standings, each person at most once per competency. A cell about fewer people than
     * the minimum shows nothing; then, per competency, cells are hidden beside them until no hidden cell can be
     * worked out from the visible ones and the totals (complementary suppression; see
     * {@code src/docs/organisation-insight.md}).
     */
    public static TwoWay twoWay(List<Placed> standings, int minimum) {
        return twoWay(standings, minimum, true);
    }

    /** As {@link #twoWay(List, int)}; without complementary suppression only for the attack that shows why. */
    static TwoWay twoWay(List<Placed> standings, int minimum, boolean complementary) {
        if (minimum < 1) {
            throw new IllegalArgumentException("The minimum group size is at least 1");
        }
        Map<String, Map<Key, List<Placed>>> byCompetency = new LinkedHashMap<>();
        Set<String> rows = new LinkedHashSet<>();
        Set<String> columns = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (Placed s : standings) {
            if (!seen.add(s.person() + "\u0000" + s.competency())) {
                throw new IllegalArgumentException("A person counts once per competency: " + s.person());
            }
            rows.add(s.row());
            columns.add(s.column());
            Map<Key, List<Placed>> cells = byCompetency.computeIfAbsent(s.competency(), c -> new LinkedHashMap<>());
            for (Key key : List.of(new Key(s.row(), s.column()), new Key(s.row(), null), new Key(null, s.column()),
                    new Key(null, null))) {
                cells.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            }
        }
        List<String> rowList = List.copyOf(rows);
        List<String> columnList = List.copyOf(columns);
        Map<String, Map<Key, Cell>> cells = new LinkedHashMap<>();
        byCompetency.forEach((competency, members) -> {
            Map<Key, Integer> sizes = new LinkedHashMap<>();
            members.forEach((key, in) -> sizes.put(key, in.size()));
            Set<Key> hidden = Suppression.hidden(sizes, rowList, columnList, minimum, complementary);
            Map<Key, Cell> shown = new LinkedHashMap<>();
            members.forEach((key, in) -> shown.put(key, new Cell(key.row(), competency, in.size(),
                    hidden.contains(key) ? null : figures(in))));
            cells.put(competency, shown);
        });
        return new TwoWay(minimum, rowList, columnList, List.copyOf(byCompetency.keySet()), cells);
    }

    private static Figures figures(List<Placed> people) {
        int withLevel = 0;
        int atOrAbove = 0;
        long gaps = 0;
        SortedMap<Integer, Integer> levels = new TreeMap<>();
        for (Placed s : people) {
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

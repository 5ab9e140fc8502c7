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
            Set<Key> hidden = hidden(sizes, rowList, columnList, minimum, complementary);
            Map<Key, Cell> shown = new LinkedHashMap<>();
            members.forEach((key, in) -> shown.put(key, new Cell(key.row(), competency, in.size(),
                    hidden.contains(key) ? null : figures(in))));
            cells.put(competency, shown);
        });
        return new TwoWay(minimum, rowList, columnList, List.copyOf(byCompetency.keySet()), cells);
    }

    /**
     * The cells of one competency's two-way table that show nothing. First those about fewer people than the
     * minimum (all of them where the total is). Then, while any holds, one more, the smallest visible one (the
     * first on a tie) that mends it: a row or column whose total shows while its hidden cells together hold fewer
     * people than the minimum; or a hidden cell that the visible cells determine. The table's rows and columns
     * (margins included) each add up to their total, so that the hidden cells are the edges of a graph between rows
     * and columns in which a row's or column's sum is known; a hidden cell is determined exactly when it lies on no
     * cycle of hidden cells (a bridge), and free to vary, so unknown, when it does.
     */
    private static Set<Key> hidden(Map<Key, Integer> sizes, List<String> rows, List<String> columns, int minimum,
            boolean complementary) {
        Set<Key> hidden = new LinkedHashSet<>();
        sizes.forEach((key, size) -> {
            if (size < minimum) {
                hidden.add(key);
            }
        });
        if (sizes.getOrDefault(new Key(null, null), 0) < minimum) {
            hidden.addAll(sizes.keySet());
        }
        if (!complementary) {
            return hidden;
        }
        List<Key> bySize = sizes.keySet().stream().sorted(Comparator.comparingInt(sizes::get)).toList();
        while (true) {
            Optional<Key> more = smallLine(sizes, rows, columns, hidden, minimum, bySize);
            if (more.isEmpty()) {
                more = mendBridge(hidden, bySize);
            }
            if (more.isEmpty()) {
                return hidden;
            }
            hidden.add(more.get());
        }
    }

    /**
     * The cell to hide beside a row or column (margins included) whose total shows while its hidden cells hold
     * fewer people than the minimum: their sum is its total less its visible cells.
     */
    private static Optional<Key> smallLine(Map<Key, Integer> sizes, List<String> rows, List<String> columns,
            Set<Key> hidden, int minimum, List<Key> bySize) {
        List<List<Key>> lines = new ArrayList<>();
        List<@Nullable String> rowKeys = new ArrayList<>(rows);
        rowKeys.add(null);
        List<@Nullable String> columnKeys = new ArrayList<>(columns);
        columnKeys.add(null);
        for (String row : rowKeys) {
            List<Key> line = new ArrayList<>();
            columns.forEach(c -> line.add(new Key(row, c)));
            line.add(new Key(row, null));
            lines.add(line);
        }
        for (String column : columnKeys) {
            List<Key> line = new ArrayList<>();
            rows.forEach(r -> line.add(new Key(r, column)));
            line.add(new Key(null, column));
            lines.add(line);
        }
        for (List<Key> line : lines) {
            Key total = line.getLast();
            if (!sizes.containsKey(total) || hidden.contains(total)) {
                continue;
            }
            List<Key> members = line.subList(0, line.size() - 1).stream().filter(sizes::containsKey).toList();
            int hiddenPeople = members.stream().filter(hidden::contains).mapToInt(sizes::get).sum();
            if (hiddenPeople > 0 && hiddenPeople < minimum) {
                Optional<Key> smallest = bySize.stream().filter(members::contains).filter(k -> !hidden.contains(k))
                        .findFirst();
                return smallest.isPresent() ? smallest : Optional.of(total);
            }
        }
        return Optional.empty();
    }

    /**
     * The cell to hide so that a hidden cell the others determine (a bridge of the graph of hidden cells) comes to
     * lie on a cycle: the smallest visible cell that joins the two sides the bridge alone joins; where none does, the
     * smallest that reaches out from either side, so that a later step can join them.
     */
    private static Optional<Key> mendBridge(Set<Key> hidden, List<Key> bySize) {
        Map<String, List<Key>> edges = new HashMap<>();
        for (Key k : hidden) {
            edges.computeIfAbsent(rowNode(k), n -> new ArrayList<>()).add(k);
            edges.computeIfAbsent(columnNode(k), n -> new ArrayList<>()).add(k);
        }
        Set<Key> bridges = bridges(edges);
        for (Key bridge : hidden) {
            if (!bridges.contains(bridge)) {
                continue;
            }
            Set<String> rowSide = reach(rowNode(bridge), edges, bridge);
            Set<String> columnSide = reach(columnNode(bridge), edges, bridge);
            Key reaching = null;
            for (Key candidate : bySize) {
                if (hidden.contains(candidate)) {
                    continue;
                }
                String r = rowNode(candidate);
                String c = columnNode(candidate);
                if (rowSide.contains(r) && columnSide.contains(c) || rowSide.contains(c) && columnSide.contains(r)) {
                    return Optional.of(candidate);
                }
                if (reaching == null && (rowSide.contains(r) || rowSide.contains(c) || columnSide.contains(r)
                        || columnSide.contains(c))) {
                    reaching = candidate;
                }
            }
            if (reaching != null) {
                return Optional.of(reaching);
            }
        }
        return Optional.empty();
    }

    /** The nodes reached from this one through the hidden cells, leaving one out. */
    private static Set<String> reach(String from, Map<String, List<Key>> edges, Key without) {
        Set<String> reached = new HashSet<>(List.of(from));
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            String node = todo.pop();
            for (Key k : edges.getOrDefault(node, List.of())) {
                if (!k.equals(without)) {
                    String next = node.equals(rowNode(k)) ? columnNode(k) : rowNode(k);
                    if (reached.add(next)) {
                        todo.push(next);
                    }
                }
            }
        }
        return reached;
    }

    /**
     * The bridges of the graph of hidden cells (rows and columns as nodes; no two cells join the same pair): the
     * cells on no cycle, found by one depth-first search per component (Tarjan), without recursion.
     */
    private static Set<Key> bridges(Map<String, List<Key>> edges) {
        Map<String, Integer> order = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Set<Key> bridges = new HashSet<>();
        for (String root : edges.keySet()) {
            if (order.containsKey(root)) {
                continue;
            }
            java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
            order.put(root, order.size());
            low.put(root, order.size() - 1);
            stack.push(new Frame(root, null));
            while (!stack.isEmpty()) {
                Frame frame = stack.peek();
                List<Key> cells = edges.getOrDefault(frame.node, List.of());
                if (frame.next < cells.size()) {
                    Key k = cells.get(frame.next++);
                    if (k.equals(frame.via)) {
                        continue;
                    }
                    String other = frame.node.equals(rowNode(k)) ? columnNode(k) : rowNode(k);
                    Integer seen = order.get(other);
                    if (seen == null) {
                        order.put(other, order.size());
                        low.put(other, order.size() - 1);
                        stack.push(new Frame(other, k));
                    } else {
                        low.merge(frame.node, seen, Math::min);
                    }
                } else {
                    stack.pop();
                    Frame parent = stack.peek();
                    if (parent != null && frame.via != null) {
                        int reached = java.util.Objects.requireNonNull(low.get(frame.node));
                        low.merge(parent.node, reached, Math::min);
                        if (reached > java.util.Objects.requireNonNull(order.get(parent.node))) {
                            bridges.add(frame.via);
                        }
                    }
                }
            }
        }
        return bridges;
    }

    /** A node on the search's stack: how it was reached, and how far through its cells the search is. */
    private static final class Frame {
        private final String node;
        private final @Nullable Key via;
        private int next;

        private Frame(String node, @Nullable Key via) {
            this.node = node;
            this.via = via;
        }
    }

    private static String rowNode(Key key) {
        return key.row() == null ? "R" : "r" + key.row();
    }

    private static String columnNode(Key key) {
        return key.column() == null ? "C" : "c" + key.column();
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

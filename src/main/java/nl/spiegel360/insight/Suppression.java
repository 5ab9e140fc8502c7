package nl.spiegel360.insight;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spiegel360.insight.OrganisationFigures.Key;

/**
 * Which cells of one competency's two-way table show nothing (see {@link OrganisationFigures#twoWay} and
 * {@code src/docs/organisation-insight.md}). First the cells about fewer people than the minimum (all of them where
 * the total is). Then, while any holds, one more, the smallest visible cell (the first on a tie) that mends it: a row
 * or column whose total shows while its hidden cells together hold fewer people than the minimum; or a hidden cell
 * that the visible cells determine. The table's rows and columns (margins included) each add up to their total, so
 * that the hidden cells are the edges of a graph between rows and columns in which every row's and column's sum is
 * known; a hidden cell is determined exactly when it lies on no cycle of hidden cells (a bridge), and free to vary,
 * so unknown, when it does.
 *
 * <p>Cells, rows and columns are numbered once, so that a table of ten thousand people in a thousand teams is worked
 * through in milliseconds: a line is looked at again only when one of its cells was hidden, and the bridges are
 * found by one search of the hidden cells.
 *
 * <p>Just over 300 lines: one algorithm over one numbering of the table; split, its parts would hand that numbering
 * and the hidden set to each other at every step.
 */
final class Suppression {

    private final List<Key> keys;
    private final int[] size;
    /** Per cell its row node (0..rows, the margin last) and column node (rows + 1 + 0..columns). */
    private final int[] rowNode;
    private final int[] columnNode;
    private final int nodes;
    /** Per line (each row, then each column, margins included) its cells and its total, or -1. */
    private final int[][] members;
    private final int[] total;
    /** Per cell its row's line and its column's line. */
    private final int[] rowLine;
    private final int[] columnLine;
    /** The cells from the smallest to the largest, the first on a tie. */
    private final int[] bySize;
    private final boolean[] hidden;
    private final int[] hiddenPeople;
    private final int minimum;

    private Suppression(Map<Key, Integer> sizes, List<String> rows, List<String> columns, int minimum) {
        this.minimum = minimum;
        this.keys = List.copyOf(sizes.keySet());
        int n = keys.size();
        size = new int[n];
        rowNode = new int[n];
        columnNode = new int[n];
        Map<String, Integer> rowIndex = new HashMap<>();
        rows.forEach(r -> rowIndex.put(r, rowIndex.size()));
        Map<String, Integer> columnIndex = new HashMap<>();
        columns.forEach(c -> columnIndex.put(c, columnIndex.size()));
        int marginRow = rows.size();
        int marginColumn = columns.size();
        for (int i = 0; i < n; i++) {
            Key key = keys.get(i);
            size[i] = sizes.getOrDefault(key, 0);
            String row = key.row();
            String column = key.column();
            rowNode[i] = row == null ? marginRow : rowIndex.getOrDefault(row, marginRow);
            columnNode[i] = marginRow + 1 + (column == null ? marginColumn : columnIndex.getOrDefault(column,
                    marginColumn));
        }
        nodes = marginRow + 1 + marginColumn + 1;
        // a row node's line is its row; a column node's line is its column: one line per node
        List<List<Integer>> lineMembers = new ArrayList<>();
        for (int l = 0; l < nodes; l++) {
            lineMembers.add(new ArrayList<>());
        }
        total = new int[nodes];
        Arrays.fill(total, -1);
        rowLine = new int[n];
        columnLine = new int[n];
        for (int i = 0; i < n; i++) {
            rowLine[i] = rowNode[i];
            columnLine[i] = columnNode[i];
            boolean marginColumnCell = columnNode[i] == nodes - 1;
            boolean marginRowCell = rowNode[i] == marginRow;
            // in its row the cell is a member unless it is the row's total (the margin column), and so in its column
            if (marginColumnCell) {
                total[rowNode[i]] = i;
            } else {
                lineMembers.get(rowNode[i]).add(i);
            }
            if (marginRowCell) {
                total[columnNode[i]] = i;
            } else {
                lineMembers.get(columnNode[i]).add(i);
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> size[i]).thenComparingInt(i -> i));
        bySize = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[bySize[r]] = r;
        }
        members = new int[nodes][];
        for (int l = 0; l < nodes; l++) {
            members[l] = lineMembers.get(l).stream().sorted(Comparator.comparingInt(i -> rank[i]))
                    .mapToInt(Integer::intValue).toArray();
        }
        hidden = new boolean[n];
        hiddenPeople = new int[nodes];
    }

    static Set<Key> hidden(Map<Key, Integer> sizes, List<String> rows, List<String> columns, int minimum,
            boolean complementary) {
        Suppression table = new Suppression(sizes, rows, columns, minimum);
        table.run(complementary);
        Set<Key> hidden = new LinkedHashSet<>();
        for (int i = 0; i < table.keys.size(); i++) {
            if (table.hidden[i]) {
                hidden.add(table.keys.get(i));
            }
        }
        return hidden;
    }

    private void run(boolean complementary) {
        int grand = -1;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).row() == null && keys.get(i).column() == null) {
                grand = i;
            }
        }
        boolean all = grand < 0 || size[grand] < minimum;
        for (int i = 0; i < keys.size(); i++) {
            if (all || size[i] < minimum) {
                hide(i);
            }
        }
        if (!complementary || all) {
            return;
        }
        ArrayDeque<Integer> lines = new ArrayDeque<>();
        for (int l = 0; l < nodes; l++) {
            lines.add(l);
        }
        while (true) {
            while (!lines.isEmpty()) {
                int more = smallLine(lines.poll());
                if (more >= 0) {
                    hide(more);
                    lines.add(rowLine[more]);
                    lines.add(columnLine[more]);
                }
            }
            int more = mendBridge();
            if (more < 0) {
                return;
            }
            hide(more);
            lines.add(rowLine[more]);
            lines.add(columnLine[more]);
        }
    }

    private void hide(int cell) {
        if (!hidden[cell]) {
            hidden[cell] = true;
            if (total[rowLine[cell]] != cell) {
                hiddenPeople[rowLine[cell]] += size[cell];
            }
            if (total[columnLine[cell]] != cell) {
                hiddenPeople[columnLine[cell]] += size[cell];
            }
        }
    }

    /**
     * The cell to hide beside a line whose total shows while its hidden cells hold fewer people than the minimum
     * (their sum is its total less its visible cells); -1 where the line is fine.
     */
    private int smallLine(int line) {
        int sum = total[line];
        if (sum < 0 || hidden[sum] || hiddenPeople[line] == 0 || hiddenPeople[line] >= minimum) {
            return -1;
        }
        for (int cell : members[line]) {
            if (!hidden[cell]) {
                return cell;
            }
        }
        return sum;
    }

    /**
     * The cell to hide so that a hidden cell the others determine (a bridge) comes to lie on a cycle: the smallest
     * visible cell that joins the two sides the bridge alone joins; where none does, the smallest that reaches out
     * from either side, so that a later step can join them; -1 where no hidden cell is a bridge.
     */
    private int mendBridge() {
        List<List<Integer>> edges = new ArrayList<>();
        for (int v = 0; v < nodes; v++) {
            edges.add(new ArrayList<>());
        }
        for (int i = 0; i < keys.size(); i++) {
            if (hidden[i]) {
                edges.get(rowNode[i]).add(i);
                edges.get(columnNode[i]).add(i);
            }
        }
        int bridge = firstBridge(edges);
        if (bridge < 0) {
            return -1;
        }
        boolean[] rowSide = reach(rowNode[bridge], edges, bridge);
        boolean[] columnSide = reach(columnNode[bridge], edges, bridge);
        int reaching = -1;
        for (int cell : bySize) {
            if (hidden[cell]) {
                continue;
            }
            int r = rowNode[cell];
            int c = columnNode[cell];
            if (rowSide[r] && columnSide[c] || rowSide[c] && columnSide[r]) {
                return cell;
            }
            if (reaching < 0 && (rowSide[r] || rowSide[c] || columnSide[r] || columnSide[c])) {
                reaching = cell;
            }
        }
        return reaching;
    }

    private boolean[] reach(int from, List<List<Integer>> edges, int without) {
        boolean[] reached = new boolean[nodes];
        reached[from] = true;
        ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            int node = todo.pop();
            for (int cell : edges.get(node)) {
                if (cell != without) {
                    int next = node == rowNode[cell] ? columnNode[cell] : rowNode[cell];
                    if (!reached[next]) {
                        reached[next] = true;
                        todo.push(next);
                    }
                }
            }
        }
        return reached;
    }

    /**
     * The first hidden cell (in the table's order) that lies on no cycle of hidden cells, or -1: one depth-first
     * search per component (Tarjan's bridges), without recursion.
     */
    private int firstBridge(List<List<Integer>> edges) {
        int[] order = new int[nodes];
        int[] low = new int[nodes];
        Arrays.fill(order, -1);
        boolean[] bridge = new boolean[keys.size()];
        int counter = 0;
        for (int root = 0; root < nodes; root++) {
            if (order[root] >= 0 || edges.get(root).isEmpty()) {
                continue;
            }
            // each frame: node, the cell it was reached by (-1 at the root), how far through its cells the search is
            ArrayDeque<int[]> stack = new ArrayDeque<>();
            order[root] = counter;
            low[root] = counter++;
            stack.push(new int[] {root, -1, 0});
            while (!stack.isEmpty()) {
                int[] frame = stack.peek();
                int node = frame[0];
                List<Integer> cells = edges.get(node);
                if (frame[2] < cells.size()) {
                    int cell = cells.get(frame[2]++);
                    if (cell == frame[1]) {
                        continue;
                    }
                    int other = node == rowNode[cell] ? columnNode[cell] : rowNode[cell];
                    if (order[other] < 0) {
                        order[other] = counter;
                        low[other] = counter++;
                        stack.push(new int[] {other, cell, 0});
                    } else {
                        low[node] = Math.min(low[node], order[other]);
                    }
                } else {
                    stack.pop();
                    int[] parent = stack.peek();
                    if (parent != null) {
                        low[parent[0]] = Math.min(low[parent[0]], low[node]);
                        if (low[node] > order[parent[0]]) {
                            bridge[frame[1]] = true;
                        }
                    }
                }
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            if (bridge[i]) {
                return i;
            }
        }
        return -1;
    }
}

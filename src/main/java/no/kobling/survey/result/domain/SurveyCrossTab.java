package no.kobling.survey.result.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A cross-tabulation of one choice or scale question by a dimension of the response snapshot (municipality, target
 * group or country): a count of responses per cell, the row totals (responses in the row), the column totals
 * (responses that chose the column) and the grand total (responses in the table). A response with several values
 * (target groups, multiple choice) counts in each of its rows and columns; a response without a value of the
 * dimension counts in the row with the empty key ("none").
 * <p>
 * Suppression (anonymous surveys, docs/surveys.md): every cell, total or grand total below {@value #MINIMUM} is hidden
 * (zero included); then, until nothing changes, every line (a row with its total, a column with its total, the row of
 * column totals with the grand total, the column of row totals with the grand total) that has exactly one hidden entry
 * gets a second one hidden — the smallest visible inner entry of the line, else its total — so that no hidden entry
 * can be recovered by subtracting the visible ones from a total.
 */
public final class SurveyCrossTab {

    public static final int MINIMUM = 3;

    /** A cell: {@code count} null when hidden. */
    public record Cell(Long count, boolean hidden) {
    }

    public record Row(String key, List<Cell> cells, Cell total) {
    }

    public record Table(List<String> columns, List<Row> rows, List<Cell> columnTotals, Cell total,
            boolean suppressed) {
    }

    private SurveyCrossTab() {
    }

    /**
     * Builds the table: {@code columns} and {@code rowOrder} give the order of known keys (others are appended in the
     * order met); {@code rowsOf} and {@code columnsOf} give a response's keys.
     */
    public static Table build(List<SurveyResponseData> responses, List<String> columns, List<String> rowOrder,
            Function<SurveyResponseData, Set<String>> rowsOf, Function<SurveyResponseData, Set<String>> columnsOf,
            boolean suppress) {
        Map<String, Integer> cols = new LinkedHashMap<>();
        columns.forEach(c -> cols.putIfAbsent(c, cols.size()));
        Map<String, Integer> rows = new LinkedHashMap<>();
        rowOrder.forEach(r -> rows.putIfAbsent(r, rows.size()));
        List<Set<String>> rowKeys = new ArrayList<>();
        List<Set<String>> colKeys = new ArrayList<>();
        for (SurveyResponseData r : responses) {
            Set<String> c = columnsOf.apply(r);
            if (c.isEmpty()) {
                rowKeys.add(Set.of());
                colKeys.add(Set.of());
                continue;
            }
            Set<String> k = rowsOf.apply(r);
            Set<String> rk = k.isEmpty() ? Set.of("") : k;
            rk.forEach(x -> rows.putIfAbsent(x, rows.size()));
            c.forEach(x -> cols.putIfAbsent(x, cols.size()));
            rowKeys.add(rk);
            colKeys.add(c);
        }
        int nr = rows.size();
        int nc = cols.size();
        long[][] n = new long[nr + 1][nc + 1];
        for (int i = 0; i < rowKeys.size(); i++) {
            if (colKeys.get(i).isEmpty()) {
                continue;
            }
            for (String rk : rowKeys.get(i)) {
                int ri = rows.get(rk);
                for (String ck : colKeys.get(i)) {
                    n[ri][cols.get(ck)]++;
                }
                n[ri][nc]++;
            }
            for (String ck : colKeys.get(i)) {
                n[nr][cols.get(ck)]++;
            }
            n[nr][nc]++;
        }
        boolean[][] hidden = suppress ? suppression(n) : new boolean[nr + 1][nc + 1];
        List<Row> out = new ArrayList<>();
        List<String> rowNames = new ArrayList<>(rows.keySet());
        for (int i = 0; i < nr; i++) {
            List<Cell> cells = new ArrayList<>();
            for (int j = 0; j < nc; j++) {
                cells.add(cell(n, hidden, i, j));
            }
            out.add(new Row(rowNames.get(i), cells, cell(n, hidden, i, nc)));
        }
        List<Cell> totals = new ArrayList<>();
        for (int j = 0; j < nc; j++) {
            totals.add(cell(n, hidden, nr, j));
        }
        return new Table(new ArrayList<>(cols.keySet()), out, totals, cell(n, hidden, nr, nc), suppress);
    }

    private static Cell cell(long[][] n, boolean[][] hidden, int i, int j) {
        return hidden[i][j] ? new Cell(null, true) : new Cell(n[i][j], false);
    }

    /**
     * The hidden entries of a table whose last row holds the column totals and last column the row totals (see the
     * class comment for the rule).
     */
    public static boolean[][] suppression(long[][] n) {
        int rows = n.length;
        int cols = n[0].length;
        boolean[][] h = new boolean[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                h[i][j] = n[i][j] < MINIMUM;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < rows; i++) {
                int[][] line = new int[cols][];
                for (int j = 0; j < cols; j++) {
                    line[j] = new int[] {i, j};
                }
                changed |= secondary(n, h, line);
            }
            for (int j = 0; j < cols; j++) {
                int[][] line = new int[rows][];
                for (int i = 0; i < rows; i++) {
                    line[i] = new int[] {i, j};
                }
                changed |= secondary(n, h, line);
            }
        }
        return h;
    }

    /** A line's last entry is its total. Hides one more entry when exactly one is hidden; true if it did. */
    private static boolean secondary(long[][] n, boolean[][] h, int[][] line) {
        int hiddenCount = 0;
        for (int[] p : line) {
            if (h[p[0]][p[1]]) {
                hiddenCount++;
            }
        }
        if (hiddenCount != 1) {
            return false;
        }
        int[] pick = null;
        for (int k = 0; k < line.length - 1; k++) {
            int[] p = line[k];
            if (!h[p[0]][p[1]] && (pick == null || n[p[0]][p[1]] < n[pick[0]][pick[1]])) {
                pick = p;
            }
        }
        if (pick == null) {
            pick = line[line.length - 1];
        }
        if (h[pick[0]][pick[1]]) {
            return false;
        }
        h[pick[0]][pick[1]] = true;
        return true;
    }
}

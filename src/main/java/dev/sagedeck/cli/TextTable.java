package dev.sagedeck.cli;

import dev.sagedeck.app.format.Cells;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The CLI's one table rule: every column as wide as its widest cell (the header's included, in
 * terminal cells), two spaces between columns, the last column as it is and no trailing blanks.
 * {@code jobs}, {@code jobs --tuning}, a search's configurations ({@code describe}, {@code tune --wait})
 * and {@code compare} print through it, so no name is ever wider than its column.
 */
final class TextTable {
    static final String GAP = "  ";

    private TextTable() {}

    /** The rows as lines, the first row usually the header; cells already made inert by the caller. */
    static List<String> lines(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[columns];
        for (List<String> r : rows) {
            for (int c = 0; c < r.size(); c++) {
                width[c] = Math.max(width[c], Cells.width(r.get(c)));
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.size(); c++) {
                String cell = r.get(c);
                line.append(cell);
                if (c < r.size() - 1) {
                    line.append(" ".repeat(width[c] - Cells.width(cell))).append(GAP);
                }
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    /** Prints the rows as {@link #lines}, each after {@code indent}. */
    static void print(PrintWriter out, String indent, List<List<String>> rows) {
        lines(rows).forEach(l -> out.println(l.isEmpty() ? l : indent + l));
    }
}

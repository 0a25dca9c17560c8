package dev.sagedeck.app.view;

import dev.sagedeck.app.Rect;
import dev.sagedeck.app.AppState;
import dev.sagedeck.app.JobQuery;
import dev.sagedeck.app.ListRow;
import dev.sagedeck.app.SearchText;
import dev.sagedeck.app.Text;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.List;

/** Draws the job list: only the visible rows, so 10,000 jobs cost the same as 20. */
final class ListPainter {
    private ListPainter() {}

    static void paint(Canvas c, AppState s, Rect area, boolean focused) {
        Ownership me = s.session().ownership();
        List<ListRow> rows = JobQuery.rows(s.list(), me);
        long shown = rows.stream().filter(r -> r.kind() != ListRow.Kind.CHILD).count();
        String title = (s.list().scope() == JobScope.MINE ? "My jobs" : "All jobs") + " (" + shown + ")"
                + (s.compare().marked().isEmpty() ? "" : ", " + s.compare().marked().size() + " marked");
        c.box(area, title, focused ? Role.BORDER_FOCUS : Role.BORDER, Role.TITLE);
        Rect in = area.inner();
        if (in.isEmpty()) {
            return;
        }
        boolean all = s.list().scope() == JobScope.ALL;
        List<ListColumn> cols = ListColumns.fitting(in.width(), all);
        int nameWidth = ListColumns.nameWidth(in.width(), cols);
        drawHeader(c, in, cols, nameWidth);
        if (rows.isEmpty()) {
            String msg = s.list().filter().isBlank()
                    ? (s.list().loadedAt() == null ? Text.LOADING : Text.EMPTY_MINE)
                    : Text.EMPTY_FILTERED.formatted(s.list().filter());
            List<Line> lines = new ArrayList<>();
            String[] paragraphs = msg.split("\n");
            for (int i = 0; i < paragraphs.length; i++) {
                lines.addAll(TextFit.wrap(Line.of(paragraphs[i], i == 0 ? Role.NORMAL : Role.DIM), in.width() - 2, 2));
            }
            for (int i = 0; i < lines.size() && 2 + i < in.height(); i++) {
                lines.get(i).draw(c, in.x() + 1, in.y() + 2 + i, in.width() - 2);
            }
            return;
        }
        int visible = Math.max(1, in.height() - 1);
        int sel = JobQuery.selectedIndex(rows.stream().map(ListRow::job).toList(), s.list().selected());
        int top = Math.max(0, Math.min(sel - visible / 2, rows.size() - visible));
        for (int r = 0; r < visible && top + r < rows.size(); r++) {
            ListRow row = rows.get(top + r);
            TrainingJob j = row.job();
            int y = in.y() + 1 + r;
            boolean mine = me.isMine(j);
            drawRow(c, in.x(), y, row, s, cols, nameWidth, mine);
            if (top + r == sel) {
                c.paint(in.x(), y, in.width(), focused ? Role.SELECTED : Role.SELECTED_UNFOCUSED);
            }
        }
    }

    private static void drawHeader(Canvas c, Rect in, List<ListColumn> cols, int nameWidth) {
        int x = in.x() + 1;
        c.put(x, in.y(), TextFit.pad("NAME", nameWidth), Role.COLUMN_HEADER, nameWidth);
        x += nameWidth + 1;
        for (ListColumn col : cols) {
            c.put(x, in.y(), TextFit.pad(col.header(), col.width()), Role.COLUMN_HEADER, col.width());
            x += col.width() + 1;
        }
    }

    private static void drawRow(Canvas c, int x0, int y, ListRow row, AppState s, List<ListColumn> cols, int nameWidth, boolean mine) {
        TrainingJob j = row.job();
        Role base = mine ? Role.NORMAL : Role.OTHERS;
        int x = x0 + 1;
        // the mark column appears once something is marked for compare, so an unmarked list keeps its width
        String mark = s.compare().marked().isEmpty() ? "" : s.compare().isMarked(j.name()) ? "* " : "  ";
        // a job with a signal not yet looked at carries "!" before its name
        String flag = s.signals().flagged().contains(j.name()) ? Text.SIGNAL_MARK : "";
        // a long name loses its middle, so the owner prefix and the distinguishing end both stay
        // a search's marker and its training jobs' indent come first, so the tree reads down the left edge
        String prefix = switch (row.kind()) {
            case SEARCH -> row.expanded() ? SearchText.EXPANDED : SearchText.COLLAPSED;
            case CHILD -> SearchText.CHILD_INDENT;
            case JOB -> "";
        } + mark + flag;
        c.put(x, y, TextFit.pad(prefix + TextFit.middle(j.name(), Math.max(0, nameWidth - prefix.length())), nameWidth), base, nameWidth);
        x += nameWidth + 1;
        for (ListColumn col : cols) {
            if (row.kind() == ListRow.Kind.SEARCH && !ListColumns.beforeSummary(col)) {
                // a search's row says its progress, best, cost, strategy and objective across the columns left
                int room = Math.max(0, end(x0, cols, nameWidth) - x);
                c.put(x, y, TextFit.pad(SearchSummary.of(row.search(), room), room), base, room);
                return;
            }
            ListColumn.Cell cell = col.value().apply(j, s);
            c.put(x, y, TextFit.pad(cell.text(), col.width()), cell.role() == null ? base : cell.role(), col.width());
            x += col.width() + 1;
        }
    }

    /** Where the last column ends: the row's right margin. */
    private static int end(int x0, List<ListColumn> cols, int nameWidth) {
        return x0 + 1 + nameWidth + cols.stream().mapToInt(col -> col.width() + 1).sum();
    }
}

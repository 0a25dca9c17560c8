package dev.sagedeck.app.view;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.JobCost;
import dev.sagedeck.app.JobQuery;
import dev.sagedeck.app.MetricSeries;
import dev.sagedeck.domain.Price;
import java.util.Optional;
import dev.sagedeck.app.Text;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.List;

/** Draws the job list: only the visible rows, so 10,000 jobs cost the same as 20. */
final class ListPainter {
    private ListPainter() {}

    /** A column: header, width, and whether it is dropped first when space is short (higher = sooner). */
    private record Column(String header, int width, int dropOrder) {}

    static void paint(Canvas c, AppState s, Rect area, boolean focused) {
        Ownership me = s.session().ownership();
        List<TrainingJob> rows = JobQuery.visible(s.list(), me);
        String title = (s.list().scope() == JobScope.MINE ? "My jobs" : "All jobs") + " (" + rows.size() + ")"
                + (s.compare().marked().isEmpty() ? "" : ", " + s.compare().marked().size() + " marked");
        c.box(area, title, focused ? Role.BORDER_FOCUS : Role.BORDER, Role.TITLE);
        Rect in = area.inner();
        if (in.isEmpty()) {
            return;
        }
        boolean all = s.list().scope() == JobScope.ALL;
        List<Column> cols = columns(in.width(), all);
        int nameWidth = in.width() - cols.stream().mapToInt(col -> col.width() + 1).sum() - 1;
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
        int sel = JobQuery.selectedIndex(rows, s.list().selected());
        int top = Math.max(0, Math.min(sel - visible / 2, rows.size() - visible));
        for (int r = 0; r < visible && top + r < rows.size(); r++) {
            TrainingJob j = rows.get(top + r);
            int y = in.y() + 1 + r;
            boolean mine = me.isMine(j);
            drawRow(c, in.x(), y, j, s, cols, nameWidth, mine);
            if (top + r == sel) {
                c.paint(in.x(), y, in.width(), focused ? Role.SELECTED : Role.SELECTED_UNFOCUSED);
            }
        }
    }

    /** "-" for local runs (no bill), "?" when the price is unknown, else the cost so far. */
    private static String cost(TrainingJob j, AppState s) {
        if (j.backend() == Backend.LOCAL) {
            return "-";
        }
        Optional<Price> price = s.session().price(j.resources() == null ? null : j.resources().instanceType());
        if (price.isEmpty()) {
            return "?";
        }
        return JobCost.of(j, price, s.now()).map(c -> Formats.money(c.usd())).orElse("$0.00");
    }

    private static List<Column> columns(int width, boolean all) {
        List<Column> cols = new ArrayList<>();
        if (all) {
            cols.add(new Column("OWNER", 10, 2));
        }
        cols.add(new Column("WHERE", 9, 3));
        cols.add(new Column("STATUS", 12, 0));
        cols.add(new Column("PHASE", 12, 4));
        cols.add(new Column("INSTANCE", 16, 5));
        cols.add(new Column("ELAPSED", 8, 1));
        cols.add(new Column("COST", 9, 6));
        cols.add(new Column("TREND", 12, 7));
        // drop the least important columns until the name keeps at least 30 cells
        while (width - cols.stream().mapToInt(col -> col.width() + 1).sum() - 1 < 30) {
            Column drop = cols.stream().max((a, b) -> Integer.compare(a.dropOrder(), b.dropOrder())).orElse(null);
            if (drop == null || drop.dropOrder() == 0) {
                break;
            }
            cols.remove(drop);
        }
        return cols;
    }

    private static void drawHeader(Canvas c, Rect in, List<Column> cols, int nameWidth) {
        int x = in.x() + 1;
        c.put(x, in.y(), Formats.pad("NAME", nameWidth), Role.COLUMN_HEADER, nameWidth);
        x += nameWidth + 1;
        for (Column col : cols) {
            c.put(x, in.y(), Formats.pad(col.header(), col.width()), Role.COLUMN_HEADER, col.width());
            x += col.width() + 1;
        }
    }

    private static void drawRow(Canvas c, int x0, int y, TrainingJob j, AppState s, List<Column> cols, int nameWidth, boolean mine) {
        Role base = mine ? Role.NORMAL : Role.OTHERS;
        int x = x0 + 1;
        // the mark column appears once something is marked for compare, so an unmarked list keeps its width
        String mark = s.compare().marked().isEmpty() ? "" : s.compare().isMarked(j.name()) ? "* " : "  ";
        // a job with a signal not yet looked at carries "!" before its name
        String flag = s.signals().flagged().contains(j.name()) ? Text.SIGNAL_MARK : "";
        c.put(x, y, Formats.pad(mark + flag + j.name(), nameWidth), base, nameWidth);
        x += nameWidth + 1;
        for (Column col : cols) {
            String v;
            Role role = base;
            switch (col.header()) {
                case "OWNER":
                    String owner = s.session().ownership().ownerOf(j);
                    v = owner == null ? "?" : owner;
                    break;
                case "WHERE":
                    v = j.backend() == Backend.LOCAL ? "local" : "SageMaker";
                    break;
                case "STATUS":
                    v = Formats.status(j.status());
                    role = Formats.statusRole(j.status());
                    break;
                case "PHASE":
                    v = j.secondaryStatus() == null ? "" : j.secondaryStatus();
                    break;
                case "INSTANCE":
                    Resources r = j.resources();
                    v = r == null ? "" : Resources.LOCAL_INSTANCE.equals(r.instanceType()) ? "this machine" : r.instanceType() + " x" + r.instanceCount();
                    break;
                case "ELAPSED":
                    v = Formats.duration(j.timing().elapsed(s.now()));
                    break;
                case "COST":
                    v = cost(j, s);
                    break;
                case "TREND":
                    MetricSeries m = s.list().series().getOrDefault(j.name(), MetricSeries.EMPTY);
                    v = m.headline().map(h -> Sparkline.of(m.of(h), col.width())).orElse("");
                    role = Role.PLOT_VALIDATION;
                    break;
                default:
                    v = "";
            }
            c.put(x, y, Formats.pad(v, col.width()), role, col.width());
            x += col.width() + 1;
        }
    }
}

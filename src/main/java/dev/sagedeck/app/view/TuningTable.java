package dev.sagedeck.app.view;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.InertText;
import dev.sagedeck.app.Rect;
import dev.sagedeck.app.TuningColumns;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.tuning.TuningText;
import dev.sagedeck.app.tuning.TuningViewState;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.ParameterRange;
import dev.sagedeck.domain.tuning.Ranking;
import java.util.ArrayList;
import java.util.List;

/**
 * The training jobs of a search, best first: a mark column ({@code +} marked for compare), the job
 * (its name after the search's, which every one repeats), each searched hyperparameter's value, the
 * final objective ({@code *} the best; {@code —} none yet), the status (stopped early said so) and the
 * runtime. Which rows show of how many, and how many searched hyperparameters did not fit (the job view has
 * them all), are said on the {@code footer} row (the box's bottom border).
 */
final class TuningTable {
    private static final int OBJECTIVE = TuningColumns.OBJECTIVE;
    private static final int STATUS = TuningColumns.STATUS;
    private static final int RUNTIME = TuningColumns.RUNTIME;

    private TuningTable() {}

    static void paint(Canvas c, AppState s, TuningViewState t, List<Ranking.Row> rows, Rect area, Rect footer) {
        if (area.height() < 2 || area.width() < 20) {
            return;
        }
        int x0 = area.x() + 1;
        int width = area.width() - 2; // a cell from the border on the right, so no word ever touches it
        if (rows.isEmpty()) {
            String text = TuningText.NO_CHILDREN.formatted(t.search().limits().maxParallel());
            List<Line> lines = TextFit.wrap(Line.of(text, Role.DIM), width - 1, 0);
            for (int i = 0; i < lines.size() && i < area.height(); i++) {
                lines.get(i).draw(c, x0, area.y() + i, width - 1);
            }
            return;
        }
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(TuningColumns.shortName(t.name(), r.job().name())));
        TuningColumns cols = TuningColumns.of(t, rows, width);
        int job = cols.job();
        boolean runtime = cols.runtime();
        List<ParameterRange> ranges = t.ranges();
        List<Integer> widths = cols.params();
        int hidden = cols.hidden();
        // the header
        int y = area.y();
        int x = x0 + 2;
        x += put(c, x, y, TuningText.COL_JOB, job, Role.COLUMN_HEADER);
        for (int i = 0; i < widths.size(); i++) {
            x += put(c, x, y, TextFit.middle(InertText.of(ranges.get(i).name()), widths.get(i)), widths.get(i), Role.COLUMN_HEADER);
        }
        x += put(c, x, y, TuningText.COL_OBJECTIVE, OBJECTIVE, Role.COLUMN_HEADER);
        x += put(c, x, y, TuningText.COL_STATUS, STATUS, Role.COLUMN_HEADER);
        if (runtime) {
            x += put(c, x, y, TuningText.COL_RUNTIME, RUNTIME, Role.COLUMN_HEADER);
        }
        int visible = Math.max(1, area.height() - 1);
        int sel = t.selectedIndex(rows);
        int top = t.topFor(rows, visible); // the reducer's rule: a resize since the last key may have moved it
        String where = rows.size() > visible ? (top + 1) + "-" + Math.min(rows.size(), top + visible) + " of " + rows.size() : "";
        String more = hidden > 0 ? TuningText.MORE_COLUMNS.formatted(hidden) : "";
        String right = (more + (more.isEmpty() || where.isEmpty() ? "" : "  ") + where).strip();
        if (!right.isEmpty()) {
            // on the box's bottom border, right-aligned: the columns keep every cell of the header row
            c.put(Math.max(x0, footer.x() + footer.width() - 3 - Canvas.widthOf(right)), footer.y(), " " + right + " ", Role.DIM);
        }
        for (int r = 0; r < visible && top + r < rows.size(); r++) {
            int ry = y + 1 + r;
            Ranking.Row row = rows.get(top + r);
            TrainingJob j = row.job();
            int cx = x0;
            c.put(cx, ry, t.marked().contains(j.name()) ? "+" : " ", Role.KEY);
            cx += 2;
            cx += put(c, cx, ry, TextFit.middle(InertText.of(names.get(top + r)), job), job, Role.NORMAL);
            for (int i = 0; i < widths.size(); i++) {
                String v = InertText.of(j.hyperParameters().getOrDefault(ranges.get(i).name(), ""));
                cx += put(c, cx, ry, TextFit.middle(v, widths.get(i)), widths.get(i), Role.NORMAL);
            }
            cx += put(c, cx, ry, objective(row), OBJECTIVE, row.best() ? Role.COMPLETED : row.value() == null ? Role.DIM : Role.NORMAL);
            boolean early = row.stoppedEarly() != null;
            cx += put(c, cx, ry, early ? TuningText.STOPPED_EARLY : Formats.status(j.status()), STATUS, early ? Role.STOPPED : Role.of(j.status()));
            if (runtime) {
                put(c, cx, ry, j.timing() == null ? "-" : Formats.duration(j.timing().elapsed(s.now())), RUNTIME, Role.DIM);
            }
            if (top + r == sel) {
                c.paint(x0, ry, width - 1, Role.SELECTED);
            }
        }
    }

    /** The objective as the table shows it: 4 digits, {@code *} after the best, a dash when there is none yet. */
    static String objective(Ranking.Row row) {
        if (row.value() == null) {
            return TuningText.NO_VALUE;
        }
        return Formats.metric(row.value()) + (row.best() ? " *" : "");
    }

    /** Text in a column of {@code width} and the space after it; returns the cells the column takes. */
    private static int put(Canvas c, int x, int y, String text, int width, Role role) {
        c.put(x, y, TextFit.pad(text, width), role, width);
        return width + 1;
    }
}

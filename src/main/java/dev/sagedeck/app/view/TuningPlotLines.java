package dev.sagedeck.app.view;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.InertText;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.tuning.ScatterPlot;
import dev.sagedeck.app.tuning.TuningText;
import dev.sagedeck.app.tuning.TuningViewState;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.tuning.ParameterRange;
import dev.sagedeck.domain.tuning.Ranking;
import java.util.ArrayList;
import java.util.List;

/**
 * The scatter plot as lines: a title naming the objective and the hyperparameter on x (and the keys
 * that pick another), the grid of {@link ScatterPlot} with the objective's range on the left, the x
 * axis, and its labels (the range's ends, or each category under its column).
 */
final class TuningPlotLines {
    private TuningPlotLines() {}

    static List<Line> of(AppState s, TuningViewState t, List<Ranking.Row> rows, int width, int height) {
        List<Line> out = new ArrayList<>();
        if (width < 20 || height < 4) {
            return out;
        }
        var plotted = t.plotted();
        if (plotted.isEmpty()) {
            out.add(Line.of(TextFit.words(TuningText.PLOT_NO_RANGES, width), Role.DIM));
            return out;
        }
        ParameterRange range = plotted.get();
        List<ScatterPlot.Point> points = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Ranking.Row r : rows) {
            String x = r.job().hyperParameters().get(range.name());
            points.add(new ScatterPlot.Point(x, r.value(), r.best()));
            seen.add(x);
        }
        // a local search decides Auto itself: logarithmic when the range spans a factor of 10 (SageMaker does not say)
        ScatterPlot.Axis axis = ScatterPlot.Axis.of(range, t.backend() == Backend.LOCAL, seen);
        String log = axis.kind() == ScatterPlot.Axis.Kind.LOG ? TuningText.PLOT_LOG : "";
        Line title = Line.of(TuningText.PLOT_TITLE.formatted(InertText.of(t.search().objective().metric()), InertText.of(range.name()), log), Role.TITLE);
        String prev = s.session().keymap().keyFor(Action.PLOT_PREV, View.TUNING).map(k -> Formats.key(k.code())).orElse(null);
        String next = s.session().keymap().keyFor(Action.PLOT_NEXT, View.TUNING).map(k -> Formats.key(k.code())).orElse(null);
        if (t.ranges().size() > 1 && prev != null && next != null) {
            title = title.plus(TuningText.PLOT_PICK.formatted(prev, next), Role.DIM);
        }
        int gridRows = height - 3;
        List<String> labels = new ArrayList<>();
        ScatterPlot.Plot probe = ScatterPlot.of(points, axis, 1, 1);
        if (probe.plotted() == 0) {
            out.add(title);
            out.add(Line.of(TextFit.words(TuningText.PLOT_EMPTY, width), Role.DIM));
            return out;
        }
        labels.add(Formats.metric(probe.yMax()));
        labels.add(Formats.metric(probe.yMin()));
        int labelWidth = labels.stream().mapToInt(String::length).max().orElse(1);
        int gridWidth = width - labelWidth - 1;
        ScatterPlot.Plot plot = ScatterPlot.of(points, axis, gridWidth, gridRows);
        if (plot.notPlotted() > 0) {
            title = title.plus(TuningText.PLOT_NOT_SHOWN.formatted(plot.notPlotted()), Role.DIM);
        }
        out.add(title);
        // the cursor's job stands out in the plot too, so a row of the table can be found among the points
        int[] cursor = cursor(t, range, axis, plot, gridWidth, gridRows);
        for (int r = 0; r < gridRows; r++) {
            String label = r == 0 ? labels.get(0) : r == gridRows - 1 ? labels.get(1) : "";
            Line l = Line.of(" ".repeat(labelWidth - label.length()) + label + "|", Role.DIM);
            out.add(points(l, plot.rows().get(r), cursor[1] == r ? cursor[0] : -1));
        }
        out.add(Line.of(" ".repeat(labelWidth) + "+" + "-".repeat(gridWidth), Role.DIM));
        out.add(Line.of(" ".repeat(labelWidth + 1) + xLabels(axis, gridWidth), Role.DIM));
        return out;
    }

    /** The cell (column, row) of the selected job's point, or {-1, -1} when it has none. */
    private static int[] cursor(TuningViewState t, ParameterRange range, ScatterPlot.Axis axis, ScatterPlot.Plot plot, int width, int height) {
        var job = t.selectedJob();
        if (job.isEmpty()) {
            return new int[] {-1, -1};
        }
        Double y = Ranking.value(job.get(), t.search().objective()).orElse(null);
        int col = axis.column(job.get().hyperParameters().get(range.name()), width);
        if (y == null || !Double.isFinite(y) || col < 0) {
            return new int[] {-1, -1};
        }
        return new int[] {col, ScatterPlot.row(y, plot.yMin(), plot.yMax(), height)};
    }

    /** A grid row's points in the plot's colour, the best in the best's, the cursor's cell selected. */
    private static Line points(Line l, String row, int cursor) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < row.length(); i++) {
            char ch = row.charAt(i);
            Role own = i == cursor ? Role.SELECTED : ch == ScatterPlot.BEST ? Role.COMPLETED : null;
            if (own != null) {
                l = l.plus(run.toString(), Role.PLOT_VALIDATION).plus(String.valueOf(ch), own);
                run.setLength(0);
            } else {
                run.append(ch);
            }
        }
        return l.plus(run.toString(), Role.PLOT_VALIDATION);
    }

    /** The range's ends at the axis' ends; each category centred under its column, cut to its share. */
    static String xLabels(ScatterPlot.Axis axis, int width) {
        char[] line = new char[width];
        java.util.Arrays.fill(line, ' ');
        if (axis.kind() == ScatterPlot.Axis.Kind.CATEGORIES) {
            int n = axis.categories().size();
            int share = Math.max(1, width / Math.max(1, n) - 1);
            for (int i = 0; i < n; i++) {
                String name = TextFit.middle(InertText.of(axis.categories().get(i)), share);
                int col = axis.column(axis.categories().get(i), width);
                write(line, Math.max(0, col - name.length() / 2), name);
            }
        } else {
            String lo = ParameterRange.format(axis.min());
            String hi = ParameterRange.format(axis.max());
            write(line, 0, lo);
            write(line, Math.max(lo.length() + 1, width - hi.length()), hi);
        }
        return new String(line).stripTrailing();
    }

    private static void write(char[] line, int at, String text) {
        for (int i = 0; i < text.length() && at + i < line.length; i++) {
            line[at + i] = text.charAt(i);
        }
    }
}

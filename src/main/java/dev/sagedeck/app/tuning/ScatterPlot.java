package dev.sagedeck.app.tuning;

import dev.sagedeck.domain.tuning.ParameterRange;
import dev.sagedeck.domain.tuning.Scaling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The objective (y, higher up) against one hyperparameter (x) as a grid of characters: {@code o} one
 * training job, {@code 2}..{@code 9} that many in one cell, {@code #} ten or more, {@code *} the cell of
 * the best. The x axis spans the searched range (widened to any value outside it), logarithmic when
 * the range is; categorical values are evenly spaced columns. Pure: the same points always land in the same cells.
 */
public final class ScatterPlot {
    public static final char ONE = 'o';
    public static final char MANY = '#';
    public static final char BEST = '*';

    private ScatterPlot() {}

    /** One training job: its value of the plotted hyperparameter as written, its objective (null: none yet), whether it is the best. */
    public record Point(String x, Double y, boolean best) {}

    /** The grid (rows top to bottom), the y range it spans, how many points it holds and how many it could not place. */
    public record Plot(List<String> rows, double yMin, double yMax, int plotted, int notPlotted, Axis axis) {
        public Plot {
            rows = List.copyOf(rows);
        }
    }

    /** How x values become columns. */
    public record Axis(Kind kind, double min, double max, List<String> categories) {
        /** Linear or logarithmic numbers, or categories in columns. */
        public enum Kind {
            LINEAR,
            LOG,
            CATEGORIES
        }

        public Axis {
            categories = List.copyOf(categories);
        }

        /**
         * The axis of a searched range: its bounds widened to the values seen; logarithmic when the
         * range is Logarithmic, or Auto where Auto means logarithmic for it ({@code autoIsLog}: a local
         * search decides so, see {@link Scaling#resolved}); categorical values in their order, then any other seen.
         */
        public static Axis of(ParameterRange range, boolean autoIsLog, List<String> seen) {
            double min;
            double max;
            Scaling scaling;
            if (range instanceof ParameterRange.IntegerRange i) {
                min = i.min();
                max = i.max();
                scaling = i.scaling();
            } else if (range instanceof ParameterRange.ContinuousRange c) {
                min = c.min();
                max = c.max();
                scaling = c.scaling();
            } else {
                Set<String> cats = new LinkedHashSet<>(((ParameterRange.CategoricalValues) range).values());
                cats.addAll(seen.stream().filter(v -> v != null && !v.isEmpty()).sorted().toList());
                return new Axis(Kind.CATEGORIES, 0, 0, new ArrayList<>(cats));
            }
            for (String v : seen) {
                double d = number(v);
                if (Double.isFinite(d)) {
                    min = Math.min(min, d);
                    max = Math.max(max, d);
                }
            }
            boolean log = scaling == Scaling.LOGARITHMIC || (scaling == Scaling.AUTO && autoIsLog
                    && Scaling.AUTO.resolved(min, max) == Scaling.LOGARITHMIC);
            return new Axis(log && min > 0 ? Kind.LOG : Kind.LINEAR, min, max, List.of());
        }

        /** The column of a value on a grid {@code width} wide, or -1 when it has none (not a number, not positive on a log axis, unknown category). */
        public int column(String value, int width) {
            if (width <= 0 || value == null) {
                return -1;
            }
            if (kind == Kind.CATEGORIES) {
                int i = categories.indexOf(value);
                return i < 0 ? -1 : (int) ((i + 0.5) * width / categories.size());
            }
            double v = number(value);
            if (!Double.isFinite(v) || (kind == Kind.LOG && v <= 0)) {
                return -1;
            }
            double lo = kind == Kind.LOG ? Math.log10(min) : min;
            double hi = kind == Kind.LOG ? Math.log10(max) : max;
            double at = kind == Kind.LOG ? Math.log10(v) : v;
            if (hi <= lo) {
                return width / 2;
            }
            int col = (int) Math.round((at - lo) / (hi - lo) * (width - 1));
            return col < 0 || col >= width ? -1 : col;
        }
    }

    /** The row of objective {@code y} on a grid {@code height} tall spanning {@code min}..{@code max} (top: max). */
    public static int row(double y, double min, double max, int height) {
        if (max <= min) {
            return height / 2;
        }
        return (int) Math.round((max - y) / (max - min) * (height - 1));
    }

    /** The points on a {@code width} x {@code height} grid; a point without a finite objective or a column is counted, not drawn. */
    public static Plot of(List<Point> points, Axis axis, int width, int height) {
        int w = Math.max(1, width);
        int h = Math.max(1, height);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        List<Integer> columns = new ArrayList<>();
        List<Point> placed = new ArrayList<>();
        int notPlotted = 0;
        for (Point p : points) {
            int col = axis.column(p.x(), w);
            if (p.y() == null || !Double.isFinite(p.y()) || col < 0) {
                notPlotted++;
                continue;
            }
            min = Math.min(min, p.y());
            max = Math.max(max, p.y());
            columns.add(col);
            placed.add(p);
        }
        int[][] count = new int[h][w];
        boolean[][] best = new boolean[h][w];
        for (int i = 0; i < placed.size(); i++) {
            int r = row(placed.get(i).y(), min, max, h);
            int c = columns.get(i);
            count[r][c]++;
            best[r][c] |= placed.get(i).best();
        }
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < h; r++) {
            char[] line = new char[w];
            Arrays.fill(line, ' ');
            for (int c = 0; c < w; c++) {
                int n = count[r][c];
                line[c] = best[r][c] ? BEST : n == 0 ? ' ' : n == 1 ? ONE : n < 10 ? (char) ('0' + n) : MANY;
            }
            rows.add(new String(line));
        }
        return new Plot(rows, placed.isEmpty() ? 0 : min, placed.isEmpty() ? 0 : max, placed.size(), notPlotted, axis);
    }

    /** A hyperparameter value as a number (NaN when it is not one: SageMaker may quote them). */
    static double number(String v) {
        if (v == null) {
            return Double.NaN;
        }
        String t = v.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Double.NaN;
        }
        return Double.parseDouble(t);
    }
}

package dev.sagedeck.app;

/**
 * Where the tuning view's parts go inside its box: two summary lines at the top, then the ranked
 * table with the scatter plot beside it from {@value Layout#WIDE} columns (the table as wide as its
 * columns want, the plot the rest) or below it on a narrower terminal; a plot that would have fewer than 3 rows of points is left
 * out and the table takes the room. The painter draws there and the reducer pages by it.
 */
public record TuningLayout(Rect box, Rect summary, Rect table, Rect plot) {
    /** Rows a plot needs besides its points: title, axis, x labels. */
    public static final int PLOT_CHROME = 3;
    public static final int MIN_PLOT_POINTS_ROWS = 3;
    public static final int MAX_WIDE_PLOT_ROWS = 24;
    public static final int MIN_PLOT_WIDTH = 40;

    public static TuningLayout of(AppState s) {
        Rect whole = Layout.of(s).whole();
        int natural = s.tuning() == null ? 0 : 2 + TuningColumns.of(s.tuning(), s.tuning().ranked(), whole.width()).width();
        return of(whole, natural);
    }

    /** The layout in {@code whole} for a table that wants {@code tableWidth} cells (the plot takes the rest, at least {@value #MIN_PLOT_WIDTH}). */
    public static TuningLayout of(Rect whole, int tableWidth) {
        Rect in = whole.inner();
        boolean wide = whole.width() >= Layout.WIDE;
        int summaryRows = Math.min(in.height(), 2);
        Rect body = new Rect(in.x(), in.y() + summaryRows, in.width(), Math.max(0, in.height() - summaryRows));
        if (wide) {
            int plotWidth = Math.max(MIN_PLOT_WIDTH, body.width() - 1 - Math.max(tableWidth, body.width() / 3));
            Rect table = new Rect(body.x(), body.y(), body.width() - plotWidth - 1, body.height());
            // beside a long table the plot keeps a readable height rather than stretching to it
            Rect plot = new Rect(body.x() + table.width() + 1, body.y(), plotWidth, Math.min(body.height(), MAX_WIDE_PLOT_ROWS));
            return plot.height() >= PLOT_CHROME + MIN_PLOT_POINTS_ROWS ? new TuningLayout(whole, in(summaryRows, in), table, plot)
                    : new TuningLayout(whole, in(summaryRows, in), body, new Rect(body.x(), body.y(), 0, 0));
        }
        int plotRows = body.height() >= 14 ? Math.max(PLOT_CHROME + MIN_PLOT_POINTS_ROWS, body.height() / 2) : 0;
        Rect table = new Rect(body.x(), body.y(), body.width(), body.height() - plotRows);
        Rect plot = new Rect(body.x(), body.y() + table.height(), body.width(), plotRows);
        return new TuningLayout(whole, in(summaryRows, in), table, plot);
    }

    private static Rect in(int rows, Rect in) {
        return new Rect(in.x(), in.y(), in.width(), rows);
    }

    /** Training jobs visible in the table (below its column header). */
    public int tableRows() {
        return Math.max(1, table.height() - 1);
    }
}

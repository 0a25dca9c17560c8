package dev.sagedeck.app;


/**
 * Where each pane goes for a terminal size. Row 0 is the header, then the status line (banner,
 * flash or the filter being typed): one row, or two when a banner does not fit one, so a long
 * message takes rows of its own and covers nothing; the last row is the key bar. Wide terminals (at least
 * {@value #WIDE} columns) show the selected job beside the list. The job view uses the whole body
 * at every size: its one-line summary, then the details or the log (Tab switches, like k9s'
 * describe and logs), so neither is squeezed into a few rows. Help, the wizard and the comparison
 * fill {@code whole}, everything between the status line and the key bar.
 */
public record Layout(Rect header, Rect status, Rect list, Rect side, Rect summary, Rect pane, Rect keyBar, Rect whole,
        boolean wide) {
    public static final int WIDE = 120;
    public static final int MIN_COLUMNS = 40;
    public static final int MIN_ROWS = 10;

    /** The layout of this state: its size, and as many status rows as its banner needs. */
    public static Layout of(AppState s) {
        return of(s.columns(), s.rows(), StatusLine.rows(s));
    }

    /** With a one-row status line. */
    public static Layout of(int columns, int rows) {
        return of(columns, rows, 1);
    }

    public static Layout of(int columns, int rows, int statusRows) {
        int cols = Math.max(columns, 1);
        int bodyTop = 1 + statusRows;
        int bodyHeight = Math.max(0, rows - 2 - statusRows);
        Rect header = new Rect(0, 0, cols, 1);
        Rect status = new Rect(0, 1, cols, statusRows);
        Rect keyBar = new Rect(0, Math.max(0, rows - 1), cols, 1);
        Rect whole = new Rect(0, bodyTop, cols, bodyHeight);
        boolean wide = cols >= WIDE;
        Rect list;
        Rect side;
        if (wide) {
            int listWidth = cols * 2 / 3;
            list = new Rect(0, bodyTop, listWidth, bodyHeight);
            side = new Rect(listWidth, bodyTop, cols - listWidth, bodyHeight);
        } else {
            list = whole;
            side = new Rect(0, bodyTop, 0, 0);
        }
        Rect summary = new Rect(0, bodyTop, cols, Math.min(1, bodyHeight));
        Rect pane = new Rect(0, bodyTop + summary.height(), cols, Math.max(0, bodyHeight - summary.height()));
        return new Layout(header, status, list, side, summary, pane, keyBar, whole, wide);
    }

    /** The wizard's fields or review inside its box {@code area}: a cell in from the border, below the breadcrumb. */
    public static Rect wizardBody(Rect area) {
        Rect in = area.inner();
        return new Rect(in.x() + 1, in.y() + 2, in.width() - 2, in.height() - 2);
    }

    /** True when the terminal is too small to draw anything useful. */
    public static boolean tooSmall(int columns, int rows) {
        return columns < MIN_COLUMNS || rows < MIN_ROWS;
    }

    /** Job rows visible in the list (inside the border, below the column header). */
    public int listRows() {
        return Math.max(1, list.inner().height() - 1);
    }

    /** Log lines visible in the job view's log (inside the border). */
    public int logRows() {
        return Math.max(1, pane.inner().height());
    }
}

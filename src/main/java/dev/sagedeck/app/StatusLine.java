package dev.sagedeck.app;

import dev.sagedeck.app.format.Cells;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.keys.Binding.View;
import java.time.Duration;

/**
 * What the status line (below the header) holds when no prompt is typed there: a failed refresh
 * (it stays), else the flash; and how many rows it needs, one or two, so the layout moves the panes
 * down for a long banner instead of letting it cover them.
 */
public final class StatusLine {
    private StatusLine() {}

    /** True while the status line holds a prompt being typed (filter, test file, log search): one row, never a banner. */
    public static boolean prompting(AppState s) {
        return (s.view() == View.LIST && s.list().editingFilter()) || (s.view() == View.COMPARE && s.compare().test().editing())
                || (s.logs() != null && s.logs().editingSearch() && s.view() == View.JOB);
    }

    /** The banner, or null for none. */
    public static String banner(AppState s) {
        if (prompting(s)) {
            return null;
        }
        if (s.list().error() != null) {
            long next = Math.max(0, Duration.between(s.now(), s.list().nextRefresh()).getSeconds());
            return "! " + Formats.clock(s.list().errorAt()) + " refresh failed (retry in " + next + "s, r now): "
                    + s.list().error() + " - showing the last rows.";
        }
        return s.flash();
    }

    /** Two rows when the banner does not fit one (a cell of margin on each side), else one. */
    public static int rows(AppState s) {
        String b = banner(s);
        return b != null && Cells.width(b) > s.columns() - 2 ? 2 : 1;
    }
}

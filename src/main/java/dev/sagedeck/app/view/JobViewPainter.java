package dev.sagedeck.app.view;

import dev.sagedeck.app.Rect;
import dev.sagedeck.app.Layout;
import dev.sagedeck.app.AppState;
import dev.sagedeck.app.JobPane;

/**
 * The job view on the whole screen: the one-line summary, then the details or the log, whichever
 * has the focus (Tab switches). Each box is titled with what it shows and the job's name.
 */
final class JobViewPainter {
    private JobViewPainter() {}

    static void paint(Canvas c, AppState s, Layout layout) {
        JobPane p = s.job();
        Rect sum = layout.summary();
        int room = sum.width() - 2;
        if (p.job() != null) {
            JobSummary.of(p.job(), s, room).draw(c, sum.x() + 1, sum.y(), room);
        } else {
            c.put(sum.x() + 1, sum.y(), TextFit.words("Loading " + p.name() + " ...", room), Role.DIM, room);
        }
        if (p.focus() == JobPane.Focus.LOGS && s.logs() != null) {
            LogPainter.paint(c, s.logs(), layout.pane(), p.name());
        } else {
            DetailPainter.paint(c, s, p, layout.pane());
        }
    }

    /** "Log (following) - alice-xgb-…-115500": what the box shows, then as much of the name as fits. */
    static String title(String what, String name, int boxWidth) {
        int room = boxWidth - 6 - what.length() - 3;
        return room < 12 ? what : what + " - " + TextFit.middle(name, room);
    }
}

package dev.sagedeck.app.view;

import dev.sagedeck.app.Rect;
import dev.sagedeck.app.Layout;
import dev.sagedeck.app.AppState;
import dev.sagedeck.app.ActionTargets;
import dev.sagedeck.app.Text;
import dev.sagedeck.app.keys.Binding.View;

/** Paints a whole frame from the state: the view is a pure function of {@link AppState}. */
public final class ScreenPainter {
    private ScreenPainter() {}

    public static Canvas paint(AppState s) {
        Canvas c = new Canvas(s.columns(), s.rows());
        if (Layout.tooSmall(s.columns(), s.rows())) {
            c.put(0, 0, Text.TOO_SMALL.formatted(s.columns(), s.rows(), Layout.MIN_COLUMNS, Layout.MIN_ROWS), Role.WARN);
            c.put(0, 1, "q quits", Role.DIM);
            return c;
        }
        Layout layout = Layout.of(s);
        ChromePainter.header(c, s, layout.header());
        View barView = ActionTargets.keyView(s);
        if (s.view() == View.HELP) {
            HelpPainter.paint(c, s, layout.whole());
        } else if (s.view() == View.WIZARD && s.wizard() != null) {
            WizardPainter.paint(c, s, layout.whole());
        } else if (s.view() == View.COMPARE) {
            ComparePainter.paint(c, s, layout.whole());
        } else if (s.view() == View.TUNING && s.tuning() != null) {
            TuningPainter.paint(c, s, layout.whole());
        } else if (s.view() == View.JOB && s.job() != null) {
            JobViewPainter.paint(c, s, layout);
        } else {
            ListPainter.paint(c, s, layout.list(), true);
            if (layout.wide()) {
                PreviewPainter.paint(c, s, layout.side());
            }
        }
        ChromePainter.status(c, s, layout.status());
        ChromePainter.keyBar(c, s, layout.keyBar(), barView);
        if (s.modal() != null) {
            ModalPainter.paint(c, s);
        }
        return c;
    }
}

package dev.sagedeck.app.view;

import dev.sagedeck.app.Layout;
import dev.sagedeck.app.Rect;
import dev.sagedeck.app.AppState;
import dev.sagedeck.app.wizard.WizardField;
import dev.sagedeck.app.wizard.WizardState;
import dev.sagedeck.app.wizard.WizardStep;
import dev.sagedeck.app.wizard.WizardSteps;
import dev.sagedeck.app.wizard.WizardText;
import java.util.ArrayList;
import java.util.List;

/** Draws the launch wizard: the steps, then the current step's fields (or the review), then help for the focused field. */
final class WizardPainter {
    private WizardPainter() {}

    static void paint(Canvas c, AppState s, Rect area) {
        WizardState w = s.wizard();
        List<WizardStep> steps = WizardSteps.steps(w.values());
        int index = steps.indexOf(w.step()) + 1;
        String step = WizardText.STEP.formatted(index, steps.size(), w.step().title());
        c.box(area, title(w, area.width() - 6 - 3 - step.length()) + " - " + step, Role.BORDER_FOCUS, Role.TITLE);
        Rect in = area.inner();
        if (in.height() < 3) {
            return;
        }
        breadcrumb(c, in, steps, w.step());
        Rect body = Layout.wizardBody(area);
        if (w.step() == WizardStep.REVIEW) {
            WizardReviewPainter.paint(c, s, w, body);
            return;
        }
        List<Line> help = TextFit.wrap(Line.of(WizardFieldLines.help(w.focus()), Role.DIM), body.width(), 0);
        int helpRows = Math.min(help.size(), Math.max(0, body.height() - 4));
        List<Line> lines = new ArrayList<>();
        int focusLine = 0;
        for (WizardField f : WizardSteps.fields(w.step(), w.values())) {
            if (f == w.focus()) {
                focusLine = lines.size();
            }
            for (Line l : WizardFieldLines.of(s, w, f, body.width())) {
                // a field's row continues under its value, whether focused or not; a note under it by 2 more
                lines.addAll(l.spans().size() == 1 ? TextFit.wrap(l, body.width(), 2) : TextFit.wrapUnder(l, body.width(), WizardFieldLines.LABEL));
            }
        }
        WizardFieldLines.notes(s, w).forEach(l -> lines.addAll(TextFit.wrap(l, body.width(), 0)));
        int rows = Math.max(1, body.height() - helpRows - (helpRows > 0 ? 1 : 0));
        int top = Math.max(0, Math.min(focusLine - rows / 2, lines.size() - rows));
        for (int i = 0; i < rows && top + i < lines.size(); i++) {
            lines.get(top + i).draw(c, body.x(), body.y() + i, body.width());
        }
        for (int i = 0; i < helpRows; i++) {
            help.get(i).draw(c, body.x(), body.y() + body.height() - helpRows + i, body.width());
        }
        if (w.browser() != null) {
            S3BrowserPainter.paint(c, w.browser(), body);
        }
    }

    /** The wizard's title in {@code room} cells: a job name loses its middle first, so the step stays readable. */
    private static String title(WizardState w, int room) {
        switch (w.origin().kind()) {
            case CLONE:
                return named(WizardText.TITLE_CLONE, w.origin().job().name(), room);
            case PROMOTE:
                return named(dev.sagedeck.app.WizardTuneUpdate.localSearch(w.origin().job()) ? dev.sagedeck.app.wizard.TuneText.PROMOTE_SEARCH_TITLE
                        : WizardText.TITLE_PROMOTE, w.origin().job().name(), room);
            default:
                return WizardText.TITLE_NEW;
        }
    }

    private static String named(String format, String name, int room) {
        int forName = room - (format.length() - 2);
        // too narrow for a readable name: the form without it ("Clone", "on SageMaker"); the review shows the origin
        return forName < 12 ? format.replace("%s", "").replace(" of ", "").strip() : format.formatted(TextFit.middle(name, forName));
    }

    /** "1 Where > 2 Data > ..." with the current step highlighted; numbers only when it does not fit. */
    private static void breadcrumb(Canvas c, Rect in, List<WizardStep> steps, WizardStep current) {
        boolean names = steps.stream().mapToInt(st -> st.shortName().length() + 5).sum() <= in.width() - 2;
        int x = in.x() + 1;
        for (int i = 0; i < steps.size(); i++) {
            WizardStep st = steps.get(i);
            String label = (i + 1) + (names || st == current ? " " + st.shortName() : "");
            x += c.put(x, in.y(), label, st == current ? Role.SELECTED : Role.DIM, in.x() + in.width() - x);
            if (i < steps.size() - 1) {
                x += c.put(x, in.y(), " > ", Role.DIM, in.x() + in.width() - x);
            }
        }
    }
}

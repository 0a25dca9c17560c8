package dev.sagedeck.testing;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.JobPane;
import dev.sagedeck.app.Modal;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.wizard.WizardState;
import dev.sagedeck.app.wizard.WizardStep;

/**
 * Which control has the keyboard focus, as the last line of a golden screen ("focus: [ Cancel ]"):
 * a screen can look the same with the focus elsewhere, and Enter then does something else.
 */
public final class FocusLine {
    public static final String PREFIX = "focus: ";

    private FocusLine() {}

    public static String of(AppState s) {
        return PREFIX + describe(s);
    }

    private static String describe(AppState s) {
        if (s.modal() instanceof Modal.ConfirmStop c) {
            return c.cancelFocused() ? "stop dialog, [ Cancel ] (Enter cancels)"
                    : "stop dialog, confirmation field '" + c.typed() + "' (Enter on [ Stop ])";
        }
        if (s.modal() instanceof Modal.AskOwner o) {
            return "owner field '" + o.typed() + "'";
        }
        if (s.modal() instanceof Modal.Signals g) {
            return "signals list, row " + (g.selected() + 1);
        }
        if (s.modal() instanceof Modal.Message m) {
            return "message '" + m.title() + "' (Enter closes)";
        }
        if (s.view() == View.HELP) {
            return "help";
        }
        if (s.view() == View.WIZARD && s.wizard() != null) {
            return wizard(s.wizard());
        }
        if (s.view() == View.COMPARE) {
            return s.compare().test().editing() ? "test file field '" + s.compare().test().prompt() + "'" : "comparison";
        }
        if (s.view() == View.TUNING && s.tuning() != null) {
            return "tuning view of " + s.tuning().name() + ", row "
                    + s.tuning().selectedJob().map(dev.sagedeck.domain.TrainingJob::name).orElse("none");
        }
        if (s.view() == View.JOB && s.job() != null) {
            if (s.logs() != null && s.logs().editingSearch()) {
                return "log search field '" + s.logs().search() + "'";
            }
            return s.job().focus() == JobPane.Focus.LOGS ? "log of " + s.job().name() : "details of " + s.job().name();
        }
        if (s.list().editingFilter()) {
            return "filter field '" + s.list().filter() + "'";
        }
        return "job list, " + (s.list().selected() == null ? "nothing selected" : "row " + s.list().selected());
    }

    private static String wizard(WizardState w) {
        if (w.browser() != null) {
            return "S3 browser, row " + (w.browser().selected() + 1);
        }
        if (w.step() == WizardStep.REVIEW) {
            return "wizard review, [ Submit ]";
        }
        return "wizard field " + w.focus().label();
    }
}

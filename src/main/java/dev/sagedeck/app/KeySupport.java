package dev.sagedeck.app;

import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.domain.TrainingJob;
import java.util.Optional;

/** Questions about the state that both the reducer and the painters ask. */
public final class KeySupport {
    private KeySupport() {}

    /** Which key map applies now: the log's while the log half of the job view has the focus. */
    public static View keyView(AppState s) {
        if (s.view() == View.JOB && s.job() != null && s.job().focus() == JobPane.Focus.LOGS) {
            return View.LOGS;
        }
        return s.view();
    }

    public static Optional<TrainingJob> selected(AppState s) {
        return KeyUpdate.selected(s);
    }
}

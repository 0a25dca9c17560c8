package dev.sagedeck.app;

import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.keys.Binding;
import dev.sagedeck.app.keys.Keymap;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.keys.Key;
import dev.sagedeck.app.wizard.WizardText;
import dev.sagedeck.domain.TrainingJob;
import java.util.List;
import java.util.Optional;

/**
 * Keys: a dialog takes every key while open, then a text field being edited (list filter, log
 * search), then the key map of the current view decides the action.
 */
final class KeyUpdate {
    private KeyUpdate() {}

    static Next key(AppState s, Key key) {
        if (key.code().equals("<C-c>")) {
            return Next.of(s.quitting()); // always works, even in a dialog: the terminal is restored on the way out
        }
        if (s.modal() != null) {
            return ModalUpdate.key(s, key);
        }
        if (s.view() == View.WIZARD && s.wizard() != null) {
            return WizardUpdate.key(s, key);
        }
        if (s.view() == View.LIST && s.list().editingFilter()) {
            return Next.of(editFilter(s, key));
        }
        if (s.logs() != null && s.logs().editingSearch() && s.view() == View.JOB) {
            return Next.of(editSearch(s, key));
        }
        if (s.view() == View.COMPARE && s.compare().test().editing()) {
            return CompareEvaluate.edit(s, key);
        }
        View keyView = ActionTargets.keyView(s);
        Keymap keymap = s.session().keymap();
        Optional<Binding> binding = keymap.bindingFor(key, keyView);
        if (binding.isEmpty() && keyView == View.LOGS) {
            binding = keymap.bindingFor(key, View.JOB);
        }
        if (binding.isEmpty()) {
            return Next.of(s);
        }
        if (!keymap.enabled(binding.get())) {
            return readOnlyRefusal(s, binding.get().action());
        }
        return act(s, binding.get().action(), keyView);
    }

    private static Next act(AppState s, Action action, View keyView) {
        switch (action) {
            case QUIT:
                return Next.of(s.quitting());
            case HELP:
                return Next.of(s.view() == View.HELP ? s.withView(s.underHelp()) : s.withView(View.HELP));
            case BACK:
                if (s.view() == View.LIST) {
                    // the empty state promises it: Esc clears an active filter
                    return Next.of(s.list().filter().isEmpty() ? s : s.withList(s.list().withFilter("", false)).withFlash(Text.FILTER_CLEARED));
                }
                if (s.view() == View.HELP) {
                    return Next.of(s.withView(s.underHelp()));
                }
                if (s.view() == View.COMPARE) {
                    return CompareKeys.act(s, action);
                }
                if (s.view() == View.TUNING) {
                    return TuningKeys.act(s, action);
                }
                if (s.job() != null && s.job().raw()) {
                    return Next.of(s.withJob(s.job().withRaw(false)));
                }
                return Next.of(s.withView(TuningUpdate.backView(s)).withJob(null).withLogs(null));
            default:
                break;
        }
        if (s.view() == View.HELP) {
            return Next.of(scrollHelp(s, action));
        }
        if (s.view() == View.LIST) {
            return ListKeys.act(s, action);
        }
        if (s.view() == View.COMPARE) {
            return CompareKeys.act(s, action);
        }
        if (s.view() == View.TUNING && s.tuning() != null) {
            return TuningKeys.act(s, action);
        }
        if (s.view() == View.JOB) {
            return keyView == View.LOGS ? JobKeys.logs(s, action) : JobKeys.detail(s, action);
        }
        return Next.of(s);
    }

    /**
     * A dangerous binding in read-only mode explains itself instead of doing nothing: stop asks the
     * stop policy (which says read-only, and the refusal is on record like any other); anything
     * else dangerous launches, and says launching is off.
     */
    private static Next readOnlyRefusal(AppState s, Action action) {
        if (action == Action.STOP) {
            Optional<TrainingJob> job = ActionTargets.stopTarget(s);
            return job.isPresent() ? StopUpdate.request(s, job) : Next.of(s.withFlash(Text.READ_ONLY_STOP));
        }
        return Next.of(s.withModal(new Modal.Message(WizardText.LAUNCH_TITLE, WizardText.READ_ONLY_LAUNCH)));
    }

    private static AppState editFilter(AppState s, Key key) {
        JobListState l = s.list();
        if (key.equals(Key.ENTER)) {
            return s.withList(l.withFilterField(l.filterField(), false));
        }
        if (key.equals(Key.ESC)) {
            return s.withList(l.withFilter("", false));
        }
        return l.filterField().edit(key).map(f -> s.withList(l.withFilterField(f, true))).orElse(s);
    }

    private static AppState editSearch(AppState s, Key key) {
        LogPane p = s.logs();
        if (key.equals(Key.ENTER)) {
            return LogUpdate.findNext(s.withLogs(p.withSearchField(p.searchField(), false, -1)), true);
        }
        if (key.equals(Key.ESC)) {
            return s.withLogs(p.withSearch("", false, -1));
        }
        return p.searchField().edit(key).map(f -> s.withLogs(p.withSearchField(f, true, -1))).orElse(s);
    }

    /**
     * The help screen scrolls by a line or a page, g back to the top, and stops at its last line:
     * {@link HelpPage} is the layout the painter draws, so j past the end leaves nothing to undo.
     */
    private static AppState scrollHelp(AppState s, Action action) {
        int page = Math.max(1, Layout.of(s).whole().inner().height() - 2);
        int to;
        switch (action) {
            case UP:
                to = s.helpScroll() - 1;
                break;
            case DOWN:
                to = s.helpScroll() + 1;
                break;
            case PAGE_UP:
                to = s.helpScroll() - page;
                break;
            case PAGE_DOWN:
                to = s.helpScroll() + page;
                break;
            case TOP:
                to = 0;
                break;
            default:
                return s;
        }
        return s.withHelpScroll(Math.max(0, Math.min(to, HelpPage.of(s).maxScroll())));
    }

    /** The selected job of the list, if any row is visible. */
    static Optional<TrainingJob> selected(AppState s) {
        List<TrainingJob> rows = JobQuery.visible(s.list(), s.session().ownership());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.get(JobQuery.selectedIndex(rows, s.list().selected())));
    }

    static int page(AppState s) {
        return Layout.of(s).listRows();
    }
}

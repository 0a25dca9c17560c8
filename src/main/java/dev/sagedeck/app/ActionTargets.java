package dev.sagedeck.app;

import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.keys.Binding;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a key acts on now, asked by the reducer and the painters alike: the key map in force, the selected job, the job {@code S} would stop and whether it may. */
public final class ActionTargets {
    private ActionTargets() {}

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

    /** The job {@code S} acts on: the open job in the job view, else the list's selected row. */
    public static Optional<TrainingJob> stopTarget(AppState s) {
        if (s.view() == View.JOB) {
            return s.job() == null ? Optional.empty() : Optional.ofNullable(s.job().job());
        }
        return s.view() == View.LIST ? selected(s) : Optional.empty();
    }

    /** True when {@code S} would open the stop dialog now ({@link StopPolicy} allows it): the key bar shows S only then. */
    public static boolean canStop(AppState s) {
        return stopTarget(s).map(j -> StopUpdate.refusal(s, j).isEmpty()).orElse(false);
    }

    /**
     * Whether a key of searches acts on the list's row under the cursor now (the key bar shows it only
     * then): expand on a folded search, fold on an expanded one or one of its training jobs, open on a
     * search. True for every other action.
     */
    public static boolean appliesToRow(AppState s, dev.sagedeck.app.keys.Action a) {
        if (a != dev.sagedeck.app.keys.Action.EXPAND && a != dev.sagedeck.app.keys.Action.COLLAPSE
                && a != dev.sagedeck.app.keys.Action.OPEN_TUNING) {
            return true;
        }
        if (s.view() != View.LIST) {
            return false;
        }
        return SearchUpdate.selectedRow(s).map(r -> switch (a) {
            case EXPAND -> r.kind() == ListRow.Kind.SEARCH && !r.expanded();
            case COLLAPSE -> r.kind() == ListRow.Kind.CHILD || r.kind() == ListRow.Kind.SEARCH && r.expanded();
            default -> r.kind() == ListRow.Kind.SEARCH;
        }).orElse(false);
    }

    /**
     * The key bar of {@code view} now, in order: help, then the keys that act on the row under the
     * cursor (k9s shows a resource's own keys first, so a narrow bar keeps them), then the view's
     * others. {@code S} only when the stop would be allowed; a search's keys only on a search's rows.
     */
    public static List<Binding> keyBar(AppState s, View view) {
        List<Binding> lead = new ArrayList<>();
        List<Binding> row = new ArrayList<>();
        List<Binding> rest = new ArrayList<>();
        for (Binding b : s.session().keymap().keyBar(view)) {
            if (b.action() == Action.STOP && !canStop(s) || !appliesToRow(s, b.action())) {
                continue;
            }
            (b.action() == Action.HELP ? lead : b.isForTheRow() ? row : rest).add(b);
        }
        lead.addAll(row);
        lead.addAll(rest);
        return lead;
    }
}

package dev.sagedeck.app;

import dev.sagedeck.app.compare.CompareState;
import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.tuning.TuningText;
import dev.sagedeck.app.tuning.TuningViewState;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.Ranking;
import java.util.List;

/**
 * What the tuning view does with each action: move among the ranked training jobs, open one, mark
 * them and compare them in the comparison (the same one the list opens), pick the plot's
 * hyperparameter, read the search again now, go back.
 */
final class TuningKeys {
    private TuningKeys() {}

    static Next act(AppState s, Action action) {
        TuningViewState t = s.tuning();
        List<Ranking.Row> rows = t.ranked();
        int i = t.selectedIndex(rows);
        int page = TuningLayout.of(s).tableRows();
        switch (action) {
            case UP:
                return select(s, rows, i - 1);
            case DOWN:
                return select(s, rows, i + 1);
            case PAGE_UP:
                return select(s, rows, i - page);
            case PAGE_DOWN:
                return select(s, rows, i + page);
            case TOP:
                return select(s, rows, 0);
            case BOTTOM:
                return select(s, rows, rows.size() - 1);
            case OPEN:
                return rows.isEmpty() ? Next.of(s) : Update.open(s, rows.get(i).job());
            case BACK:
                return TuningUpdate.close(s);
            case MARK:
                if (rows.isEmpty()) {
                    return Next.of(s);
                }
                TuningViewState marked = t.toggle(rows.get(i).job().name());
                // then on to the next row, as in the list: marking two jobs is Space Space
                AppState n = s.withTuning(marked).withFlash(TuningText.MARKED.formatted(marked.marked().size()));
                return select(n, rows, i + 1);
            case COMPARE:
                return compare(s, t);
            case PLOT_NEXT:
                return Next.of(s.withTuning(t.withParam(t.param() + 1)));
            case PLOT_PREV:
                return Next.of(s.withTuning(t.withParam(t.param() - 1)));
            case REFRESH:
                if (s.busy(Effect.LoadTuning.key(t.name()))) {
                    return Next.of(s.withFlash(Text.REFRESH_IN_FLIGHT));
                }
                return TuningUpdate.load(s.withFlash(TuningText.REFRESHING));
            case PROMOTE:
                return WizardTuneUpdate.promoteShown(s, t);
            default:
                return Next.of(s);
        }
    }

    private static Next select(AppState s, List<Ranking.Row> rows, int i) {
        if (rows.isEmpty()) {
            return Next.of(s);
        }
        int at = Math.max(0, Math.min(rows.size() - 1, i));
        return Next.of(TuningUpdate.scrolled(s.withTuning(s.tuning().withSelected(rows.get(at).job().name()))));
    }

    /** The marked training jobs in the comparison: the list's own, fed with the rows this view has (each is described again there). */
    private static Next compare(AppState s, TuningViewState t) {
        List<TrainingJob> jobs = t.markedJobs();
        if (jobs.size() < 2) {
            return Next.of(s.withFlash(TuningText.COMPARE_NEED_TWO));
        }
        CompareState c = CompareState.NONE.withMarked(new java.util.LinkedHashSet<>(jobs.stream().map(TrainingJob::name).toList()));
        for (TrainingJob j : jobs) {
            c = c.withDescribed(j);
        }
        return CompareKeys.open(s.withCompare(c));
    }
}

package dev.sagedeck.app.tuning;

import dev.sagedeck.app.compare.CompareState;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.ParameterRange;
import dev.sagedeck.domain.tuning.RangeSyntax;
import dev.sagedeck.domain.tuning.Ranking;
import dev.sagedeck.domain.tuning.TuningJob;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tuning view: one search (a SageMaker tuning job or a local search) and its training jobs as
 * last loaded (null search: not loaded yet), the last load's error, when to load again (null: the
 * search and its jobs have ended, nothing changes any more), the row I chose with the cursor (by name,
 * so it stays on its job as the ranking moves; null until I move it: the cursor is then on the best,
 * whichever job that is now), the first row the table shows (kept across reads, moved only as far as
 * the cursor's row needs to be seen), the rows marked for compare, the hyperparameter the plot
 * shows, and where Esc goes back to: the view it was opened from (and that view's job, for the job
 * view) with the list's compare marks, which the view's own marks stand in for while it is open.
 */
public record TuningViewState(String name, Backend backend, TuningJob search, List<TrainingJob> children, String error,
        Instant loadedAt, Instant nextRefresh, String selected, Set<String> marked, int param, View from, String fromJob,
        CompareState listCompare, int top) {

    /** How often a running search is read again: a local one costs file reads, a SageMaker one API calls. */
    public static final Duration LOCAL_PACE = Duration.ofSeconds(2);
    public static final Duration SAGEMAKER_PACE = Duration.ofSeconds(10);

    public TuningViewState {
        children = children == null ? List.of() : List.copyOf(children);
        marked = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(marked == null ? Set.of() : marked));
        listCompare = listCompare == null ? CompareState.NONE : listCompare;
    }

    /** The view of search {@code name}, nothing loaded yet (the first load is due at once). */
    public static TuningViewState open(String name, Backend backend, View from, String fromJob, CompareState listCompare, Instant now) {
        return new TuningViewState(name, backend, null, List.of(), null, null, now, null, Set.of(), 0, from, fromJob, listCompare, 0);
    }

    /** The training jobs best first by the search's objective (one ranking rule: {@link Ranking}). */
    public List<Ranking.Row> ranked() {
        return search == null ? List.of() : Ranking.of(children, search.objective());
    }

    /** The searched hyperparameters, in the search's order: the table's columns and the plot's choices. */
    public List<ParameterRange> ranges() {
        return search == null ? List.of() : RangeSyntax.described(search.ranges());
    }

    /** The hyperparameter the plot shows, if the search has any. */
    public java.util.Optional<ParameterRange> plotted() {
        List<ParameterRange> r = ranges();
        return r.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(r.get(Math.floorMod(param, r.size())));
    }

    /** The position of the selected row among {@code rows} (the first, the best, when none was chosen or it is gone). */
    public int selectedIndex(List<Ranking.Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).job().name().equals(selected)) {
                return i;
            }
        }
        return 0;
    }

    /** The selected training job, if there is a row. */
    public java.util.Optional<TrainingJob> selectedJob() {
        List<Ranking.Row> rows = ranked();
        return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(rows.get(selectedIndex(rows)).job());
    }

    /** The marked training jobs, in marking order (those still listed). */
    public List<TrainingJob> markedJobs() {
        return marked.stream().flatMap(n -> children.stream().filter(c -> c.name().equals(n)).limit(1)).toList();
    }

    /** True when the search or one of its jobs may still change. */
    public boolean live() {
        return search == null || !search.status().isFinal() || children.stream().anyMatch(c -> !c.status().isFinal());
    }

    /** A load arrived: the search and its jobs, read again after the backend's pace while anything runs. */
    public TuningViewState loaded(TuningJob s, List<TrainingJob> c, Instant at) {
        boolean live = !s.status().isFinal() || c.stream().anyMatch(j -> !j.status().isFinal());
        Instant next = live ? at.plus(backend == Backend.SAGEMAKER ? SAGEMAKER_PACE : LOCAL_PACE) : null;
        return new TuningViewState(name, backend, s, c, null, at, next, selected, marked, param, from, fromJob, listCompare, top);
    }

    /** A load failed: the last rows stay, the error shows, the next try comes at {@code next}. */
    public TuningViewState failed(String message, Instant next) {
        return new TuningViewState(name, backend, search, children, message, loadedAt, next, selected, marked, param, from, fromJob, listCompare, top);
    }

    public TuningViewState withNextRefresh(Instant next) {
        return new TuningViewState(name, backend, search, children, error, loadedAt, next, selected, marked, param, from, fromJob, listCompare, top);
    }

    public TuningViewState withSelected(String job) {
        return new TuningViewState(name, backend, search, children, error, loadedAt, nextRefresh, job, marked, param, from, fromJob, listCompare, top);
    }

    /** The first row the table shows (see {@link #topFor}). */
    public TuningViewState withTop(int first) {
        return new TuningViewState(name, backend, search, children, error, loadedAt, nextRefresh, selected, marked, param, from, fromJob, listCompare, first);
    }

    /**
     * The first row a table of {@code visible} rows shows: where it was, moved only as far as the
     * cursor's row needs to be seen (up to it, or down to it), never past the last row. A read that
     * moves the ranking therefore keeps the view still when it can, and the cursor's job on screen.
     */
    public int topFor(List<Ranking.Row> rows, int visible) {
        int sel = selectedIndex(rows);
        int first = Math.max(Math.min(top, sel), sel - visible + 1);
        return Math.max(0, Math.min(first, rows.size() - visible));
    }

    public TuningViewState withParam(int p) {
        return new TuningViewState(name, backend, search, children, error, loadedAt, nextRefresh, selected, marked, p, from, fromJob, listCompare, top);
    }

    /** Marks or unmarks a training job for compare. */
    public TuningViewState toggle(String job) {
        Set<String> m = new LinkedHashSet<>(marked);
        if (!m.remove(job)) {
            m.add(job);
        }
        return new TuningViewState(name, backend, search, children, error, loadedAt, nextRefresh, selected, m, param, from, fromJob, listCompare, top);
    }
}

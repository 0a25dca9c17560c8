package dev.sagedeck.app;

import dev.sagedeck.app.compare.CompareState;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.tuning.TuningText;
import dev.sagedeck.app.tuning.TuningViewState;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.TuningTags;
import java.util.List;

/**
 * The tuning view's messages: opening it (from a tuning row, or T on one of a search's jobs), its
 * loads and their failures, and the tick that reads a running search again, one read at a time.
 */
final class TuningUpdate {
    private TuningUpdate() {}

    /** Opens the view of a search, reading it at once (from a job's view, the cursor on that job); the same search again keeps its rows, marks and plot. */
    static Next open(AppState s, Msg.OpenTuning m) {
        TuningViewState t = s.tuning();
        if (t == null || !t.name().equals(m.name())) {
            View from = s.view() == View.JOB ? View.JOB : View.LIST;
            String fromJob = from == View.JOB && s.job() != null ? s.job().name() : null;
            // the list's marks are kept aside: Space here marks this search's jobs, and Esc gives the list its own back
            CompareState listMarks = t != null ? t.listCompare() : s.compare().opened(false);
            t = TuningViewState.open(m.name(), m.backend(), from, fromJob, listMarks, s.now());
            if (fromJob != null) {
                t = t.withSelected(fromJob); // T on one of its training jobs: the cursor on that job, wherever it ranks
            }
        }
        return load(s.withTuning(t).withView(View.TUNING));
    }

    /** T on a job: the view of the search it belongs to (its tag, or the open view's own jobs), else why not. */
    static Next ofJob(AppState s, TrainingJob job) {
        if (job == null) {
            return Next.of(s);
        }
        String search = job.tags().get(TuningTags.TUNING_JOB);
        TuningViewState t = s.tuning();
        if (search == null && t != null && t.children().stream().anyMatch(c -> c.name().equals(job.name()))) {
            search = t.name();
        }
        if (search == null) {
            return Next.of(s.withFlash(TuningText.NOT_A_CONFIGURATION.formatted(job.name())));
        }
        return open(s, new Msg.OpenTuning(search, job.backend()));
    }

    static Next loaded(AppState s, Msg.TuningLoaded m) {
        AppState n = s.finished(Effect.LoadTuning.key(m.name()));
        TuningViewState t = n.tuning();
        if (t == null || !t.name().equals(m.name())) {
            return Next.of(n); // the view was closed, or shows another search now
        }
        // the cursor stays on the job I chose, else on the best, whichever that is now; the table keeps
        // its first row unless the cursor's job moved out of sight
        t = t.loaded(m.search(), m.children(), m.at());
        return Next.of(scrolled(n.withTuning(t)));
    }

    static Next failed(AppState s, Msg.TuningFailed m) {
        AppState n = s.finished(Effect.LoadTuning.key(m.name()));
        TuningViewState t = n.tuning();
        if (t == null || !t.name().equals(m.name())) {
            return Next.of(n);
        }
        return Next.of(n.withTuning(t.failed(m.message(), Refresh.afterFailure(1, m.at()))));
    }

    /** On the clock: read the open search again when it is due and no read is on its way. */
    static Next tick(Next before) {
        AppState s = before.state();
        TuningViewState t = s.tuning();
        if (t == null || t.nextRefresh() == null || s.now().isBefore(t.nextRefresh())) {
            return before;
        }
        Next read = load(s);
        List<Effect> effects = new java.util.ArrayList<>(before.effects());
        effects.addAll(read.effects());
        return new Next(read.state(), effects);
    }

    /** Reads the open search now, unless a read of it is already running (overlapping reads are dropped, not queued). */
    static Next load(AppState s) {
        TuningViewState t = s.tuning();
        String key = Effect.LoadTuning.key(t.name());
        if (s.busy(key)) {
            return Next.of(s);
        }
        return Next.of(s.started(key), new Effect.LoadTuning(t.name(), t.backend()));
    }

    /** The open view's first row moved as far as its cursor's row needs to be seen (the table's rows as the layout gives them). */
    static AppState scrolled(AppState s) {
        TuningViewState t = s.tuning();
        return s.withTuning(t.withTop(t.topFor(t.ranked(), TuningLayout.of(s).tableRows())));
    }

    /** Esc: back where the view was opened from, the list's own compare marks restored. */
    static Next close(AppState s) {
        TuningViewState t = s.tuning();
        if (t == null) {
            return Next.of(s.withView(View.LIST));
        }
        AppState n = s.withTuning(null).withCompare(t.listCompare());
        if (t.from() == View.JOB && n.job() != null && n.job().name().equals(t.fromJob())) {
            return Next.of(n.withView(View.JOB));
        }
        return Next.of(n.withView(View.LIST).withJob(null).withLogs(null));
    }

    /** Where Esc from a job or the comparison goes: back to the tuning view when it led there. */
    static View backView(AppState s) {
        return s.tuning() != null ? View.TUNING : View.LIST;
    }
}

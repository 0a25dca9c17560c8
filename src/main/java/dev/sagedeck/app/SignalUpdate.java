package dev.sagedeck.app;

import dev.sagedeck.app.signals.LogActivity;
import dev.sagedeck.app.signals.Signal;
import dev.sagedeck.app.signals.SignalRules;
import dev.sagedeck.app.signals.Signals;
import dev.sagedeck.app.signals.SignalsState;
import dev.sagedeck.domain.LogLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Signals in the dashboard: after each listing, {@link Signals#detect} on the rows the refresh
 * brought (no call of its own); new signals become the flash line, row markers, the header count
 * and an {@link Effect.Alert}; finished jobs go to the history file.
 */
final class SignalUpdate {
    private SignalUpdate() {}

    /** Asks once, after start, for the rules and the history. */
    static Next load(AppState s) {
        if (s.signals().loaded() || s.busy(Effect.LoadSignals.KEY)) {
            return Next.of(s);
        }
        return Next.of(s.started(Effect.LoadSignals.KEY), new Effect.LoadSignals());
    }

    static Next loaded(AppState s, Msg.SignalsLoaded m) {
        AppState n = s.finished(Effect.LoadSignals.KEY).withSignals(s.signals().loaded(m.rules(), m.history()));
        return Next.of(m.problem() == null ? n : n.withFlash(Text.SIGNALS_PROBLEM.formatted(m.problem())));
    }

    /** Runs detection over the rows just loaded and adds its outcome to {@code after}'s effects. */
    static Next afterJobs(Next after) {
        AppState s = after.state();
        SignalsState sg = s.signals();
        if (!sg.loaded()) {
            return after;
        }
        Signals.Detection d = Signals.detect(sg.memory(), s.list().jobs(), new Signals.Context(s.session().ownership(),
                sg.history(), sg.rules(), type -> s.session().price(type), sg.logs(), s.now()));
        List<Effect> effects = new ArrayList<>(after.effects());
        List<Signal> found = d.signals();
        AppState n = s.withSignals(sg.after(d, found));
        if (!d.finished().isEmpty()) {
            effects.add(new Effect.RecordPhases(d.finished()));
        }
        if (!found.isEmpty()) {
            Signal newest = found.get(found.size() - 1);
            n = n.withFlash(found.size() == 1 ? newest.line() : Text.SIGNALS_MANY.formatted(found.size(), newest.line()));
            SignalRules r = sg.rules();
            if (r.bell() || r.desktop()) {
                effects.add(new Effect.Alert(Text.APP_NAME + ": " + newest.job(), newest.title()
                        + (newest.detail().isEmpty() ? "" : " - " + newest.detail()), r.bell(), r.desktop()));
            }
        }
        return new Next(n, effects);
    }

    /** Lines read for a job's log count towards its usual gap (the silence signal). */
    static AppState logs(AppState s, String job, List<LogLine> lines) {
        if (lines.isEmpty()) {
            return s;
        }
        Map<String, LogActivity> logs = new HashMap<>(s.signals().logs());
        logs.put(job, logs.getOrDefault(job, LogActivity.NONE).seen(lines));
        return s.withSignals(s.signals().withLogs(logs));
    }

    static AppState recorded(AppState s, Msg.PhasesRecorded m) {
        return m.problem() == null ? s : s.withFlash(Text.SIGNALS_PROBLEM.formatted(m.problem()));
    }

    /** {@code !}: the recent signals in a dialog; opening it counts as having seen them (markers go). */
    static Next openList(AppState s) {
        if (s.signals().recent().isEmpty()) {
            return Next.of(s.withFlash(Text.SIGNALS_NONE));
        }
        return Next.of(s.withModal(new Modal.Signals(0)).withSignals(s.signals().seen(null)));
    }

    /** Keys in the signal list: up/down choose, Enter opens the job, Esc or q closes. */
    static Next listKey(AppState s, Modal.Signals l, dev.sagedeck.app.keys.Key key) {
        int n = s.signals().recent().size();
        if (key.equals(dev.sagedeck.app.keys.Key.UP) || key.equals(dev.sagedeck.app.keys.Key.of('k'))) {
            return Next.of(s.withModal(new Modal.Signals(Math.max(0, l.selected() - 1))));
        }
        if (key.equals(dev.sagedeck.app.keys.Key.DOWN) || key.equals(dev.sagedeck.app.keys.Key.of('j'))) {
            return Next.of(s.withModal(new Modal.Signals(Math.min(n - 1, l.selected() + 1))));
        }
        if (key.equals(dev.sagedeck.app.keys.Key.ENTER) && l.selected() < n) {
            String job = s.signals().recent().get(l.selected()).job();
            AppState closed = s.withModal(null);
            return closed.list().jobs().stream().filter(j -> j.name().equals(job)).findFirst()
                    .map(j -> Update.open(closed.withList(closed.list().withSelected(job)), j))
                    .orElseGet(() -> Next.of(closed.withFlash(Text.SIGNALS_JOB_GONE.formatted(job))));
        }
        if (key.equals(dev.sagedeck.app.keys.Key.ESC) || key.equals(dev.sagedeck.app.keys.Key.of('q'))
                || key.equals(dev.sagedeck.app.keys.Key.of('!'))) {
            return Next.of(s.withModal(null));
        }
        return Next.of(s);
    }
}

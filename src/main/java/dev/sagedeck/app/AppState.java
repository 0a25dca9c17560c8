package dev.sagedeck.app;

import dev.sagedeck.app.keys.Binding.View;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The whole dashboard as one immutable value: the session, terminal size, the clock, the current
 * view (and the one under the help screen), the job list, the open job and its log, a dialog, the
 * in-flight effect keys (to drop overlapping refreshes), a transient flash message, and quit.
 */
public record AppState(
        Session session,
        int columns,
        int rows,
        Instant now,
        View view,
        View underHelp,
        JobListState list,
        JobPane job,
        LogPane logs,
        Modal modal,
        Set<String> inFlight,
        String flash,
        boolean quit) {

    public AppState {
        inFlight = Set.copyOf(inFlight);
    }

    public static AppState initial(Session session, int columns, int rows, Instant now) {
        Modal ask = session.ownership().known() ? null : new Modal.AskOwner("");
        return new AppState(session, columns, rows, now, View.LIST, View.LIST, JobListState.initial(),
                null, null, ask, Set.of(), null, false);
    }

    public AppState withSession(Session s) {
        return new AppState(s, columns, rows, now, view, underHelp, list, job, logs, modal, inFlight, flash, quit);
    }

    public AppState withSize(int c, int r) {
        return new AppState(session, c, r, now, view, underHelp, list, job, logs, modal, inFlight, flash, quit);
    }

    public AppState withNow(Instant t) {
        return new AppState(session, columns, rows, t, view, underHelp, list, job, logs, modal, inFlight, flash, quit);
    }

    public AppState withView(View v) {
        return new AppState(session, columns, rows, now, v, v == View.HELP ? view : underHelp, list, job, logs, modal, inFlight, flash, quit);
    }

    public AppState withList(JobListState l) {
        return new AppState(session, columns, rows, now, view, underHelp, l, job, logs, modal, inFlight, flash, quit);
    }

    public AppState withJob(JobPane j) {
        return new AppState(session, columns, rows, now, view, underHelp, list, j, logs, modal, inFlight, flash, quit);
    }

    public AppState withLogs(LogPane l) {
        return new AppState(session, columns, rows, now, view, underHelp, list, job, l, modal, inFlight, flash, quit);
    }

    public AppState withModal(Modal m) {
        return new AppState(session, columns, rows, now, view, underHelp, list, job, logs, m, inFlight, flash, quit);
    }

    public AppState withFlash(String f) {
        return new AppState(session, columns, rows, now, view, underHelp, list, job, logs, modal, inFlight, f, quit);
    }

    public AppState quitting() {
        return new AppState(session, columns, rows, now, view, underHelp, list, job, logs, modal, inFlight, flash, true);
    }

    public boolean busy(String key) {
        return inFlight.contains(key);
    }

    public AppState started(String key) {
        Set<String> s = new HashSet<>(inFlight);
        s.add(key);
        return new AppState(session, columns, rows, now, view, underHelp, list, job, logs, modal, s, flash, quit);
    }

    public AppState finished(String key) {
        Set<String> s = new HashSet<>(inFlight);
        s.remove(key);
        return new AppState(session, columns, rows, now, view, underHelp, list, job, logs, modal, s, flash, quit);
    }
}

package dev.sagedeck.app;

import dev.sagedeck.app.compare.CompareState;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.wizard.WizardState;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * The whole dashboard as one immutable value: the session, terminal size, the clock, the current
 * view (and the one under the help screen), the job list, the open job and its log, a dialog, the
 * in-flight effect keys (to drop overlapping refreshes), a transient flash message, quit, the
 * open launch wizard (or null), the comparison (marked jobs, open or not), the signals, how
 * far the help screen is scrolled, and the tuning view (null unless it is open or under the view it led to).
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
        boolean quit,
        WizardState wizard,
        CompareState compare,
        dev.sagedeck.app.signals.SignalsState signals,
        int helpScroll,
        dev.sagedeck.app.tuning.TuningViewState tuning) {

    public AppState {
        inFlight = Set.copyOf(inFlight);
        compare = compare == null ? CompareState.NONE : compare;
        signals = signals == null ? dev.sagedeck.app.signals.SignalsState.NONE : signals;
        helpScroll = Math.max(0, helpScroll);
    }

    /** The state without a tuning view (as before it existed). */
    public AppState(Session session, int columns, int rows, Instant now, View view, View underHelp, JobListState list,
            JobPane job, LogPane logs, Modal modal, Set<String> inFlight, String flash, boolean quit, WizardState wizard,
            CompareState compare, dev.sagedeck.app.signals.SignalsState signals, int helpScroll) {
        this(session, columns, rows, now, view, underHelp, list, job, logs, modal, inFlight, flash, quit, wizard, compare, signals, helpScroll, null);
    }

    /** The state before the help screen scrolled (it opens at its top). */
    public AppState(Session session, int columns, int rows, Instant now, View view, View underHelp, JobListState list,
            JobPane job, LogPane logs, Modal modal, Set<String> inFlight, String flash, boolean quit, WizardState wizard,
            CompareState compare, dev.sagedeck.app.signals.SignalsState signals) {
        this(session, columns, rows, now, view, underHelp, list, job, logs, modal, inFlight, flash, quit, wizard, compare, signals, 0);
    }

    /** The state before signals existed (the dashboard's signals start empty). */
    public AppState(Session session, int columns, int rows, Instant now, View view, View underHelp, JobListState list,
            JobPane job, LogPane logs, Modal modal, Set<String> inFlight, String flash, boolean quit, WizardState wizard,
            CompareState compare) {
        this(session, columns, rows, now, view, underHelp, list, job, logs, modal, inFlight, flash, quit, wizard, compare, null);
    }

    public AppState withSignals(dev.sagedeck.app.signals.SignalsState sg) {
        return new AppState(session, columns, rows, now, view, underHelp, list, job, logs, modal, inFlight, flash, quit, wizard, compare, sg, helpScroll, tuning);
    }

    /** The state without a wizard or comparison (as before those existed). */
    public AppState(Session session, int columns, int rows, Instant now, View view, View underHelp, JobListState list,
            JobPane job, LogPane logs, Modal modal, Set<String> inFlight, String flash, boolean quit) {
        this(session, columns, rows, now, view, underHelp, list, job, logs, modal, inFlight, flash, quit, null, CompareState.NONE);
    }

    public static AppState initial(Session session, int columns, int rows, Instant now) {
        // the OS user stands in until the user names themselves once (or skips the question)
        Modal ask = session.ownership().known() && !session.ownership().osUser() ? null : new Modal.AskOwner("");
        return new AppState(session, columns, rows, now, View.LIST, View.LIST, JobListState.initial(),
                null, null, ask, Set.of(), null, false);
    }

    public AppState withSession(Session s) {
        return new AppState(s, columns, rows, now, view, underHelp, list, job, logs, modal, inFlight, flash, quit, wizard, compare, signals, helpScroll, tuning);
    }

    public AppState withSize(int c, int r) {
        return new AppState(session, c, r, now, view, underHelp, list, job, logs, modal, inFlight, flash, quit, wizard, compare, signals, helpScroll, tuning);
    }

    public AppState withNow(Instant t) {
        return new AppState(session, columns, rows, t, view, underHelp, list, job, logs, modal, inFlight, flash, quit, wizard, compare, signals, helpScroll, tuning);
    }

    /** Another view; the help screen opens at its top, over the view it was opened from. */
    public AppState withView(View v) {
        return new AppState(session, columns, rows, now, v, v == View.HELP ? view : underHelp, list, job, logs, modal, inFlight, flash, quit, wizard, compare, signals,
                v == View.HELP && view != View.HELP ? 0 : helpScroll, tuning);
    }

    public AppState withHelpScroll(int scroll) {
        return new AppState(session, columns, rows, now, view, underHelp, list, job, logs, modal, inFlight, flash, quit, wizard, compare, signals, scroll, tuning);
    }

    public AppState withList(JobListState l) {
        return new AppState(session, columns, rows, now, view, underHelp, l, job, logs, modal, inFlight, flash, quit, wizard, compare, signals, helpScroll, tuning);
    }

    public AppState withJob(JobPane j) {
        return new AppState(session, columns, rows, now, view, underHelp, list, j, logs, modal, inFlight, flash, quit, wizard, compare, signals, helpScroll, tuning);
    }

    public AppState withLogs(LogPane l) {
        return new AppState(session, columns, rows, now, view, underHelp, list, job, l, modal, inFlight, flash, quit, wizard, compare, signals, helpScroll, tuning);
    }

    public AppState withModal(Modal m) {
        return new AppState(session, columns, rows, now, view, underHelp, list, job, logs, m, inFlight, flash, quit, wizard, compare, signals, helpScroll, tuning);
    }

    public AppState withWizard(WizardState w) {
        return new AppState(session, columns, rows, now, view, underHelp, list, job, logs, modal, inFlight, flash, quit, w, compare, signals, helpScroll, tuning);
    }

    public AppState withCompare(CompareState c) {
        return new AppState(session, columns, rows, now, view, underHelp, list, job, logs, modal, inFlight, flash, quit, wizard, c, signals, helpScroll, tuning);
    }

    public AppState withTuning(dev.sagedeck.app.tuning.TuningViewState t) {
        return new AppState(session, columns, rows, now, view, underHelp, list, job, logs, modal, inFlight, flash, quit, wizard, compare, signals, helpScroll, t);
    }

    public AppState withFlash(String f) {
        return new AppState(session, columns, rows, now, view, underHelp, list, job, logs, modal, inFlight, f, quit, wizard, compare, signals, helpScroll, tuning);
    }

    public AppState quitting() {
        return new AppState(session, columns, rows, now, view, underHelp, list, job, logs, modal, inFlight, flash, true, wizard, compare, signals, helpScroll, tuning);
    }

    /** Whether work with this in-flight key (an effect's {@link Effect.Io#key()}) is running. */
    public boolean busy(String key) {
        return inFlight.contains(key);
    }

    /** Whether this effect, or another with its key, is running. */
    public boolean busy(Effect.Io e) {
        return busy(e.key());
    }

    /** Marks this effect in flight. */
    public AppState started(Effect.Io e) {
        return started(e.key());
    }

    public AppState started(String key) {
        Set<String> s = new HashSet<>(inFlight);
        s.add(key);
        return new AppState(session, columns, rows, now, view, underHelp, list, job, logs, modal, s, flash, quit, wizard, compare, signals, helpScroll, tuning);
    }

    public AppState finished(String key) {
        Set<String> s = new HashSet<>(inFlight);
        s.remove(key);
        return new AppState(session, columns, rows, now, view, underHelp, list, job, logs, modal, s, flash, quit, wizard, compare, signals, helpScroll, tuning);
    }
}

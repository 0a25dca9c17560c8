package dev.sagedeck.app;

import dev.sagedeck.app.compare.Comparison;
import dev.sagedeck.domain.PhaseHistory;
import dev.sagedeck.domain.PhaseRecord;
import dev.sagedeck.app.signals.SignalRules;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.StopDecision;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Descriptions of I/O the reducer wants done. An {@link Io} effect runs on an executor and carries
 * its own in-flight key and the message its failure becomes; a {@link Terminal} effect is written
 * to the terminal by the UI thread. Dispatch is a visitor with one method per effect, so a new
 * effect does not compile until the runner handles it.
 */
public sealed interface Effect {
    /** Marks in-flight work that is not an effect of its own: a change that came while {@code key} was running. */
    static String again(String key) {
        return "again:" + key;
    }

    /** I/O on an executor: its result, or its failure, comes back as a {@link Msg}. */
    sealed interface Io extends Effect {
        /** Names in-flight work: a second request with the same key is dropped rather than queued. */
        String key();

        /** The message this effect becomes when it fails at {@code at} with {@code message} (Elm's {@code expect}). */
        Msg failed(String message, Instant at);

        <R> R accept(Handler<R> h);
    }

    /** Written to the terminal by the UI thread, which owns it (OSC 52, bell, OSC 9/777); nothing comes back. */
    sealed interface Terminal extends Effect {
        void accept(TerminalHandler h);
    }

    /** Performs every {@link Io} effect: one method each, so the compiler finds the one not handled. */
    interface Handler<R> {
        R lookupEnvironment(LookupEnvironment e);
        R listJobs(ListJobs e);
        R listLocalJobs(ListLocalJobs e);
        R describeJob(DescribeJob e);
        R readLogs(ReadLogs e);
        R stopJob(StopJob e);
        R recordStopAttempt(RecordStopAttempt e);
        R saveLog(SaveLog e);
        R launch(Launch e);
        R saveOwner(SaveOwner e);
        R planLaunch(PlanLaunch e);
        R saveWizardValues(SaveWizardValues e);
        R exportComparison(ExportComparison e);
        R listObjects(ListObjects e);
        R evaluateModel(EvaluateModel e);
        R completePath(CompletePath e);
        R loadSignals(LoadSignals e);
        R recordPhases(RecordPhases e);
    }

    /** Writes every {@link Terminal} effect. */
    interface TerminalHandler {
        void copyToClipboard(CopyToClipboard e);
        void alert(Alert e);
    }

    /** Look up the AWS account and the notebook instance for the header (STS, DescribeNotebookInstance). */
    record LookupEnvironment() implements Io {
        public String key() {
            return "env";
        }

        /** The header just shows less; nothing to report. */
        public Msg failed(String message, Instant at) {
            return new Msg.EnvironmentKnown("", null);
        }

        public <R> R accept(Handler<R> h) {
            return h.lookupEnvironment(this);
        }
    }

    /** List jobs of a scope. */
    record ListJobs(JobScope scope) implements Io {
        public static final String KEY = "list";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.JobsFailed(message, at);
        }

        public <R> R accept(Handler<R> h) {
            return h.listJobs(this);
        }
    }

    /** List only the local backend's jobs of a scope (after a change on disk: no AWS call for it). */
    record ListLocalJobs(JobScope scope) implements Io {
        public static final String KEY = "list-local";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.LocalJobsFailed(message, at);
        }

        public <R> R accept(Handler<R> h) {
            return h.listLocalJobs(this);
        }
    }

    /** Describe one job. */
    record DescribeJob(String name) implements Io {
        public static String key(String name) {
            return "describe:" + name;
        }

        public String key() {
            return key(name);
        }

        public Msg failed(String message, Instant at) {
            return new Msg.DescribeFailed(name, message);
        }

        public <R> R accept(Handler<R> h) {
            return h.describeJob(this);
        }
    }

    /** Read a job's log from a cursor. */
    record ReadLogs(String name, LogCursor cursor) implements Io {
        public static String key(String name) {
            return "logs:" + name;
        }

        public String key() {
            return key(name);
        }

        public Msg failed(String message, Instant at) {
            return new Msg.LogsFailed(name, message);
        }

        public <R> R accept(Handler<R> h) {
            return h.readLogs(this);
        }
    }

    /** Stop a job through the guarded stop, ownership and state re-checked against who I am now. */
    record StopJob(String name, Ownership me) implements Io {
        public static String key(String name) {
            return "stop:" + name;
        }

        public String key() {
            return key(name);
        }

        public Msg failed(String message, Instant at) {
            return new Msg.StopFailed(name, message);
        }

        public <R> R accept(Handler<R> h) {
            return h.stopJob(this);
        }
    }

    /** Write the audit line of a stop attempt that ended before any call (refused or cancelled in the dashboard). */
    record RecordStopAttempt(String job, String where, String jobOwner, StopDecision decision, String reason,
            Ownership me) implements Io {
        public static String key(String job) {
            return "audit:" + job;
        }

        public String key() {
            return key(job);
        }

        public Msg failed(String message, Instant at) {
            return new Msg.StopAttemptRecorded(job, message);
        }

        public <R> R accept(Handler<R> h) {
            return h.recordStopAttempt(this);
        }
    }

    /** Write log lines to a file in the state directory. */
    record SaveLog(String jobName, LogBuffer lines) implements Io {
        public static final String KEY = "save-log";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.SaveFailed(message);
        }

        public <R> R accept(Handler<R> h) {
            return h.saveLog(this);
        }
    }

    /** Start a run. */
    record Launch(LaunchSpec spec) implements Io {
        public static final String KEY = "launch";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.LaunchFailed(message);
        }

        public <R> R accept(Handler<R> h) {
            return h.launch(this);
        }
    }

    /** Save the owner name in the config file (first-run question). */
    record SaveOwner(String owner) implements Io {
        public static final String KEY = "owner";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.OwnerSaveFailed(message);
        }

        public <R> R accept(Handler<R> h) {
            return h.saveOwner(this);
        }
    }

    /** Plan a launch for the wizard's review: the dry-run request and the pre-submit checks; nothing is created. */
    record PlanLaunch(LaunchSpec spec) implements Io {
        public static final String KEY = "plan";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.LaunchPlanFailed(spec, message);
        }

        public <R> R accept(Handler<R> h) {
            return h.planLaunch(this);
        }
    }

    /** Remember the wizard's values for next time ({@code wizard-last.json} in the state directory). */
    record SaveWizardValues(Map<String, String> values) implements Io {
        public static final String KEY = "wizard-last";

        public SaveWizardValues {
            values = Map.copyOf(values);
        }

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.WizardValuesSaved(message);
        }

        public <R> R accept(Handler<R> h) {
            return h.saveWizardValues(this);
        }
    }

    /** Write a comparison to a file in the state directory, as CSV or JSON. */
    record ExportComparison(Comparison comparison, boolean json) implements Io {
        public static final String KEY = "export";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.ExportFailed(message);
        }

        public <R> R accept(Handler<R> h) {
            return h.exportComparison(this);
        }
    }

    /** List one level of an S3 prefix for the wizard's browser. */
    record ListObjects(String prefix) implements Io {
        public static final String KEY = "objects";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.ObjectListFailed(prefix, message);
        }

        public <R> R accept(Handler<R> h) {
            return h.listObjects(this);
        }
    }

    /** Score a job's model on a labelled test CSV on this machine (fetching the model first). */
    record EvaluateModel(String job, String testFile) implements Io {
        public String key() {
            return "evaluate:" + job + ":" + testFile;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.EvaluationFailed(job, testFile, message);
        }

        public <R> R accept(Handler<R> h) {
            return h.evaluateModel(this);
        }
    }

    /**
     * List the directory of a typed path for Tab completion (a disk read: never on the UI thread);
     * {@code target} names the field it is for, so an answer for a field no longer typed in is dropped.
     */
    record CompletePath(String target, String typed) implements Io {
        public String key() {
            return "complete:" + target;
        }

        /** A directory that cannot be listed completes nothing. */
        public Msg failed(String message, Instant at) {
            return new Msg.PathCompleted(target, typed, typed, List.of());
        }

        public <R> R accept(Handler<R> h) {
            return h.completePath(this);
        }
    }

    /** Read the signal rules from the config file and the phase history from the state directory. */
    record LoadSignals() implements Io {
        public static final String KEY = "signals";

        public String key() {
            return KEY;
        }

        /** The default rules and no history: signals still work, the problem is said once. */
        public Msg failed(String message, Instant at) {
            return new Msg.SignalsLoaded(SignalRules.DEFAULTS, PhaseHistory.EMPTY, message);
        }

        public <R> R accept(Handler<R> h) {
            return h.loadSignals(this);
        }
    }

    /** Append finished jobs' phase durations to the history file in the state directory. */
    record RecordPhases(List<PhaseRecord> records) implements Io {
        public RecordPhases {
            records = List.copyOf(records);
        }

        public static final String KEY = "phases";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.PhasesRecorded(message);
        }

        public <R> R accept(Handler<R> h) {
            return h.recordPhases(this);
        }
    }

    /** Put text on the user's clipboard via the terminal (OSC 52). */
    record CopyToClipboard(String text) implements Terminal {
        public void accept(TerminalHandler h) {
            h.copyToClipboard(this);
        }
    }

    /**
     * Tell the user in the terminal: the bell and/or a desktop notification (OSC 9 and OSC 777).
     * Written by the UI thread (like the clipboard), never when there is no terminal.
     */
    record Alert(String title, String body, boolean bell, boolean desktop) implements Terminal {
        public void accept(TerminalHandler h) {
            h.alert(this);
        }
    }
}

package dev.sagedeck.app;

import dev.sagedeck.app.signals.SignalRules;
import dev.sagedeck.domain.PhaseHistory;
import dev.sagedeck.domain.PhaseRecord;
import java.time.Instant;
import java.util.List;

/**
 * Effects on sagedeck's own files: a saved log, the owner in the config file, the signal rules and
 * the phase history. Each keeps its name {@code Effect.X} (see {@link Effect}).
 */
public sealed interface FileEffects permits Effect {
    /** Write log lines to a file in the state directory. */
    record SaveLog(String jobName, LogBuffer lines) implements Effect.Io {
        public static final String KEY = "save-log";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.SaveFailed(message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.saveLog(this);
        }
    }

    /** Save the owner name in the config file (first-run question). */
    record SaveOwner(String owner) implements Effect.Io {
        public static final String KEY = "owner";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.OwnerSaveFailed(message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.saveOwner(this);
        }
    }

    /** Read the signal rules from the config file and the phase history from the state directory. */
    record LoadSignals() implements Effect.Io {
        public static final String KEY = "signals";

        public String key() {
            return KEY;
        }

        /** The default rules and no history: signals still work, the problem is said once. */
        public Msg failed(String message, Instant at) {
            return new Msg.SignalsLoaded(SignalRules.DEFAULTS, PhaseHistory.EMPTY, message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.loadSignals(this);
        }
    }

    /** Append finished jobs' phase durations to the history file in the state directory. */
    record RecordPhases(List<PhaseRecord> records) implements Effect.Io {
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

        public <R> R accept(Effect.Handler<R> h) {
            return h.recordPhases(this);
        }
    }

    /**
     * List a directory (a disk read: never on the UI thread) so a path field can complete with Tab
     * from the listing, in the reducer, without waiting: asked when the field gets the focus or its
     * directory changes ({@code ""} is the working directory).
     */
    record ListDirectory(String dir) implements Effect.Io {
        public String key() {
            return "list-dir:" + dir;
        }

        /** A directory that cannot be listed completes nothing. */
        public Msg failed(String message, Instant at) {
            return new Msg.DirectoryListed(dir, java.util.List.of());
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.listDirectory(this);
        }
    }
}

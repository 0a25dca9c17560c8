package dev.sagedeck.app;

import dev.sagedeck.app.compare.Comparison;
import java.time.Instant;
import java.util.List;

/**
 * Effects of the comparison: export it, score a model on a test file, complete the test file's
 * path, remember the test file for the next session. Each keeps its name {@code Effect.X} (see {@link Effect}).
 */
public sealed interface CompareEffects permits Effect {
    /** Write a comparison to a file in the state directory, as CSV or JSON. */
    record ExportComparison(Comparison comparison, boolean json) implements Effect.Io {
        public static final String KEY = "export";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.ExportFailed(message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.exportComparison(this);
        }
    }

    /** Score a job's model on a labelled test CSV on this machine (fetching the model first). */
    record EvaluateModel(String job, String testFile) implements Effect.Io {
        public String key() {
            return "evaluate:" + job + ":" + testFile;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.EvaluationFailed(job, testFile, message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.evaluateModel(this);
        }
    }

    /**
     * List the directory of a typed path for Tab completion (a disk read: never on the UI thread);
     * {@code target} names the field it is for, so an answer for a field no longer typed in is dropped.
     */
    record CompletePath(String target, String typed) implements Effect.Io {
        public String key() {
            return "complete:" + target;
        }

        /** A directory that cannot be listed completes nothing. */
        public Msg failed(String message, Instant at) {
            return new Msg.PathCompleted(target, typed, typed, List.of());
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.completePath(this);
        }
    }

    /** Remember the test file a comparison scored on, for the next session's {@code t} ({@code compare-last.json}). */
    record RememberTestFile(String file) implements Effect.Io {
        public static final String KEY = "compare-last";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.TestFileRemembered(message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.rememberTestFile(this);
        }
    }
}

package dev.sagedeck.app.signals;

import dev.sagedeck.domain.Backend;
import java.time.Instant;

/**
 * One thing worth telling the user about one of their own jobs: it ended, stalled, or ran into its
 * budget. {@code title} is the short line ("Failed: AlgorithmError: ..."), {@code detail} the why
 * ("Downloading for 14 min; your last 9 comparable jobs took 1-3 min"), both plain text.
 */
public record Signal(Kind kind, String job, Backend backend, String title, String detail, Instant at) {

    /** What happened. {@link #event()} is what "at most once per job and event" counts. */
    public enum Kind {
        COMPLETED("completed"),
        FAILED("failed"),
        STOPPED("stopped"),
        STALLED("stalled"),
        SILENT("silent"),
        RUNTIME("runtime"),
        COST("cost");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The lower-case word used in {@code watch --json} and {@code SAGEDECK_SIGNAL}. */
        public String word() {
            return word;
        }

        /** Completed, Failed or Stopped. */
        public boolean ended() {
            return this == COMPLETED || this == FAILED || this == STOPPED;
        }
    }

    /** The job's event this signal reports; a second signal with the same key is never raised. */
    public String key() {
        return job + "\u0000" + (kind.ended() ? "ended" : kind == Kind.STALLED ? "stalled:" + title : kind.word());
    }

    /** One line for people: "job: title - detail". */
    public String line() {
        return job + ": " + title + (detail == null || detail.isEmpty() ? "" : " - " + detail);
    }
}

package dev.sagedeck.app;

import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.StopDecision;
import java.time.Instant;

/**
 * Effects of a stop: the guarded stop itself, and the audit line of an attempt that ended before
 * any call. Each keeps its name {@code Effect.X} (see {@link Effect}).
 */
public sealed interface StopEffects permits Effect {
    /**
     * Stop a job through the guarded stop, ownership and state re-checked against who I am now;
     * {@code title} names what is stopped in the dialog of a refusal or a failure ({@code Text.stopTitle}).
     */
    record StopJob(String name, Ownership me, String title) implements Effect.Io {
        /** A training job's stop. */
        public StopJob(String name, Ownership me) {
            this(name, me, Text.STOP_TITLE);
        }

        public static String key(String name) {
            return "stop:" + name;
        }

        public String key() {
            return key(name);
        }

        public Msg failed(String message, Instant at) {
            return new Msg.StopFailed(name, message, title);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.stopJob(this);
        }
    }

    /** Write the audit line of a stop attempt that ended before any call (refused or cancelled in the dashboard); {@code title} as for {@link StopJob}. */
    record RecordStopAttempt(String job, String where, String jobOwner, StopDecision decision, String reason,
            Ownership me, String title) implements Effect.Io {
        public static String key(String job) {
            return "audit:" + job;
        }

        public String key() {
            return key(job);
        }

        public Msg failed(String message, Instant at) {
            return new Msg.StopAttemptRecorded(job, message, title);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.recordStopAttempt(this);
        }
    }
}

package dev.sagedeck.app;

import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.LogCursor;
import java.time.Instant;

/**
 * Effects that read the backends: the header's environment, the job lists, the searches and their
 * training jobs, a job's description and its log. Each keeps its name {@code Effect.X} (see {@link Effect}).
 */
public sealed interface JobEffects permits Effect {
    /** Look up the AWS account and the notebook instance for the header (STS, DescribeNotebookInstance). */
    record LookupEnvironment() implements Effect.Io {
        public String key() {
            return "env";
        }

        /** The header just shows less; nothing to report. */
        public Msg failed(String message, Instant at) {
            return new Msg.EnvironmentKnown("", null);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.lookupEnvironment(this);
        }
    }

    /** List jobs of a scope. */
    record ListJobs(JobScope scope) implements Effect.Io {
        public static final String KEY = "list";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.JobsFailed(message, at);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.listJobs(this);
        }
    }

    /** List only the local backend's jobs of a scope (after a change on disk: no AWS call for it). */
    record ListLocalJobs(JobScope scope) implements Effect.Io {
        public static final String KEY = "list-local";

        public String key() {
            return KEY;
        }

        public Msg failed(String message, Instant at) {
            return new Msg.LocalJobsFailed(message, at);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.listLocalJobs(this);
        }
    }

    /**
     * List the searches (tuning jobs) of a scope on every backend that has them, or on {@code only}
     * that one (the local searches when local files change: their rows move with the local jobs).
     */
    record ListSearches(JobScope scope, dev.sagedeck.domain.Backend only) implements Effect.Io {
        public static final String KEY = "searches";

        /** Every backend's searches. */
        public ListSearches(JobScope scope) {
            this(scope, null);
        }

        /** One listing of every backend at a time, and of each backend's own at a time, beside it. */
        public static String key(dev.sagedeck.domain.Backend only) {
            return only == null ? KEY : KEY + ":" + only.label();
        }

        public String key() {
            return key(only);
        }

        public Msg failed(String message, Instant at) {
            return new Msg.SearchesFailed(message, at, only);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.listSearches(this);
        }
    }

    /** List the training jobs of one search (an expanded row): one listing per refresh at most. */
    record ListSearchChildren(String search) implements Effect.Io {
        public static String key(String search) {
            return "search-children:" + search;
        }

        public String key() {
            return key(search);
        }

        public Msg failed(String message, Instant at) {
            return new Msg.SearchChildrenFailed(search, message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.listSearchChildren(this);
        }
    }

    /** Describe one job. */
    record DescribeJob(String name) implements Effect.Io {
        public static String key(String name) {
            return "describe:" + name;
        }

        public String key() {
            return key(name);
        }

        public Msg failed(String message, Instant at) {
            return new Msg.DescribeFailed(name, message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.describeJob(this);
        }
    }

    /** Read a job's log from a cursor. */
    record ReadLogs(String name, LogCursor cursor) implements Effect.Io {
        public static String key(String name) {
            return "logs:" + name;
        }

        public String key() {
            return key(name);
        }

        public Msg failed(String message, Instant at) {
            return new Msg.LogsFailed(name, message);
        }

        public <R> R accept(Effect.Handler<R> h) {
            return h.readLogs(this);
        }
    }
}

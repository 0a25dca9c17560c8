package dev.sagedeck.app;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.AuditLog;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.TrainingJobs;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Stops a job only when it is mine and still InProgress, checked on a fresh describe right before
 * the stop call (a listing can be stale), and records every attempt in the audit log. The CLI and
 * the dashboard both stop through this class.
 */
public final class GuardedStop {
    private final TrainingJobs jobs;
    private final Ownership me;
    private final AuditLog audit;
    private final Supplier<String> caller;
    private final Clock clock;

    public GuardedStop(TrainingJobs jobs, Ownership me, AuditLog audit, Supplier<String> caller, Clock clock) {
        this.jobs = jobs;
        this.me = me;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** The outcome the user sees: whether the stop was sent and a one-line message. */
    public record Result(boolean sent, String message, TrainingJob job) {}

    /** Re-describes, checks ownership and state, stops, and audits; never throws for a refusal. */
    public Result stop(String name) {
        return stop(name, me);
    }

    /** The same, for an owner who may have changed since this object was made (the dashboard's first-run question). */
    public Result stop(String name, Ownership me) {
        TrainingJob job;
        try {
            job = jobs.describe(name);
        } catch (BackendException e) {
            record(name, "refused: " + e.getMessage(), "not sent");
            throw e;
        }
        String id = job.arn() != null ? job.arn() : job.name();
        if (!me.isMine(job)) {
            String owner = job.owner() != null ? job.owner() : job.tags().getOrDefault(me.tagKey(), "unknown");
            String msg = Text.STOP_NOT_MINE.formatted(job.name(), owner);
            record(id, "refused: not mine (owner " + owner + ")", "not sent");
            return new Result(false, msg, job);
        }
        // A local run that is already Stopping may be stopped again: that kills it (SageMaker's "after 120 s", now).
        boolean secondLocalStop = JobStatus.STOPPING.equals(job.status()) && job.backend() == Backend.LOCAL;
        if (!JobStatus.IN_PROGRESS.equals(job.status()) && !secondLocalStop) {
            String msg = Text.STOP_NOT_RUNNING.formatted(job.name(), job.status().text());
            record(id, "refused: status " + job.status().text(), "not sent");
            return new Result(false, msg, job);
        }
        try {
            jobs.stop(job.name());
        } catch (BackendException e) {
            if (e.kind() == BackendException.Kind.CONFLICT) {
                // The job finished between our describe and the stop call: a plain message, not an error.
                record(id, "allowed", "rejected: " + e.getMessage());
                return new Result(false, Text.STOP_FINISHED_MEANWHILE.formatted(job.name()), job);
            }
            record(id, "allowed", "failed: " + e.getMessage());
            throw e;
        }
        if (secondLocalStop) {
            record(id, "allowed", "kill sent (second stop)");
            return new Result(true, Text.STOP_KILLED.formatted(job.name()), job);
        }
        record(id, "allowed", "stop sent");
        return new Result(true, Text.STOP_SENT.formatted(job.name()), job);
    }

    private void record(String jobId, String decision, String outcome) {
        audit.append(new AuditLog.Entry(clock.instant(), caller.get(), jobId, decision, outcome));
    }
}

package dev.sagedeck.local;

import dev.sagedeck.domain.JobStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * Settles runs that can no longer settle themselves. A run whose process is gone (killed with
 * {@code kill -9}, the machine rebooted, its pid now someone else's) is recorded Failed; one that
 * was stopping is recorded Stopped; one still alive long after its stop grace is killed.
 */
final class Liveness {
    /** How long a run may show no pid before we call it never started (the launcher records it in milliseconds). */
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /** Margin after the grace: the child's own watchdog should have acted by then; we act only if it could not. */
    static final Duration KILL_MARGIN = Duration.ofSeconds(5);

    private Liveness() {}

    static boolean needsSettling(JobRecord r, Instant now) {
        if (!r.active()) {
            return false;
        }
        if (r.pid == null) {
            return r.created == null || r.created.plus(START_TIMEOUT).isBefore(now);
        }
        return !process(r).alive() || graceOver(r, now);
    }

    /** Applied under the job lock to a freshly read record: re-checks, because the child may just have finished. */
    static void settle(JobRecord r, JobDir dir, Instant now) {
        if (!needsSettling(r, now)) {
            return;
        }
        ProcessIdentity.recorded(r.workerPid, r.workerStart).ifPresent(ProcessIdentity::killTree);
        if (r.pid == null) {
            fail(r, dir, now, "the training process never started (no pid recorded %d s after launch)"
                    .formatted(START_TIMEOUT.toSeconds()));
            return;
        }
        ProcessIdentity p = process(r);
        if (p.alive()) {
            // Stopping and past the grace: SageMaker kills the container after 120 s; so do we.
            p.killTree();
            r.finish(JobStatus.STOPPED, "Stopped", now,
                    "killed: the run did not stop within %d s of the stop request".formatted(r.stopGraceSeconds));
        } else if (JobStatus.STOPPING.equals(r.jobStatus())) {
            r.finish(JobStatus.STOPPED, "Stopped", now,
                    "the training process (pid %d) ended while stopping".formatted(r.pid));
        } else {
            fail(r, dir, now, "the training process (pid %d) ended without recording a result (killed?)".formatted(r.pid));
        }
    }

    static ProcessIdentity process(JobRecord r) {
        return new ProcessIdentity(r.pid, r.pidStart);
    }

    private static boolean graceOver(JobRecord r, Instant now) {
        return JobStatus.STOPPING.equals(r.jobStatus()) && r.stopRequested != null
                && r.stopRequested.plusSeconds(r.stopGraceSeconds).plus(KILL_MARGIN).isBefore(now);
    }

    private static void fail(JobRecord r, JobDir dir, Instant now, String reason) {
        reason = DiskSpace.explain(dir, reason);
        r.finish(JobStatus.FAILED, "Failed", now, reason);
        FailureFile.write(dir, reason);
    }
}

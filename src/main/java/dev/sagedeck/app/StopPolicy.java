package dev.sagedeck.app;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import java.util.Optional;

/**
 * The one stop rule, asked by the dashboard's key bar and {@code S}, by {@code sagedeck stop} and by
 * the guarded stop right before the call: a job may be stopped only when it is mine and running
 * (or a local run already Stopping: a second stop kills it), and never in read-only mode. A
 * refusal is data — the reason and whose the job is — like lazygit's {@code GetDisabledReason}.
 */
public final class StopPolicy {
    /** Characters of the name a person types to confirm a stop. */
    public static final int CONFIRM_CHARS = 4;

    private StopPolicy() {}

    /** Why a stop is refused. */
    public enum Reason {
        READ_ONLY("read-only"),
        NOT_MINE("not mine"),
        OWNER_UNKNOWN("owner unknown"),
        NOT_RUNNING("not running"),
        UNKNOWN_JOB("unknown job");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** The reason as the audit log and {@code stop --json} spell it. */
        public String text() {
            return text;
        }
    }

    /** A refused stop: why, for which job, whose it is (null when unknown) and its status. */
    public record Refusal(Reason reason, String job, String owner, JobStatus status) {
        /** The one line a person reads. */
        public String message() {
            String name = InertText.of(job);
            return switch (reason) {
                case READ_ONLY -> Text.READ_ONLY_STOP;
                case NOT_MINE -> Text.STOP_NOT_MINE.formatted(name, owner == null ? Text.NO_OWNER : InertText.of(owner));
                case OWNER_UNKNOWN -> Text.STOP_OWNER_UNKNOWN.formatted(name);
                case NOT_RUNNING -> Text.STOP_NOT_RUNNING.formatted(name, status == null ? "?" : status.text());
                case UNKNOWN_JOB -> BackendException.NO_SUCH_JOB.formatted(name);
            };
        }

        /** The reason with its detail, for the audit log: "not mine (owner bob)". */
        public String detail() {
            return switch (reason) {
                case NOT_MINE -> reason.text() + " (owner " + (owner == null ? "none" : owner) + ")";
                case NOT_RUNNING -> reason.text() + " (" + (status == null ? "?" : status.text()) + ")";
                default -> reason.text();
            };
        }
    }

    /** Empty when {@code me} may stop the job now; else why not. */
    public static Optional<Refusal> check(TrainingJob job, Ownership me, boolean readOnly) {
        String owner = me.ownerOf(job);
        if (readOnly) {
            return Optional.of(new Refusal(Reason.READ_ONLY, job.name(), owner, job.status()));
        }
        if (!me.isMine(job)) {
            // tags that could not be read: whose it is is unknown, not "nobody's"
            Reason why = owner == null && !job.tagsKnown() ? Reason.OWNER_UNKNOWN : Reason.NOT_MINE;
            return Optional.of(new Refusal(why, job.name(), owner, job.status()));
        }
        if (!JobStatus.IN_PROGRESS.equals(job.status()) && !killsOnStop(job)) {
            return Optional.of(new Refusal(Reason.NOT_RUNNING, job.name(), owner, job.status()));
        }
        return Optional.empty();
    }

    /** A job name no backend knows. */
    public static Refusal unknown(String name) {
        return new Refusal(Reason.UNKNOWN_JOB, name, null, null);
    }

    /** True for a local run already Stopping: stopping it again kills it at once. */
    public static boolean killsOnStop(TrainingJob job) {
        return JobStatus.STOPPING.equals(job.status()) && job.backend() == Backend.LOCAL;
    }

    /** What a person types to confirm stopping this job: the last 4 characters of its name. */
    public static String confirmation(String name) {
        return name.length() <= CONFIRM_CHARS ? name : name.substring(name.length() - CONFIRM_CHARS);
    }

    /** True when the typed answer confirms the stop. */
    public static boolean confirms(String name, String typed) {
        return typed != null && typed.strip().equals(confirmation(name));
    }
}

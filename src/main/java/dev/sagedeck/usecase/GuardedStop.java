package dev.sagedeck.usecase;

import dev.sagedeck.app.InertText;
import dev.sagedeck.app.StopPolicy;
import dev.sagedeck.app.Text;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.StopDecision;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.AuditLog;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.TrainingJobs;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Stops a job only when {@link StopPolicy} allows it on a fresh describe right before the stop call
 * (a listing can be stale), and writes one audit line for every attempt, whatever its end. The CLI
 * and the dashboard both stop through this class; the dashboard's refusals and cancellations, which
 * end before any call, are recorded through {@link #record}. Blocking: runs on an executor.
 */
public final class GuardedStop {
    private final TrainingJobs jobs;
    private final AuditLog audit;
    private final Supplier<String> caller;
    private final String osUser;
    private final Clock clock;

    /**
     * @param caller the AWS identity ARN, or null when unknown (asked at most once per attempt; may block)
     * @param osUser the OS account, for the audit line
     */
    public GuardedStop(TrainingJobs jobs, AuditLog audit, Supplier<String> caller, String osUser, Clock clock) {
        this.jobs = jobs;
        this.audit = audit;
        this.caller = caller;
        this.osUser = osUser;
        this.clock = clock;
    }

    /** The end of one attempt: the decision, the reason in a few words, the line a person reads. */
    public record Result(String job, String where, StopDecision decision, String reason, String message) {
        public boolean sent() {
            return decision == StopDecision.STOPPED || decision == StopDecision.KILLED;
        }
    }

    /** A person's answer to "stop this job?": null when confirmed, else how and why it was declined. */
    @FunctionalInterface
    public interface Confirmation {
        Declined ask(TrainingJob job);
    }

    /** A declined confirmation: REFUSED (wrong text, no terminal to ask) or CANCELLED. */
    public record Declined(StopDecision decision, String reason, String message) {}

    /** Stops without asking anyone (the dashboard asked already; {@code stop --yes}). */
    public Result stop(String name, Ownership me, String via) {
        return stop(name, me, via, null);
    }

    /**
     * Describes, asks the policy, asks {@code confirm} (then describes again: a person may take a
     * while), stops, and audits — one line per call, whatever happens. A refusal is a result; a
     * failure (the endpoint unreachable, an unreadable record, the stop call refused) is audited
     * and rethrown.
     */
    public Result stop(String name, Ownership me, String via, Confirmation confirm) {
        TrainingJob job = null;
        for (int round = 0; round < (confirm == null ? 1 : 2); round++) {
            try {
                job = jobs.describe(name);
            } catch (BackendException e) {
                if (e.kind() == BackendException.Kind.NOT_FOUND) {
                    StopPolicy.Refusal r = StopPolicy.unknown(name);
                    return record(me, via, name, null, null, StopDecision.REFUSED, r.detail(), r.message());
                }
                record(me, via, name, job == null ? null : job.where(), job == null ? null : me.ownerOf(job), StopDecision.FAILED,
                        failure(e), e.getMessage());
                throw e;
            }
            Optional<StopPolicy.Refusal> refusal = StopPolicy.check(job, me, false);
            if (refusal.isPresent()) {
                return record(me, via, job.name(), job.where(), me.ownerOf(job), StopDecision.REFUSED, refusal.get().detail(),
                        refusal.get().message());
            }
            Declined no = round == 0 && confirm != null ? confirm.ask(job) : null;
            if (no != null) {
                return record(me, via, job.name(), job.where(), me.ownerOf(job), no.decision(), no.reason(), no.message());
            }
        }
        String where = job.where();
        String owner = me.ownerOf(job);
        boolean kill = StopPolicy.killsOnStop(job);
        try {
            jobs.stop(job.name());
        } catch (BackendException e) {
            if (e.kind() == BackendException.Kind.CONFLICT) {
                // The job finished between our describe and the stop call: a plain message, not an error.
                return record(me, via, job.name(), where, owner, StopDecision.REFUSED, "finished meanwhile: " + e.getMessage(),
                        Text.STOP_FINISHED_MEANWHILE.formatted(InertText.of(job.name())));
            }
            record(me, via, job.name(), where, owner, StopDecision.FAILED, failure(e), e.getMessage());
            throw e;
        }
        if (kill) {
            return record(me, via, job.name(), where, owner, StopDecision.KILLED, "second stop of a stopping local run",
                    Text.STOP_KILLED.formatted(InertText.of(job.name())));
        }
        return record(me, via, job.name(), where, owner, StopDecision.STOPPED, "mine and running",
                Text.STOP_SENT.formatted(InertText.of(job.name())));
    }

    /** Records an attempt that ended before any stop call (the dashboard's refusals, a cancelled dialog). */
    public Result record(Ownership me, String via, String job, String where, String jobOwner, StopDecision decision,
            String reason, String message) {
        String arn;
        try {
            arn = caller.get();
        } catch (RuntimeException e) {
            arn = null; // who we are to AWS is a detail of the line, never a reason to lose it
        }
        audit.append(new AuditLog.Entry(clock.instant(), osUser, me == null ? null : me.owner(), arn, via, job, where,
                jobOwner, decision.text(), reason));
        return new Result(job, where, decision, reason, message);
    }

    /** A failure's reason for the audit line: "endpoint unreachable: ...", "denied: ...", "error: ...". */
    public static String failure(BackendException e) {
        String kind = switch (e.kind()) {
            case UNAVAILABLE, THROTTLED -> "endpoint unreachable";
            case DENIED, NOT_CONFIGURED -> "denied";
            default -> "error";
        };
        return kind + ": " + e.getMessage();
    }
}

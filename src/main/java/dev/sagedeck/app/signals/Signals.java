package dev.sagedeck.app.signals;

import dev.sagedeck.domain.PhaseRecord;
import dev.sagedeck.domain.PhaseHistory;
import dev.sagedeck.domain.JobCost;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.TrainingJob;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds signals in job states the refresh already has (no call of its own): for my jobs only,
 * each event at most once per job. Pure: the caller keeps the returned memory and history and
 * passes them back with the next refresh; the dashboard and {@code watch} both call this.
 */
public final class Signals {
    private Signals() {}

    /** What one look found: the new signals, what to remember, and finished jobs to add to the history. */
    public record Detection(List<Signal> signals, SignalMemory memory, List<PhaseRecord> finished) {
        public Detection {
            signals = List.copyOf(signals);
            finished = List.copyOf(finished);
        }
    }

    /** Everything a look needs besides the jobs: who I am, my history, the rules, prices, log activity and the time. */
    public record Context(Ownership me, PhaseHistory history, SignalRules rules, Function<String, Optional<Price>> prices,
            Map<String, LogActivity> logs, Instant now) {
        public Context {
            logs = Map.copyOf(logs);
        }
    }

    public static Detection detect(SignalMemory memory, List<TrainingJob> jobs, Context c) {
        List<Signal> out = new ArrayList<>();
        List<PhaseRecord> finished = new ArrayList<>();
        Map<String, JobStatus> seen = new HashMap<>();
        Set<String> fired = new HashSet<>(memory.fired());
        for (TrainingJob job : jobs) {
            if (!c.me().isMine(job)) {
                continue; // never a word about a colleague's job
            }
            seen.put(job.name(), job.status());
            List<Signal> found = new ArrayList<>();
            if (job.status().isFinal()) {
                if (memory.wasRunning(job.name())) {
                    found.add(ended(job, c.now()));
                }
                if (!c.history().contains(job.name())) {
                    PhaseRecord.of(job).ifPresent(finished::add);
                }
            } else if (JobStatus.IN_PROGRESS.equals(job.status())) {
                stall(job, c).ifPresent(found::add);
                silence(job, c).ifPresent(found::add);
                runtime(job, c).ifPresent(found::add);
                cost(job, c).ifPresent(found::add);
            }
            for (Signal s : found) {
                if (fired.add(s.key())) {
                    out.add(s);
                }
            }
        }
        return new Detection(out, memory.with(seen, fired), finished);
    }

    /** The end of a job as a signal: Completed, Failed (with the first line of its reason) or Stopped. */
    public static Signal ended(TrainingJob job, Instant now) {
        Instant at = job.timing() != null && job.timing().ended() != null ? job.timing().ended() : now;
        if (JobStatus.COMPLETED.equals(job.status())) {
            return new Signal(Signal.Kind.COMPLETED, job.name(), job.backend(), SignalText.COMPLETED, "", at);
        }
        if (JobStatus.FAILED.equals(job.status())) {
            String reason = SignalText.firstLine(job.failureReason());
            return new Signal(Signal.Kind.FAILED, job.name(), job.backend(),
                    reason == null || reason.isEmpty() ? SignalText.FAILED_NO_REASON : SignalText.FAILED.formatted(reason), "", at);
        }
        return new Signal(Signal.Kind.STOPPED, job.name(), job.backend(), SignalText.STOPPED,
                job.secondaryStatus() == null || job.secondaryStatus().equals("Stopped") ? "" : job.secondaryStatus(), at);
    }

    private static Optional<Signal> stall(TrainingJob job, Context c) {
        var open = PhaseClock.open(job);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        String phase = open.get().status();
        Duration lasted = open.get().duration(c.now());
        SignalRules r = c.rules();
        List<Long> past = c.history().comparable(job, phase);
        String detail;
        if (past.size() >= r.minComparable()) {
            long longest = past.stream().mapToLong(Long::longValue).max().orElse(0);
            long shortest = past.stream().mapToLong(Long::longValue).min().orElse(0);
            long limit = Math.max((long) Math.ceil(longest * r.stallFactor()), longest + r.stallSlack().getSeconds());
            if (lasted.getSeconds() <= limit) {
                return Optional.empty();
            }
            detail = SignalText.STALLED_VS_HISTORY.formatted(phase, SignalText.duration(lasted), past.size(),
                    SignalText.range(shortest, longest));
        } else {
            if (!PhaseClock.hasFixedLimit(phase) || lasted.compareTo(r.fixedPhaseLimit()) <= 0) {
                return Optional.empty();
            }
            detail = SignalText.STALLED_FIXED.formatted(phase, SignalText.duration(lasted),
                    SignalText.duration(r.fixedPhaseLimit()), r.minComparable());
        }
        return Optional.of(new Signal(Signal.Kind.STALLED, job.name(), job.backend(), SignalText.STALLED.formatted(phase), detail, c.now()));
    }

    private static Optional<Signal> silence(TrainingJob job, Context c) {
        LogActivity a = c.logs().get(job.name());
        Duration usual = a == null ? null : a.usualGap();
        if (usual == null || a.last() == null) {
            return Optional.empty();
        }
        Duration quiet = Duration.between(a.last(), c.now());
        Duration limit = Duration.ofMillis((long) (usual.toMillis() * c.rules().silenceFactor()));
        if (limit.compareTo(c.rules().silenceFloor()) < 0) {
            limit = c.rules().silenceFloor();
        }
        if (quiet.compareTo(limit) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Signal(Signal.Kind.SILENT, job.name(), job.backend(), SignalText.SILENT,
                SignalText.SILENT_DETAIL.formatted(SignalText.duration(quiet), SignalText.duration(usual.plusMillis(999))), c.now()));
    }

    private static Optional<Signal> runtime(TrainingJob job, Context c) {
        long max = job.resources() == null ? 0 : job.resources().maxRuntimeSeconds();
        if (max <= 0 || job.timing() == null) {
            return Optional.empty();
        }
        Duration ran = job.timing().elapsed(c.now());
        if (ran.getSeconds() < c.rules().runtimeFraction() * max) {
            return Optional.empty();
        }
        int percent = (int) Math.min(100, ran.getSeconds() * 100 / max);
        return Optional.of(new Signal(Signal.Kind.RUNTIME, job.name(), job.backend(), SignalText.RUNTIME,
                SignalText.RUNTIME_DETAIL.formatted(SignalText.duration(ran), SignalText.duration(Duration.ofSeconds(max)), percent), c.now()));
    }

    private static Optional<Signal> cost(TrainingJob job, Context c) {
        Double own = dev.sagedeck.domain.RunTags.budgetUsd(job.tags());
        Double budget = own != null ? own : c.rules().jobBudgetUsd();
        if (budget == null || job.resources() == null) {
            return Optional.empty();
        }
        Optional<JobCost.Cost> cost = JobCost.of(job, c.prices().apply(job.resources().instanceType()), c.now());
        if (cost.isEmpty() || cost.get().usd() < budget) {
            return Optional.empty();
        }
        return Optional.of(new Signal(Signal.Kind.COST, job.name(), job.backend(), SignalText.COST,
                SignalText.COST_DETAIL.formatted(cost.get().usd(), cost.get().basis(), budget,
                        own != null ? SignalText.OWN_BUDGET : SignalRules.BUDGET_JOB), c.now()));
    }
}

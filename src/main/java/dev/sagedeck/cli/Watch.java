package dev.sagedeck.cli;

import dev.sagedeck.app.InertText;
import dev.sagedeck.app.signals.LogActivity;
import dev.sagedeck.domain.PhaseHistory;
import dev.sagedeck.app.signals.Signal;
import dev.sagedeck.app.signals.SignalMemory;
import dev.sagedeck.app.signals.SignalRules;
import dev.sagedeck.app.signals.Signals;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.PartialListException;
import dev.sagedeck.port.PhaseHistories;
import dev.sagedeck.port.TrainingJobs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sagedeck watch}: the dashboard's signals without the dashboard. Each round lists my jobs
 * (the same call the dashboard's refresh makes, at its pace), reads the new lines of my running
 * local jobs' logs and of the SageMaker jobs named on the command line for the silence signal, and hands both to
 * {@link Signals#detect}. One line per signal; returns once every named job has ended.
 */
final class Watch {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    /** How it runs: its output, the optional notifier, the pace, and where the history lives. */
    record Options(boolean json, NotifyCommand notifier, Duration interval, PhaseHistories history) {}

    private final TrainingJobs jobs;
    private final Ownership me;
    private final SignalRules rules;
    private final Map<String, Price> prices;
    private final Clock clock;
    private final Options options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, LogActivity> logs = new HashMap<>();
    private final Map<String, LogCursor> cursors = new HashMap<>();

    Watch(TrainingJobs jobs, Ownership me, SignalRules rules, Map<String, Price> prices, Clock clock, Options options,
            PrintWriter out, PrintWriter err) {
        this.jobs = jobs;
        this.me = me;
        this.rules = rules;
        this.prices = Map.copyOf(prices);
        this.clock = clock;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * Follows until every job in {@code names} has ended (forever when {@code names} is empty):
     * 0 when all Completed, 1 when any Failed or was Stopped, 2 when a name is unknown or not mine.
     */
    int run(List<String> names, boolean allMine) throws InterruptedException {
        Set<String> named = new LinkedHashSet<>(names);
        Set<String> describeEachRound = new LinkedHashSet<>();
        PhaseHistory history = options.history().read();
        // a named job counts as running until seen ended: its end is announced even if it came before we looked
        SignalMemory memory = SignalMemory.watching(named);
        int failures = 0;
        boolean first = true;
        while (true) {
            List<TrainingJob> current;
            try {
                current = new ArrayList<>(list());
                failures = 0;
            } catch (BackendException e) {
                failures++;
                err.println("sagedeck: " + InertText.of(e.getMessage()) + " (trying again)");
                err.flush();
                Thread.sleep(Math.min(60_000, options.interval().toMillis() << Math.min(failures, 4)));
                continue;
            }
            if (first) {
                Integer bad = checkNamed(named, current, describeEachRound);
                if (bad != null) {
                    return bad;
                }
                first = false;
            }
            for (String n : describeEachRound) {
                current.add(jobs.describe(n));
            }
            readLogs(current, named);
            Signals.Detection d = Signals.detect(memory, current,
                    new Signals.Context(me, history, rules, type -> Optional.ofNullable(prices.get(type)), logs, clock.instant()));
            for (Signal s : d.signals()) {
                if (allMine || named.contains(s.job())) {
                    emit(s);
                }
            }
            if (!d.finished().isEmpty()) {
                history = history.with(d.finished());
                try {
                    options.history().append(d.finished());
                } catch (IOException e) {
                    err.println("sagedeck: cannot keep the phase history: " + InertText.of(e.getMessage()));
                }
            }
            memory = d.memory();
            Optional<Integer> done = outcome(named, current);
            if (done.isPresent()) {
                return done.get();
            }
            Thread.sleep(options.interval().toMillis());
        }
    }

    private List<TrainingJob> list() {
        try {
            return jobs.list(JobScope.MINE);
        } catch (PartialListException e) {
            return e.listed(); // the other backend's jobs are simply not looked at this round
        }
    }

    /** Every named job exists and is mine; ones the listing cannot see are described each round. */
    private Integer checkNamed(Set<String> named, List<TrainingJob> current, Set<String> describeEachRound) {
        for (String n : named) {
            if (current.stream().anyMatch(j -> j.name().equals(n))) {
                continue;
            }
            TrainingJob j;
            try {
                j = jobs.describe(n);
            } catch (BackendException e) {
                err.println("sagedeck: " + InertText.of(e.getMessage()));
                return e.kind() == BackendException.Kind.NOT_FOUND ? ExitCodes.BAD_INPUT : ExitCodes.FAILED;
            }
            if (!me.isMine(j)) {
                err.println(dev.sagedeck.app.signals.SignalText.WATCH_NOT_MINE.formatted(InertText.of(n), InertText.of(owner(j))));
                return ExitCodes.BAD_INPUT;
            }
            describeEachRound.add(n);
        }
        return null;
    }

    private static String owner(TrainingJob j) {
        String tagged = j.tags().get("owner");
        return tagged != null ? tagged : j.owner() != null ? j.owner() : "someone else";
    }

    /** The exit code once every named job has ended, or empty while one still runs (or none was named). */
    private static Optional<Integer> outcome(Set<String> named, List<TrainingJob> current) {
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Map<String, JobStatus> status = new LinkedHashMap<>();
        current.forEach(j -> status.put(j.name(), j.status()));
        boolean allCompleted = true;
        for (String n : named) {
            JobStatus s = status.get(n);
            if (s == null || !s.isFinal()) {
                return Optional.empty();
            }
            allCompleted &= JobStatus.COMPLETED.equals(s);
        }
        return Optional.of(allCompleted ? ExitCodes.OK : ExitCodes.FAILED);
    }

    /**
     * New lines of my running jobs' logs, for the silence signal: every local one (a file read, no
     * API call), and a SageMaker one only when it was named — the log the dashboard would be
     * following for it, at the same paced, budgeted calls; {@code --all-mine} alone reads no
     * CloudWatch log, so watching costs nothing while nothing named runs.
     */
    private void readLogs(List<TrainingJob> current, Set<String> named) {
        for (TrainingJob j : current) {
            boolean followed = j.backend() == Backend.LOCAL || named.contains(j.name());
            if (!followed || !JobStatus.IN_PROGRESS.equals(j.status()) || !me.isMine(j)) {
                continue;
            }
            try {
                LogChunk c = jobs.readLogs(j.name(), cursors.getOrDefault(j.name(), LogCursor.START));
                cursors.put(j.name(), c.next());
                logs.put(j.name(), logs.getOrDefault(j.name(), LogActivity.NONE).seen(c.lines()));
            } catch (BackendException e) {
                // no log yet, or it went away with the job: silence is judged on the next round
            }
        }
    }

    private void emit(Signal s) throws InterruptedException {
        if (options.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", s.at().toString());
            m.put("signal", s.kind().word());
            m.put("job", s.job());
            m.put("backend", s.backend() == null ? null : s.backend().label());
            m.put("title", s.title());
            m.put("detail", s.detail());
            try {
                out.println(JSON.writeValueAsString(m));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out.println(CLOCK.format(s.at()) + "  " + InertText.of(s.line(), Integer.MAX_VALUE));
        }
        out.flush();
        if (options.notifier() != null) {
            options.notifier().run(s);
        }
    }
}

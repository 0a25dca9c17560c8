package dev.sagedeck.local;

import dev.sagedeck.config.Paths;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import dev.sagedeck.port.LocalRuns;
import dev.sagedeck.port.TrainingJobs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Local runs behind the {@link TrainingJobs} port: each run its own OS process (see
 * {@link JobProcess}), each job a directory under {@code <stateDir>/jobs} (see {@link JobDir}).
 * Whose a run is: its recorded owner, by the one rule in {@link Ownership}. Stop grace: 120 s like SageMaker, or
 * {@code $SAGEDECK_STOP_GRACE_SECONDS}.
 */
public final class LocalTrainingJobs implements LocalRuns {
    public static final String STOP_GRACE_ENV = "SAGEDECK_STOP_GRACE_SECONDS";
    public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(120);
    /** Lines a log read from {@link LogCursor#START} returns, so a pane is never empty. */
    public static final int START_LINES = 500;
    public static final String LOG_SOURCE = "local";

    private final LocalJobStore store;
    private final Supplier<Ownership> me;
    private final Clock clock;
    private final Duration stopGrace;
    private final JobLauncher launcher;
    private final LocalJobControl control;

    /**
     * {@code me}: whose jobs are "mine" and who owns new runs (see {@link Ownership#resolve}). Asked
     * on every call, so an owner set while the dashboard runs (first-run question) applies at once.
     */
    public LocalTrainingJobs(Paths paths, Supplier<Ownership> me, Map<String, String> env) {
        this(paths.localJobsDir(), me, env, Clock.systemDefaultZone());
    }

    public LocalTrainingJobs(Path jobsDir, Ownership me, Map<String, String> env, Clock clock) {
        this(jobsDir, () -> me, env, clock);
    }

    public LocalTrainingJobs(Path jobsDir, Supplier<Ownership> me, Map<String, String> env, Clock clock) {
        this.store = new LocalJobStore(jobsDir, clock);
        this.me = me;
        this.clock = clock;
        this.stopGrace = stopGrace(env);
        this.launcher = new JobLauncher(env);
        this.control = new LocalJobControl(store, clock);
    }

    @Override
    public Backend backend() {
        return Backend.LOCAL;
    }

    /** Whose jobs are mine here. */
    public Ownership ownership() {
        return me.get();
    }

    public LocalJobStore store() {
        return store;
    }

    @Override
    public List<TrainingJob> list(JobScope scope) {
        Ownership now = me.get();
        return store.list().stream()
                .map(r -> JobRecordMapper.toJob(r, store.dir(r.name), false))
                .filter(j -> scope == JobScope.ALL || now.isMine(j))
                .toList();
    }

    @Override
    public TrainingJob describe(String name) {
        JobRecord r = store.findOrDamaged(name).orElseThrow(() -> LocalJobStore.notFound(name));
        return JobRecordMapper.toJob(r, store.dir(name));
    }

    @Override
    public void forget(String name) {
        store.forget(name);
    }

    @Override
    public LogChunk readLogs(String name, LogCursor cursor) {
        return LogReads.read(record(name), store.dir(name), cursor, START_LINES);
    }

    /** A script run's rules as its record keeps them (runs from before there were any: none). */
    @Override
    public java.util.List<dev.sagedeck.domain.MetricDefinition> metricRules(String name) {
        JobRecord r = record(name);
        return dev.sagedeck.domain.ScriptMetrics.forCurve(r.launch != null && r.launch.script(), r.metricDefinitions);
    }

    @Override
    public void stop(String name) {
        control.stop(record(name));
    }

    @Override
    public TrainingJob launch(LaunchSpec spec) {
        return launch(spec, null);
    }

    @Override
    public TrainingJob launch(LaunchSpec spec, Attach attach) {
        // train --wait under dist/sagedeck: the run's JVM may have been started while the options were checked
        return launch(spec, attach, attach == null ? null : EarlyRun.take(store.jobsDir()));
    }

    /** With {@code early}, the run's JVM started before the job existed: it takes the job when it can. */
    TrainingJob launch(LaunchSpec spec, Attach attach, EarlyRun early) {
        JobLauncher how = attach == null ? launcher : launcher.attached(attach);
        try {
            String owner = spec.owner() != null && !spec.owner().isBlank() ? spec.owner() : me.get().owner();
            for (int attempt = 1; ; attempt++) {
                JobRecord first = FirstRecord.firstRecord(spec, owner, store, clock.instant(), clock.getZone(), stopGrace.toSeconds());
                JobDir dir;
                try {
                    dir = store.create(first, staged -> LocalJobControl.prepare(staged, first));
                } catch (BackendException taken) {
                    // Another sagedeck process took the same generated name a moment ago: generate again.
                    if ((spec.name() == null || spec.name().isBlank()) && store.exists(first.name) && attempt < 5) {
                        continue;
                    }
                    throw taken;
                }
                control.start(dir, first, how, early);
                return describe(first.name);
            }
        } finally {
            if (early != null) {
                early.cancel(); // nothing once it has its job; else it ends without one
            }
        }
    }

    /** Local searches, on this store: each its own process training configurations as child jobs. */
    public LocalSearches searches() {
        return new LocalSearches(this);
    }

    /** Starts a search's process for its first record (see {@link LocalSearches#launch}). */
    JobRecord startSearch(java.util.function.Function<String, JobRecord> firstRecord) {
        String owner = me.get().owner();
        for (int attempt = 1; ; attempt++) {
            JobRecord first = firstRecord.apply(owner);
            JobDir dir;
            try {
                dir = store.create(first, staged -> LocalJobControl.prepare(staged, first));
            } catch (BackendException taken) {
                if (store.exists(first.name) && attempt < 5) {
                    continue;
                }
                throw taken;
            }
            control.start(dir, first, launcher); // JobProcess runs the search its record holds
            return record(first.name);
        }
    }

    Clock clock() {
        return clock;
    }

    Duration stopGraceValue() {
        return stopGrace;
    }

    @Override
    public Path fetchModel(String name, Path destination) {
        return ModelCopy.copy(record(name), store.dir(name), destination);
    }

    private JobRecord record(String name) {
        return store.find(name).orElseThrow(() -> LocalJobStore.notFound(name));
    }

    static Duration stopGrace(Map<String, String> env) {
        String v = env.get(STOP_GRACE_ENV);
        if (v == null || v.isBlank()) {
            return DEFAULT_STOP_GRACE;
        }
        try {
            long s = Long.parseLong(v.trim());
            if (s >= 0) {
                return Duration.ofSeconds(s);
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message below
        }
        throw new BackendException(Kind.INVALID, "%s must be a whole number of seconds >= 0, not '%s'".formatted(STOP_GRACE_ENV, v));
    }

    /** True when the record is over: its log will not grow any more. */
    static boolean over(JobRecord r) {
        return JobStatus.of(r.status).isFinal();
    }
}

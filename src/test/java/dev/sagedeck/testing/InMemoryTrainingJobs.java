package dev.sagedeck.testing;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.TrainingJobs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted backend for dashboard tests: jobs and log lines the test puts in, stops recorded,
 * failures the test asks for. It stands in for our own port, never for the AWS SDK.
 */
public final class InMemoryTrainingJobs implements TrainingJobs {
    private final Backend backend;
    private final Ownership me;
    private final Map<String, TrainingJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, List<LogLine>> logs = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, List<String>> notes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> stops = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger listCalls = new AtomicInteger();
    private volatile String listFailure;
    private volatile String describeFailure;

    public InMemoryTrainingJobs(Backend backend, Ownership me) {
        this.backend = backend;
        this.me = me;
    }

    public InMemoryTrainingJobs put(TrainingJob job) {
        jobs.put(job.name(), job);
        return this;
    }

    public InMemoryTrainingJobs log(String job, LogLine... lines) {
        logs.computeIfAbsent(job, k -> Collections.synchronizedList(new ArrayList<>())).addAll(List.of(lines));
        return this;
    }

    /** A note the next log read returns (e.g. "new instance stream discovered"). */
    public InMemoryTrainingJobs note(String job, String note) {
        notes.computeIfAbsent(job, k -> Collections.synchronizedList(new ArrayList<>())).add(note);
        return this;
    }

    /** Forgets a job: describe then answers NOT_FOUND (a job deleted, or never there). */
    public InMemoryTrainingJobs remove(String name) {
        jobs.remove(name);
        return this;
    }

    /** Makes every describe fail as an unreachable endpoint would, with this message (null: succeed again). */
    public void failDescribe(String message) {
        describeFailure = message;
    }

    /** Makes every list call fail with this message (null: succeed again). */
    public void failListing(String message) {
        listFailure = message;
    }

    public List<String> stops() {
        return List.copyOf(stops);
    }

    public int listCalls() {
        return listCalls.get();
    }

    @Override
    public Backend backend() {
        return backend;
    }

    @Override
    public List<TrainingJob> list(JobScope scope) {
        listCalls.incrementAndGet();
        if (listFailure != null) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, listFailure);
        }
        List<TrainingJob> out = new ArrayList<>();
        synchronized (jobs) {
            for (TrainingJob j : jobs.values()) {
                if (scope == JobScope.ALL || me.isMine(j)) {
                    out.add(j);
                }
            }
        }
        return out;
    }

    @Override
    public TrainingJob describe(String name) {
        String failure = describeFailure;
        if (failure != null) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, failure);
        }
        TrainingJob j = jobs.get(name);
        if (j == null) {
            throw new BackendException(BackendException.Kind.NOT_FOUND, "no training job named '" + name + "'");
        }
        return j.raw() == null ? j.toBuilder().raw("{\"TrainingJobName\": \"" + name + "\"}").build() : j;
    }

    @Override
    public LogChunk readLogs(String name, LogCursor cursor) {
        List<LogLine> all = new ArrayList<>(logs.getOrDefault(name, List.of()));
        int from = cursor.isStart() ? Math.max(0, all.size() - 500) : Integer.parseInt(cursor.token());
        TrainingJob j = jobs.get(name);
        boolean done = j != null && j.status().isFinal();
        List<String> pending = notes.remove(name);
        return new LogChunk(all.subList(Math.min(from, all.size()), all.size()), new LogCursor(Integer.toString(all.size())), done,
                pending == null ? List.of() : pending);
    }

    @Override
    public void stop(String name) {
        stops.add(name);
        TrainingJob j = describe(name);
        if (!JobStatus.IN_PROGRESS.equals(j.status())) {
            throw new BackendException(BackendException.Kind.CONFLICT, name + " is not running");
        }
        jobs.put(name, j.toBuilder().status(JobStatus.STOPPING).secondaryStatus("Stopping").build());
    }

    private final List<LaunchSpec> launches = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean acceptLaunches;

    /** Launches succeed from now on: each becomes an InProgress job named {@code <owner>-run-<n>}. */
    public InMemoryTrainingJobs acceptLaunches() {
        acceptLaunches = true;
        return this;
    }

    /** Every launch asked for, accepted or not. */
    public List<LaunchSpec> launches() {
        return List.copyOf(launches);
    }

    @Override
    public TrainingJob launch(LaunchSpec spec) {
        launches.add(spec);
        if (!acceptLaunches) {
            throw new BackendException(BackendException.Kind.FAILED, "launch is not scripted in this test");
        }
        String name = spec.name() != null ? spec.name() : spec.owner() + "-run-" + launches.size();
        TrainingJob j = TrainingJob.builder(name, spec.backend()).status(JobStatus.IN_PROGRESS).secondaryStatus("Starting")
                .owner(spec.owner()).tags(spec.owner() == null ? Map.of() : Map.of("owner", spec.owner()))
                .timing(new dev.sagedeck.domain.Timing(java.time.Instant.parse("2026-11-26T12:00:00Z"), null, null, null, null))
                .resources(spec.resources()).hyperParameters(spec.hyperParameters()).build();
        put(j);
        return j;
    }

    @Override
    public Path fetchModel(String name, Path destination) {
        throw new BackendException(BackendException.Kind.FAILED, "fetchModel is not scripted in this test");
    }
}

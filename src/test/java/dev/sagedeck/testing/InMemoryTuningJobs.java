package dev.sagedeck.testing;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.SearchAsJob;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.TuningLaunch;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.TuningJobs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scripted searches for dashboard tests: tuning jobs and their training jobs the test puts in, list
 * and children calls counted, stops recorded. It stands in for our own port, never for the AWS SDK.
 */
public final class InMemoryTuningJobs implements TuningJobs {
    private final Backend backend;
    private final Ownership me;
    private final Map<String, TuningJob> searches = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, List<TrainingJob>> children = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> stops = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger listCalls = new AtomicInteger();
    private final Map<String, AtomicInteger> childrenCalls = Collections.synchronizedMap(new LinkedHashMap<>());

    public InMemoryTuningJobs(Backend backend, Ownership me) {
        this.backend = backend;
        this.me = me;
    }

    public InMemoryTuningJobs put(TuningJob t, TrainingJob... kids) {
        searches.put(t.name(), t);
        children.put(t.name(), List.of(kids));
        return this;
    }

    public List<String> stops() {
        return List.copyOf(stops);
    }

    public int listCalls() {
        return listCalls.get();
    }

    public int childrenCalls(String name) {
        AtomicInteger n = childrenCalls.get(name);
        return n == null ? 0 : n.get();
    }

    @Override
    public Backend backend() {
        return backend;
    }

    @Override
    public List<TuningJob> list(JobScope scope) {
        listCalls.incrementAndGet();
        synchronized (searches) {
            // mine by the one ownership rule, as the real backends decide
            return searches.values().stream().filter(t -> scope == JobScope.ALL || me.isMine(SearchAsJob.of(t))).toList();
        }
    }

    @Override
    public TuningJob describe(String name) {
        TuningJob t = searches.get(name);
        if (t == null) {
            throw new BackendException(BackendException.Kind.NOT_FOUND, "no tuning job named '%s'".formatted(name));
        }
        return t;
    }

    @Override
    public List<TrainingJob> children(String name) {
        describe(name);
        childrenCalls.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        return children.getOrDefault(name, List.of());
    }

    @Override
    public TuningJob launch(TuningLaunch launch) {
        throw new BackendException(BackendException.Kind.INVALID, "no launches here");
    }

    @Override
    public void stop(String name) {
        TuningJob t = describe(name);
        if (!JobStatus.IN_PROGRESS.equals(t.status())) {
            throw new BackendException(BackendException.Kind.CONFLICT, name + " is no longer running");
        }
        stops.add(name);
        searches.put(name, new TuningJob(t.name(), t.arn(), t.backend(), JobStatus.STOPPING, t.owner(), t.timing(), t.strategy(),
                t.objective(), t.ranges(), t.staticHyperParameters(), t.limits(), t.earlyStopping(), t.counters(), t.bestJob(),
                t.bestValue(), t.costSoFar(), t.note(), t.tags(), t.raw()));
    }
}

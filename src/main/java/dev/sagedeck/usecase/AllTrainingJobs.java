package dev.sagedeck.usecase;

import dev.sagedeck.app.Text;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.TrainingJobs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The backends the user has (always local, SageMaker when configured) behind the one port.
 * A job name is routed to the first backend that knows it, local first: local names are checked
 * against files on disk, so asking there first costs no API call.
 */
public final class AllTrainingJobs implements TrainingJobs {
    private final Map<Backend, TrainingJobs> backends = new LinkedHashMap<>();
    /** Which backend holds a name: a job never moves, so each name costs at most one lookup. */
    private final Map<String, TrainingJobs> owners = new java.util.concurrent.ConcurrentHashMap<>();

    public AllTrainingJobs(List<TrainingJobs> backends) {
        for (TrainingJobs b : backends) {
            this.backends.put(b.backend(), b);
        }
    }

    @Override
    public Backend backend() {
        return null;
    }

    /** The backend of the given kind, if it is configured. */
    public Optional<TrainingJobs> get(Backend backend) {
        return Optional.ofNullable(backends.get(backend));
    }

    public List<Backend> active() {
        return List.copyOf(backends.keySet());
    }

    @Override
    public List<TrainingJob> list(JobScope scope) {
        List<TrainingJob> all = new ArrayList<>();
        java.util.Set<Backend> failed = new java.util.HashSet<>();
        BackendException firstFailure = null;
        for (TrainingJobs b : backends.values()) {
            try {
                for (TrainingJob j : b.list(scope)) {
                    owners.putIfAbsent(j.name(), b);
                    all.add(j);
                }
            } catch (BackendException e) {
                // one backend down must not hide the others: local jobs keep working without AWS
                failed.add(b.backend());
                if (firstFailure == null) {
                    firstFailure = e;
                }
            }
        }
        if (firstFailure != null && failed.size() == backends.size()) {
            throw firstFailure;
        }
        all.sort(Comparator.comparing((TrainingJob j) -> j.timing().created(),
                Comparator.nullsLast(Comparator.reverseOrder())));
        if (firstFailure != null) {
            throw new dev.sagedeck.port.PartialListException(all, failed, firstFailure);
        }
        return all;
    }

    @Override
    public TrainingJob describe(String name) {
        return owner(name).describe(name);
    }

    @Override
    public LogChunk readLogs(String name, LogCursor cursor) {
        return owner(name).readLogs(name, cursor);
    }

    @Override
    public java.util.List<dev.sagedeck.domain.MetricDefinition> metricRules(String name) {
        return owner(name).metricRules(name);
    }

    @Override
    public void stop(String name) {
        owner(name).stop(name);
    }

    @Override
    public TrainingJob launch(LaunchSpec spec) {
        TrainingJobs b = backends.get(spec.backend());
        if (b == null) {
            throw new BackendException(BackendException.Kind.NOT_CONFIGURED,
                    Text.BACKEND_NOT_CONFIGURED.formatted(spec.backend().label()));
        }
        return b.launch(spec);
    }

    @Override
    public Path fetchModel(String name, Path destination) {
        return owner(name).fetchModel(name, destination);
    }

    /** The backend holding {@code name}: the first one whose describe does not say NOT_FOUND. */
    public TrainingJobs owner(String name) {
        TrainingJobs known = owners.get(name);
        if (known != null) {
            return known;
        }
        BackendException last = null;
        for (TrainingJobs b : backends.values()) {
            try {
                b.describe(name);
                owners.put(name, b);
                return b;
            } catch (BackendException e) {
                if (e.kind() != BackendException.Kind.NOT_FOUND) {
                    throw e;
                }
                last = e;
            }
        }
        throw last != null ? last : BackendException.noSuchJob(name);
    }
}

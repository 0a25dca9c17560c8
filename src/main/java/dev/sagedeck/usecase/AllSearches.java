package dev.sagedeck.usecase;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.TuningLaunch;
import dev.sagedeck.domain.tuning.TuningPreview;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.TuningJobs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every backend's searches behind the one {@link TuningJobs} port, as {@link AllTrainingJobs} is for
 * training jobs: lists concatenated (local first), and a name routed to the backend that listed or
 * described it (remembered), else asked of each in turn. Blocking: runs on an executor.
 */
public final class AllSearches implements TuningJobs {
    private final List<TuningJobs> backends;
    private final Map<String, TuningJobs> owners = new ConcurrentHashMap<>();

    public AllSearches(List<TuningJobs> backends) {
        this.backends = backends.stream().filter(Objects::nonNull).toList();
    }

    /** Searches of every backend, and what went wrong with those that could not list theirs (null: nothing). */
    public record Listing(List<TuningJob> searches, String problem) {
        public Listing {
            searches = List.copyOf(searches);
        }
    }

    @Override
    public Backend backend() {
        return backends.isEmpty() ? Backend.LOCAL : backends.get(0).backend();
    }

    /** Each backend's searches; a backend that fails is named in the problem while the others' searches still come. */
    public Listing listEach(JobScope scope) {
        return listEach(scope, null);
    }

    /** The searches of backend {@code only} (null: each backend's, as {@link #listEach(JobScope)}). */
    public Listing listEach(JobScope scope, Backend only) {
        List<TuningJob> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<TuningJobs> asked = backends.stream().filter(b -> only == null || b.backend() == only).toList();
        for (TuningJobs b : asked) {
            try {
                for (TuningJob t : b.list(scope)) {
                    owners.put(t.name(), b);
                    out.add(t);
                }
            } catch (BackendException e) {
                problems.add(b.backend().label() + ": " + e.getMessage());
            }
        }
        if (out.isEmpty() && !problems.isEmpty() && problems.size() == asked.size()) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, String.join("; ", problems));
        }
        return new Listing(out, problems.isEmpty() ? null : String.join("; ", problems));
    }

    @Override
    public List<TuningJob> list(JobScope scope) {
        Listing l = listEach(scope);
        if (l.problem() != null) {
            throw new BackendException(BackendException.Kind.UNAVAILABLE, l.problem());
        }
        return l.searches();
    }

    @Override
    public TuningJob describe(String name) {
        TuningJobs known = owners.get(name);
        if (known != null) {
            return known.describe(name);
        }
        BackendException last = null;
        for (TuningJobs b : backends) {
            try {
                TuningJob t = b.describe(name);
                owners.put(name, b);
                return t;
            } catch (BackendException e) {
                if (e.kind() != BackendException.Kind.NOT_FOUND) {
                    last = e;
                }
            }
        }
        throw last != null ? last : new BackendException(BackendException.Kind.NOT_FOUND, "no tuning job named '%s'".formatted(name));
    }

    @Override
    public List<TrainingJob> children(String name) {
        return owner(name).children(name);
    }

    @Override
    public TuningJob launch(TuningLaunch launch) {
        return of(launch.base().backend()).launch(launch);
    }

    @Override
    public TuningPreview preview(TuningLaunch launch) {
        return of(launch.base().backend()).preview(launch);
    }

    @Override
    public void stop(String name) {
        owner(name).stop(name);
    }

    private TuningJobs owner(String name) {
        TuningJobs known = owners.get(name);
        if (known == null) {
            describe(name);
            known = owners.get(name);
        }
        return known;
    }

    private TuningJobs of(Backend backend) {
        return backends.stream().filter(b -> b.backend() == backend).findFirst()
                .orElseThrow(() -> new BackendException(BackendException.Kind.NOT_CONFIGURED, "no " + (backend == null ? "?" : backend.label()) + " backend for searches"));
    }
}

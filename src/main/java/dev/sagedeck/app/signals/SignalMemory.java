package dev.sagedeck.app.signals;

import dev.sagedeck.domain.JobStatus;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What detection remembers between two refreshes: the status each of my jobs had last time (so
 * "ended" means "was running when I last looked"), and the events already signalled (so each
 * fires at most once per job).
 */
public record SignalMemory(Map<String, JobStatus> lastStatus, Set<String> fired) {
    public static final SignalMemory EMPTY = new SignalMemory(Map.of(), Set.of());

    public SignalMemory {
        lastStatus = Map.copyOf(lastStatus);
        fired = Set.copyOf(fired);
    }

    /** A memory expecting the end of each named job, as if each had been seen running. */
    public static SignalMemory watching(java.util.Collection<String> names) {
        Map<String, JobStatus> s = new HashMap<>();
        names.forEach(n -> s.put(n, JobStatus.IN_PROGRESS));
        return new SignalMemory(s, Set.of());
    }

    /** True when the job was seen and not yet in a final state. */
    public boolean wasRunning(String job) {
        JobStatus s = lastStatus.get(job);
        return s != null && !s.isFinal();
    }

    SignalMemory with(Map<String, JobStatus> statuses, Set<String> moreFired) {
        Map<String, JobStatus> s = new HashMap<>(lastStatus);
        s.putAll(statuses);
        Set<String> f = new HashSet<>(fired);
        f.addAll(moreFired);
        return new SignalMemory(s, f);
    }
}

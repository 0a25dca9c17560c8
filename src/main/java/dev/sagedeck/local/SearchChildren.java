package dev.sagedeck.local;

import dev.sagedeck.domain.JobStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** The configurations of a search that are training now, each with its stop flag: whom a stop reaches. */
final class SearchChildren {
    private record Running(Lifecycle life, AtomicBoolean stop) {}

    private final LocalJobStore store;
    private final Map<String, Running> running = new ConcurrentHashMap<>();

    SearchChildren(LocalJobStore store) {
        this.store = store;
    }

    void add(String name, Lifecycle life, AtomicBoolean stop) {
        running.put(name, new Running(life, stop));
    }

    void remove(String name) {
        running.remove(name);
    }

    /** The search stops: every running configuration records Stopping, finishes its round and saves its model. */
    void stopAll() {
        running.forEach((name, r) -> {
            r.life().stopping(Lifecycle.stopRequested(r.life().current().stopGraceSeconds));
            r.stop().set(true);
        });
    }

    /** Stops the configurations whose record a stop marked Stopping; false when there was none (the stop is the search's). */
    boolean stopThoseMarkedStopping() {
        boolean any = false;
        for (Map.Entry<String, Running> e : running.entrySet()) {
            boolean stopping = store.find(e.getKey()).map(r -> JobStatus.STOPPING.equals(r.jobStatus())).orElse(false);
            if (stopping) {
                e.getValue().stop().set(true);
                any = true;
            }
        }
        return any;
    }
}

package dev.sagedeck.local;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A process as pid plus start time. A pid alone is not an identity: after our run dies the kernel
 * may hand its pid to another program, and we must neither report that program as our run nor
 * signal it. The start time (from /proc on Linux) tells them apart.
 */
public record ProcessIdentity(long pid, Instant start) {
    /** Start times are read from /proc with jiffy resolution; allow for rounding, not for reuse. */
    private static final Duration TOLERANCE = Duration.ofMillis(1000);

    public static ProcessIdentity current() {
        return of(ProcessHandle.current());
    }

    public static ProcessIdentity of(ProcessHandle handle) {
        return new ProcessIdentity(handle.pid(), handle.info().startInstant().orElse(null));
    }

    /** The identity recorded as {@code pid}/{@code start}, if a pid was recorded. */
    public static Optional<ProcessIdentity> recorded(Long pid, Instant start) {
        return pid == null ? Optional.empty() : Optional.of(new ProcessIdentity(pid, start));
    }

    /** The live process this identity names; empty when it ended or its pid now belongs to another. */
    public Optional<ProcessHandle> live() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::sameStart);
    }

    public boolean alive() {
        return live().isPresent();
    }

    private boolean sameStart(ProcessHandle h) {
        if (start == null) {
            return true; // nothing recorded to compare with: trust the pid
        }
        Optional<Instant> actual = h.info().startInstant();
        return actual.isEmpty() || Duration.between(start, actual.get()).abs().compareTo(TOLERANCE) <= 0;
    }

    /** SIGKILLs the process and everything it started (children first, so none is orphaned and keeps running). */
    public void killTree() {
        live().ifPresent(h -> {
            h.descendants().forEach(ProcessHandle::destroyForcibly);
            h.destroyForcibly();
        });
    }
}

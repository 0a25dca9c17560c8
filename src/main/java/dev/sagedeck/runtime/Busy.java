package dev.sagedeck.runtime;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts work in flight (effects running, messages not yet applied) so tests can wait for idle
 * instead of sleeping. Work is counted before it is handed to another thread, never after.
 */
public final class Busy {
    private final AtomicInteger count = new AtomicInteger();

    public void begin() {
        count.incrementAndGet();
    }

    public void end() {
        count.decrementAndGet();
    }

    public boolean idle() {
        return count.get() == 0;
    }

    public int count() {
        return count.get();
    }
}

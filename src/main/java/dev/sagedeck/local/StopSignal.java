package dev.sagedeck.local;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * SIGTERM inside the job process. The first one sets the stop flag that the trainer checks between
 * rounds (or is passed on to the user's script), records Stopping, and starts the grace watchdog:
 * if the run has not ended {@code grace} after the stop request (SageMaker gives 120 s), the
 * watchdog kills what is left, records Stopped and halts this JVM.
 */
final class StopSignal {
    private final Lifecycle life;
    private final Clock clock;
    private final PrintStream log;
    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile Runnable forward = () -> {};

    StopSignal(Lifecycle life, Clock clock, PrintStream log) {
        this.life = life;
        this.clock = clock;
        this.log = log;
    }

    /** Replaces the JVM's default SIGTERM action (run shutdown hooks and exit) with {@link #request()}. */
    void install() {
        Signal.handle(new Signal("TERM"), sig -> request());
    }

    boolean requested() {
        return requested.get();
    }

    /** What to do on a stop besides raising the flag, e.g. pass SIGTERM to the script; runs now if already stopping. */
    void onStop(Runnable action) {
        forward = action;
        if (requested()) {
            action.run();
        }
    }

    /** Idempotent: the first call stops, later ones (a second SIGTERM) change nothing. */
    void request() {
        if (!requested.compareAndSet(false, true)) {
            return;
        }
        JobRecord r = life.current();
        long grace = r.stopGraceSeconds;
        life.stopping(Lifecycle.stopRequested(grace));
        Instant since = r.stopRequested != null ? r.stopRequested : clock.instant();
        startWatchdog(since.plusSeconds(grace));
        forward.run();
    }

    private void startWatchdog(Instant deadline) {
        Thread t = new Thread(() -> {
            try {
                Duration wait = Duration.between(clock.instant(), deadline);
                if (!wait.isNegative()) {
                    Thread.sleep(wait.toMillis());
                }
            } catch (InterruptedException e) {
                return;
            }
            JobRecord r = life.current();
            ProcessIdentity.recorded(r.workerPid, r.workerStart).ifPresent(ProcessIdentity::killTree);
            life.stopped("killed: the run did not stop within %d s of the stop request".formatted(r.stopGraceSeconds));
            log.flush();
            Runtime.getRuntime().halt(137);
        }, "stop-grace-watchdog");
        t.setDaemon(true);
        t.start();
    }
}

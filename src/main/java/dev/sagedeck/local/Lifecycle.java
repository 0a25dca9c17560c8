package dev.sagedeck.local;

import dev.sagedeck.domain.JobStatus;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * The child's view of its own record: phase changes (Starting, Downloading, Training, Uploading)
 * and the final status, each written to job.json and announced in the log the way the SageMaker
 * SDK prints them ({@code 2025-01-01 12:00:00 Training - Training in progress.}). Once the record
 * is final nothing changes it any more, so a late writer (the main thread after the stop
 * watchdog, say) cannot turn Stopped into Completed.
 */
final class Lifecycle {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final LocalJobStore store;
    private final JobDir dir;
    private final Clock clock;
    private final PrintStream log;

    Lifecycle(LocalJobStore store, JobDir dir, Clock clock, PrintStream log) {
        this.store = store;
        this.dir = dir;
        this.clock = clock;
        this.log = log;
    }

    JobDir dir() {
        return dir;
    }

    JobRecord current() {
        return store.find(dir.name()).orElseThrow(() -> LocalJobStore.notFound(dir.name()));
    }

    /** This process takes the job: its pid and start time (so a reused pid is not mistaken for it) and when it started. */
    JobRecord claim(ProcessIdentity me) {
        return update(rec -> {
            rec.pid = me.pid();
            rec.pidStart = me.start();
            rec.started = clock.instant();
        });
    }

    /** Changes the record unless it is already final; returns the record as written (or as found). */
    JobRecord update(Consumer<JobRecord> change) {
        return store.update(dir.name(), r -> {
            if (!r.jobStatus().isFinal()) {
                change.accept(r);
            }
        });
    }

    /**
     * Enters a secondary status while InProgress; only forward (Starting, Downloading, Training,
     * Uploading), so a trainer announcing "Downloading" while it reads the staged data does not send
     * the job back: as on SageMaker, reading the data is part of Training. A Stopping run stays Stopping.
     */
    void phase(String secondary, String message) {
        boolean[] entered = {false};
        update(rec -> {
            if (JobStatus.IN_PROGRESS.equals(rec.jobStatus()) && isForward(rec.secondaryStatus, secondary)) {
                rec.enter(secondary, clock.instant(), message);
                entered[0] = true;
            }
        });
        if (entered[0]) {
            say(secondary + " - " + message);
        }
    }

    private static final List<String> ORDER = List.of("Starting", "Downloading", "Training", "Uploading");

    static boolean isForward(String current, String next) {
        int from = ORDER.indexOf(current);
        int to = ORDER.indexOf(next);
        return from < 0 || to < 0 ? !next.equals(current) : to > from;
    }

    /** What Stopping says while it lasts, so it never looks stuck: what the run is doing, and for how long at most. */
    static String stopRequested(long graceSeconds) {
        return "Stop requested: finishing the current round and saving the model so far (at most %d s).".formatted(graceSeconds);
    }

    /** Records that a stop was asked for (by our SIGTERM handler); true if this call made it Stopping. */
    boolean stopping(String message) {
        boolean[] changed = {false};
        update(rec -> {
            if (JobStatus.IN_PROGRESS.equals(rec.jobStatus())) {
                rec.status = JobStatus.STOPPING.text();
                rec.enter("Stopping", clock.instant(), message);
                if (rec.stopRequested == null) {
                    rec.stopRequested = clock.instant();
                }
                changed[0] = true;
            }
        });
        say("Stopping - " + message);
        return changed[0];
    }

    void completed(String message) {
        finish(JobStatus.COMPLETED, "Completed", message);
    }

    void stopped(String message) {
        finish(JobStatus.STOPPED, "Stopped", message);
    }

    void failed(String reason) {
        String why = DiskSpace.explain(dir, reason);
        String trimmed = why.length() > FailureFile.MAX_REASON ? why.substring(0, FailureFile.MAX_REASON) : why;
        if (why.contains(LocalJobStore.NO_SPACE)) {
            // The record first: it is the one write that must succeed (the job's reserve is there for it);
            // output/failure and the log line need space that may not be there.
            update(rec -> rec.finish(JobStatus.FAILED, "Failed", clock.instant(), trimmed));
            FailureFile.write(dir, trimmed);
            say("Failed - " + trimmed);
            return;
        }
        FailureFile.write(dir, trimmed);
        finish(JobStatus.FAILED, "Failed", trimmed);
    }

    /** A run that ended with an error: Stopped when a stop was asked for (the error is how it ended), else Failed. */
    void endedWith(String reason, boolean stopRequested) {
        if (stopRequested) {
            stopped("stopped; the run ended with: " + reason);
        } else {
            failed(reason);
        }
    }

    /** An exception as the one line a Failed record shows: its message, or its type when it has none. */
    static String reason(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private void finish(JobStatus status, String secondary, String message) {
        // The log line first: once the record is final, readers treat the log as complete.
        say(secondary + " - " + message);
        update(rec -> rec.finish(status, secondary, clock.instant(), message));
    }

    /** The status message SageMaker-style for a phase the trainer announces by name only. */
    static String usualMessage(String secondary) {
        switch (secondary) {
            case "Downloading": return "Reading the input data.";
            case "Training": return "Training in progress.";
            case "Uploading": return "Saving the model.";
            default: return secondary + ".";
        }
    }

    /** A line in the job's log, stamped like the SageMaker SDK's status lines. */
    void say(String line) {
        log.println(TIME.format(clock.instant()) + " " + line);
        log.flush();
    }
}

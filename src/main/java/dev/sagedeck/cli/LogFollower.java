package dev.sagedeck.cli;

import dev.sagedeck.app.InertText;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.port.TrainingJobs;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Prints a job's log: the last lines, then (when following) every new line until the job has
 * ended and its log has drained. Text is made inert ({@link InertText}, ESC shows as U+241B): a log
 * line cannot move the cursor, recolour the terminal or retitle the window. Lines from an instance other than
 * "local" are prefixed with it, so multi-instance SageMaker logs stay readable.
 */
final class LogFollower {
    static final Duration BUSY_POLL = Duration.ofMillis(50);
    static final Duration IDLE_POLL = Duration.ofMillis(100);

    /** How a follower waits between polls (a thread sleep, unless whoever follows knows a better moment). */
    interface Pause {
        void pause(long millis) throws InterruptedException;
    }

    private final TrainingJobs jobs;
    private final Duration idlePoll;
    private final Duration busyPoll;
    private final Pause pause;

    LogFollower(TrainingJobs jobs) {
        this(jobs, IDLE_POLL, BUSY_POLL);
    }

    /** With poll intervals chosen for the backend: CloudWatch Logs allows only a few calls a second per account. */
    LogFollower(TrainingJobs jobs, Duration idlePoll, Duration busyPoll) {
        this(jobs, idlePoll, busyPoll, Thread::sleep);
    }

    /** The same, waiting between polls with {@code pause}. */
    LogFollower(TrainingJobs jobs, Duration idlePoll, Duration busyPoll, Pause pause) {
        this.jobs = jobs;
        this.idlePoll = idlePoll;
        this.busyPoll = busyPoll;
        this.pause = pause;
    }

    /** A follower polling as often as the job's backend allows. */
    static LogFollower forJob(dev.sagedeck.usecase.AllTrainingJobs jobs, String name) {
        boolean remote = jobs.owner(name).backend() == dev.sagedeck.domain.Backend.SAGEMAKER;
        return remote ? new LogFollower(jobs, dev.sagedeck.app.Refresh.REMOTE_LOG_POLL, Duration.ofSeconds(1)) : new LogFollower(jobs);
    }

    /** Prints lines to {@code out} and notes to {@code notes}; with {@code follow}, returns once the log is complete. */
    void print(String name, boolean follow, PrintWriter out, PrintWriter notes) throws InterruptedException {
        print(name, follow, out, notes, false);
    }

    /**
     * The same; with {@code jsonLines}, one JSON object per line ({@code time}, {@code source}, {@code text} as written) and
     * the notes as {@code {"note": ...}} objects among them.
     */
    void print(String name, boolean follow, PrintWriter out, PrintWriter notes, boolean jsonLines) throws InterruptedException {
        LogCursor cursor = LogCursor.START;
        while (true) {
            LogChunk chunk = jobs.readLogs(name, cursor);
            for (String note : chunk.notes()) {
                if (jsonLines) {
                    // in the stream a program reads, where it happened: a note about missing lines is part of the log
                    CliOutput.jsonLine(out, java.util.Map.of("note", note));
                } else {
                    notes.println("(" + InertText.of(note) + ")");
                }
            }
            for (LogLine line : chunk.lines()) {
                if (jsonLines) {
                    CliOutput.jsonLine(out, json(line));
                } else {
                    out.println(format(line));
                }
            }
            out.flush();
            notes.flush();
            if (!follow || chunk.complete()) {
                return;
            }
            cursor = chunk.next();
            // Poll again soon while lines are coming, more slowly when the log is quiet.
            pause.pause((chunk.lines().isEmpty() ? idlePoll : busyPoll).toMillis());
        }
    }

    /** A line for a program: the text exactly as the backend has it (JSON escapes control characters). */
    static java.util.Map<String, Object> json(LogLine line) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("time", line.time() == null ? null : line.time().toString());
        m.put("source", line.source());
        m.put("text", line.text());
        return m;
    }

    static String format(LogLine line) {
        // Uncut: `logs` prints the whole line (the dashboard cuts long lines; a terminal wraps them).
        // Round lines' tabs (CloudWatch's #011) become spaces to the next column.
        String text = InertText.of(line.readableText(), Integer.MAX_VALUE);
        String source = line.source();
        return source == null || source.isEmpty() || "local".equals(source) ? text : "[" + InertText.of(source) + "] " + text;
    }
}

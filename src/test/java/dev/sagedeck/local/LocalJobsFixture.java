package dev.sagedeck.local;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.LogLine;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.ScriptSpec;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.TrainingJobs;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Helpers for tests that run real local jobs: fixture scripts, data, and waiting by polling with a deadline. */
public final class LocalJobsFixture {
    /** Generous: the machine is shared; a passing run takes about a second. */
    public static final Duration DEADLINE = Duration.ofSeconds(45);

    private LocalJobsFixture() {}

    /** A python script from src/test/resources/dev/sagedeck/local/scripts. */
    public static Path script(String fileName) {
        try {
            return Path.of(LocalJobsFixture.class.getResource("scripts/" + fileName).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test script " + fileName, e);
        }
    }

    /** A small CSV training file. */
    public static Path csv(Path dir) throws IOException {
        Path f = dir.resolve("data.csv");
        Files.writeString(f, "label,x\n1,0.5\n0,0.25\n1,0.75\n");
        return f;
    }

    public static LaunchSpec scriptRun(String script, Path train, Map<String, String> hps) {
        return new LaunchSpec(Backend.LOCAL, null, null,
                new DataSpec(train == null ? null : train.toString(), null, null, null, List.of(), null), hps,
                new ScriptSpec(script(script).toString(), null, null, null), Resources.local(0), null, null, null);
    }

    /** Polls describe until {@code condition} holds; fails with the job and its log when the deadline passes. */
    public static TrainingJob await(TrainingJobs jobs, String name, Predicate<TrainingJob> condition, String what) {
        Instant deadline = Instant.now().plus(DEADLINE);
        TrainingJob last = null;
        while (Instant.now().isBefore(deadline)) {
            last = jobs.describe(name);
            if (condition.test(last)) {
                return last;
            }
            pause();
        }
        throw new AssertionError("timed out waiting for " + what + "; last: " + last + "\nlog:\n" + log(jobs, name));
    }

    public static TrainingJob awaitStatus(TrainingJobs jobs, String name, JobStatus status) {
        return await(jobs, name, j -> status.equals(j.status()), name + " to be " + status);
    }

    /** Polls the log until a line contains {@code text}. */
    public static void awaitLog(TrainingJobs jobs, String name, String text) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            if (log(jobs, name).contains(text)) {
                return;
            }
            pause();
        }
        throw new AssertionError("timed out waiting for '" + text + "' in the log of " + name + ":\n" + log(jobs, name)
                + "\nstatus: " + jobs.describe(name));
    }

    public static String log(TrainingJobs jobs, String name) {
        LogChunk c = jobs.readLogs(name, LogCursor.START);
        return c.lines().stream().map(LogLine::text).collect(Collectors.joining("\n"));
    }

    /** Kills what a failed test may have left running, so no run outlives the test JVM by much. */
    public static void killLeftovers(LocalTrainingJobs jobs) {
        for (TrainingJob j : jobs.list(JobScope.ALL)) {
            jobs.store().findOrDamaged(j.name()).ifPresent(r -> { // a damaged record has no pid to kill
                ProcessIdentity.recorded(r.workerPid, r.workerStart).ifPresent(ProcessIdentity::killTree);
                ProcessIdentity.recorded(r.pid, r.pidStart).ifPresent(ProcessIdentity::killTree);
            });
        }
    }

    private static void pause() {
        try {
            Thread.sleep(25); // a poll interval, not a wait for an outcome: the loop re-checks the condition
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}

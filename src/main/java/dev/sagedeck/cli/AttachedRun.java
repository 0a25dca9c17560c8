package dev.sagedeck.cli;

import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.Wiring;
import dev.sagedeck.port.LocalRuns.Attach;
import dev.sagedeck.port.TrainingJobs;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The run's own process for {@code train --wait} under dist/sagedeck (docs/LOCAL-JOBS.md): it runs
 * the job exactly as the job process does ({@link Wiring#runJob}), and a daemon thread prints the job's log (the one rule
 * of {@link LogFollower}) into the launcher's pipe, {@code <handoff>/log}, then the outcome into
 * {@code <handoff>/result} and the exit code into {@code <handoff>/rc}. The launcher waits with
 * the shell, so no second JVM sits beside the run. Nobody reading the pipe any more (Ctrl-C, a closed
 * terminal) only ends the printing: the run, its log and its record go on as they would unwatched.
 */
public final class AttachedRun {
    static final String LOG = "log";
    static final String RESULT = "result";
    static final String RC = "rc";
    static final String PID = "pid";
    static final String NAME = "name";
    static final String HINT = "hint";
    static final String ATTACHED = "attached";
    /** How often the printing thread looks at the log; a line shows at most this late. */
    private static final Duration POLL = Duration.ofMillis(40);
    /** How long a finished run waits for its printing to drain (a stopped terminal must not keep it). */
    private static final long DRAIN_MILLIS = 5_000;

    private AttachedRun() {}

    /** How the CLI asks for it: this class, the hand-over directory, {@code --json} for a JSON result. */
    static Attach attach(Path handoff, boolean json) {
        List<String> args = new ArrayList<>(List.of(handoff.toAbsolutePath().toString()));
        if (json) {
            args.add("--json");
        }
        return new Attach(AttachedRun.class.getName(), handoff.toAbsolutePath(), args);
    }

    /**
     * {@code java dev.sagedeck.cli.AttachedRun <jobDir> <handoff> [--json]}; or, started before the job existed
     * ({@link EarlyStart}), {@code --early <jobsDir> <starting log>}, reading the rest from stdin.
     */
    public static void main(String[] args) throws InterruptedException {
        args = Wiring.awaitEarlyJob(args);
        if (args == null) {
            System.exit(0); // started early and given no job: nothing was touched
        }
        if (args.length < 2) {
            System.err.println("usage: AttachedRun <job directory> <hand-over directory> [--json]");
            System.exit(2);
        }
        Path jobDir = Path.of(args[0]).toAbsolutePath();
        Path handoff = Path.of(args[1]);
        boolean json = args.length > 2 && "--json".equals(args[2]);
        CountDownLatch ended = new CountDownLatch(1);
        Thread printer = new Thread(() -> print(jobDir, handoff, json, ended), "terminal");
        printer.setDaemon(true);
        printer.start();
        Wiring.runJob(jobDir);
        ended.countDown(); // the record is final: the printer looks at once instead of after its next poll
        System.out.flush();
        printer.join(DRAIN_MILLIS);
        // Exit explicitly, as JobProcess does: native threads must not keep a finished run's process alive.
        System.exit(0);
    }

    private static void print(Path jobDir, Path handoff, boolean json, CountDownLatch ended) {
        String name = jobDir.getFileName().toString();
        // Opening the pipe waits for its reader; a reader already gone leaves this thread waiting, not the run.
        try (PrintWriter pipe = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(handoff.resolve(LOG).toFile()), StandardCharsets.UTF_8))) {
            Files.writeString(handoff.resolve(ATTACHED), "");
            TrainingJobs jobs = Wiring.localJobsIn(jobDir.getParent());
            new LogFollower(jobs, POLL, POLL, millis -> ended.await(millis, TimeUnit.MILLISECONDS)).print(name, true, pipe, pipe);
            if (pipe.checkError()) {
                return; // nobody read the end of the log (Ctrl-C, a closed terminal): nobody to report to either
            }
            TrainingJob job = jobs.describe(name);
            StringWriter result = new StringWriter();
            int rc = new TrainWait(jobs, new PrintWriter(result), pipe, json).report(job);
            Files.writeString(handoff.resolve(RESULT), result.toString());
            Path tmp = handoff.resolve(RC + ".tmp");
            Files.writeString(tmp, rc + "\n");
            Files.move(tmp, handoff.resolve(RC), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | InterruptedException e) {
            // The launcher is gone (its directory with it) or cannot be written to: it finds no rc and
            // reports the outcome itself. The run is not affected.
        }
    }
}

package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.port.LocalRuns.Attach;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --wait} as dist/sagedeck runs it, sagedeck's JVM a real process ({@code dev.sagedeck.Main}): the run's
 * JVM is started before the options are checked and is the one that runs and is recorded (docs/LOCAL-JOBS.md, "The
 * run's JVM starts early"); bad options leave no JVM and no starting log behind.
 */
class EarlyStartTest {
    private static final long DEADLINE_S = 60;

    @TempDir
    Path tmp;
    Path home;
    Path handoff;

    @BeforeEach
    void setUp() throws Exception {
        home = tmp.resolve("home");
        handoff = Files.createDirectories(tmp.resolve("handoff"));
        assertThat(new ProcessBuilder("mkfifo", handoff.resolve("log").toString()).inheritIO().start().waitFor()).isZero();
    }

    @Test
    void onlyTrainWait_ofABuiltInRun_underTheLaunchersHandOver_startsEarly() {
        Map<String, String> env = Map.of(Attach.ENV, handoff.toString());

        assertThat(EarlyStart.wanted(env, new String[] {"train", "--sample", "titanic", "--wait", "--json"})).isTrue();
        assertThat(EarlyStart.wanted(env, new String[] {"--owner", "bob", "train", "--train", "a.csv", "--wait"})).isTrue();
        assertThat(EarlyStart.wanted(env, new String[] {"train", "--script", "t.py", "--wait"})).as("a script's run").isFalse();
        assertThat(EarlyStart.wanted(env, new String[] {"train", "--script=t.py", "--wait"})).isFalse();
        assertThat(EarlyStart.wanted(env, new String[] {"train", "--like", "old", "--wait"})).as("may be a script").isFalse();
        assertThat(EarlyStart.wanted(env, new String[] {"train", "--sample", "titanic"})).isFalse();
        assertThat(EarlyStart.wanted(env, new String[] {"train", "--report-on", "x", "--wait"})).isFalse();
        assertThat(EarlyStart.wanted(env, new String[] {"train", "--wait", "--help"})).isFalse();
        assertThat(EarlyStart.wanted(Map.of(), new String[] {"train", "--sample", "titanic", "--wait"})).as("no launcher").isFalse();
        assertThat(EarlyStart.wanted(Map.of(Attach.ENV, tmp.resolve("gone").toString()),
                new String[] {"train", "--sample", "titanic", "--wait"})).isFalse();
    }

    @Test
    void trainWait_theRunsJvmStartedBeforeItsJob_isTheOneRecordedAndStopped_andPrintsItsLogAndOutcome() throws Exception {
        CompletableFuture<String> terminal = readPipe();

        Process cli = sagedeck("train", "--sample", "titanic", "--demo-long", "--name", "alice-early-1", "--wait", "--json");

        assertThat(cli.waitFor(DEADLINE_S, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as(err()).isZero();
        long pid = Long.parseLong(Files.readString(handoff.resolve("pid")).strip());
        JsonNode record = new ObjectMapper().readTree(home.resolve("jobs/alice-early-1/job.json").toFile());
        assertThat(record.get("pid").asLong()).as("the hand-over and the record name the same process").isEqualTo(pid);
        String cmdline = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8);
        assertThat(cmdline).as("the run's JVM is the one started before its job existed").contains("\0--early\0");
        assertThat(startingLogs()).isEmpty();

        CliRun me = new CliRun(home);
        // stopped once it trains (a stop before its handler is installed ends it too, recorded Stopped, unprinted:
        // local.EarlyRunTest#stopRightAfterTheHandOver_signalsTheRunsOwnJvm_whichEndsStopped)
        dev.sagedeck.local.LocalJobsFixture.awaitLog(me.localJobs(), "alice-early-1", "Training - ");
        CliRun.Result stop = me.run("stop", "alice-early-1", "--yes");

        assertThat(stop.code()).as(stop.toString()).isZero();
        assertThat(terminal.get(DEADLINE_S, TimeUnit.SECONDS)).contains("started (pid " + pid + ", built-in XGBoost)").contains("Stopped");
        assertThat(Files.readString(handoff.resolve("rc")).strip()).as("a stopped run: exit 1").isEqualTo("1");
        ProcessHandle run = ProcessHandle.of(pid).orElse(null);
        if (run != null) {
            run.onExit().get(DEADLINE_S, TimeUnit.SECONDS); // the run's JVM ends once it has reported
        }
    }

    @Test
    void badOptions_exit2_andTheEarlyJvmEnds_leavingNothing() throws Exception {
        Process cli = sagedeck("train", "--sample", "nope", "--wait");

        assertThat(cli.waitFor(DEADLINE_S, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as(err()).isEqualTo(2);
        assertThat(startingLogs()).isEmpty();
        for (ProcessHandle early : earlyJvms()) {
            early.onExit().get(DEADLINE_S, TimeUnit.SECONDS);
        }
        assertThat(startingLogs()).isEmpty();
        if (Files.isDirectory(home.resolve("jobs"))) {
            try (Stream<Path> left = Files.list(home.resolve("jobs"))) {
                assertThat(left).isEmpty();
            }
        }
    }

    private Process sagedeck(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.sagedeck.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
        pb.environment().put("SAGEDECK_HOME", home.toString());
        pb.environment().put("SAGEDECK_OWNER", "alice");
        pb.environment().put(Attach.ENV, handoff.toString());
        return pb.start();
    }

    private String err() {
        try {
            return Files.readString(tmp.resolve("err"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The launcher's {@code cat}. */
    private CompletableFuture<String> readPipe() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(handoff.resolve("log"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<Path> startingLogs() throws IOException {
        Path jobs = home.resolve("jobs");
        if (!Files.isDirectory(jobs)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(jobs)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".starting-")).toList();
        }
    }

    /** Processes started early for this test's jobs directory (their command line names it). */
    private List<ProcessHandle> earlyJvms() {
        String jobs = home.resolve("jobs").toString();
        return ProcessHandle.allProcesses().filter(h -> {
            try {
                String cmdline = new String(Files.readAllBytes(Path.of("/proc", Long.toString(h.pid()), "cmdline")), StandardCharsets.UTF_8);
                return cmdline.contains("--early\0" + jobs + "\0");
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }).toList();
    }
}

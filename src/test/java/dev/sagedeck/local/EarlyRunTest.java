package dev.sagedeck.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.LocalRuns.Attach;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The run's JVM of {@code train --wait} started before its job exists (docs/LOCAL-JOBS.md, "The run's JVM starts
 * early"), with real OS processes: sagedeck's JVM is played by {@link EarlyRunDriver} (killed between any two of its
 * steps) or by this JVM; the early JVM is the real run main class. Whatever happens, a run starts once or not at all,
 * its pid is its own JVM's, and no starting log is left behind.
 */
class EarlyRunTest {
    private static final Duration DEADLINE = LocalJobsFixture.DEADLINE;

    @TempDir
    Path tmp;
    Path jobsDir;
    Path handoff;
    CompletableFuture<String> terminal;
    LocalTrainingJobs jobs;
    final List<Process> started = new ArrayList<>();
    Path mounted;

    @BeforeEach
    void setUp() throws Exception {
        jobsDir = tmp.resolve("home/jobs");
        Files.createDirectories(jobsDir);
        handoff = handoff("handoff");
        terminal = readPipe(handoff);
        jobs = new LocalTrainingJobs(jobsDir, Ownership.of("alice"), Map.of(LocalTrainingJobs.STOP_GRACE_ENV, "30"),
                Clock.systemDefaultZone());
    }

    @AfterEach
    void tearDown() throws Exception {
        started.forEach(Process::destroyForcibly);
        LocalJobsFixture.killLeftovers(jobs);
        if (mounted != null) {
            new ProcessBuilder("umount", "-l", mounted.toString()).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    // ---- sagedeck's JVM killed at each step ----

    @Test
    void cliKilledBeforeTheJobExists_theEarlyJvmEnds_leavingNoLogAndNoJob() throws Exception {
        Driver cli = driver(false);

        cli.process.destroyForcibly(); // kill -9

        awaitEnd(cli.earlyPid);
        assertThat(startingLogs()).isEmpty();
        assertThat(jobs.list(dev.sagedeck.domain.JobScope.ALL)).isEmpty();
    }

    @Test
    void cliKilledAfterTheRecord_theEarlyJvmEnds_andTheRecordSaysTheRunNeverStarted() throws Exception {
        Driver cli = driver(false);
        String name = cli.step("create").substring("created ".length());

        cli.process.destroyForcibly();

        awaitEnd(cli.earlyPid);
        assertThat(startingLogs()).isEmpty();
        assertNeverStarted(name);
    }

    @Test
    void cliKilledAfterTheLogMoved_beforeTheLine_theEarlyJvmEnds_andTheRecordSaysTheRunNeverStarted() throws Exception {
        Driver cli = driver(false);
        String name = cli.step("create").substring("created ".length());
        assertThat(cli.step("move")).isEqualTo("moved");
        assertThat(outputOf(cli.earlyPid)).as("the waiting JVM's output is the job's log now")
                .isEqualTo(key(jobs.store().dir(name).log()));

        cli.process.destroyForcibly();

        awaitEnd(cli.earlyPid);
        assertThat(startingLogs()).isEmpty();
        assertThat(jobs.store().dir(name).log()).as("the job's log stays").exists();
        assertNeverStarted(name);
    }

    @Test
    void afterTheLine_aHangUpOfTheCliSession_leavesTheRunGoing_toCompleted_asItsOwnJvm() throws Exception {
        Driver cli = driver(false);
        assertThat(session(cli.earlyPid)).as("the early JVM has a session of its own").isEqualTo(cli.earlyPid)
                .isNotEqualTo(session(cli.process.pid()));
        String name = cli.step("create").substring("created ".length());
        cli.step("move");
        assertThat(cli.step("go")).isEqualTo("handed");

        // the terminal closes: SIGHUP to the CLI's whole process group (its session, as a shell's would be)
        new ProcessBuilder("kill", "-HUP", "--", "-" + cli.process.pid()).inheritIO().start().waitFor();

        assertThat(cli.process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        TrainingJob done = LocalJobsFixture.awaitStatus(jobs, name, JobStatus.COMPLETED);
        JobRecord r = jobs.store().find(name).orElseThrow();
        assertThat(r.pid).as("the run recorded its own pid: the early JVM's").isEqualTo(cli.earlyPid);
        assertThat(LocalJobsFixture.log(jobs, name)).contains("started (pid " + cli.earlyPid + ", built-in XGBoost)")
                .contains("Completed - Training job completed");
        assertThat(done.failureReason()).isNull();
        assertThat(startingLogs()).isEmpty();
        assertThat(terminal.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).contains("Completed - Training job completed");
    }

    // ---- the early JVM's side ----

    @Test
    void theEarlyJvmKilledBeforeTheHandOver_theRunStartsTheUsualWay_once() throws Exception {
        EarlyRun early = new JobLauncher(Map.of()).startEarly(jobsDir, EarlyRunDriver.RUN_MAIN);
        long earlyPid = early.process().pid();
        early.process().destroyForcibly();
        early.process().waitFor();

        String name = jobs.launch(EarlyRunDriver.sample(false), attach(handoff), early).name();

        LocalJobsFixture.awaitStatus(jobs, name, JobStatus.COMPLETED);
        JobRecord r = jobs.store().find(name).orElseThrow();
        assertThat(r.pid).isNotEqualTo(earlyPid);
        assertThat(Long.parseLong(Files.readString(handoff.resolve("pid")).strip())).isEqualTo(r.pid);
        String log = LocalJobsFixture.log(jobs, name);
        assertThat(log.split("started \\(pid ", -1)).as("one run: " + log).hasSize(2);
        assertThat(startingLogs()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../victim\t/tmp\n", "alice-no-such-job\t/tmp\n", "BAD-UTF8\n", "alice-x\u0007\t/tmp\n", "LONG"})
    void garbageOnItsStdin_endsItWithoutAJob_andRemovesItsStartingLog(String input) throws Exception {
        Files.writeString(tmp.resolve("home/victim"), "untouched");
        Files.createDirectories(jobsDir.resolve("alice-x"));
        EarlyRun early = new JobLauncher(Map.of()).startEarly(jobsDir, EarlyRunDriver.RUN_MAIN);
        byte[] bytes = switch (input) {
            case "BAD-UTF8" -> new byte[] {'a', (byte) 0xff, (byte) 0xfe, '\t', '/', '\n'};
            case "LONG" -> "a".repeat(EarlyRun.MAX_LINE + 10).getBytes(StandardCharsets.UTF_8);
            default -> input.getBytes(StandardCharsets.UTF_8);
        };

        try (OutputStream in = early.process().getOutputStream()) {
            in.write(bytes);
        } catch (IOException ended) {
            // it read enough to refuse it and ended: what the test wants
        }

        assertThat(early.process().waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(startingLogs()).isEmpty();
        assertThat(Files.readString(tmp.resolve("home/victim"))).isEqualTo("untouched");
        try (Stream<Path> left = Files.list(jobsDir.resolve("alice-x"))) {
            assertThat(left).as("a directory without a record is no job to run").isEmpty();
        }
        assertThat(handoff.resolve("pid")).doesNotExist();
    }

    @Test
    void aFileOrALinkAlreadyAtTheStartingLogsName_isNeverWrittenThrough() throws Exception {
        Path victim = Files.writeString(tmp.resolve("victim"), "untouched");
        Path link = Files.createSymbolicLink(jobsDir.resolve(EarlyRun.LOG_PREFIX + "1-link.log"), victim);
        Path dangling = Files.createSymbolicLink(jobsDir.resolve(EarlyRun.LOG_PREFIX + "1-dangling.log"), tmp.resolve("new"));
        Path file = Files.writeString(jobsDir.resolve(EarlyRun.LOG_PREFIX + "1-file.log"), "someone's");

        for (Path taken : List.of(link, dangling, file)) {
            assertThatThrownBy(() -> EarlyRun.createLog(taken)).isInstanceOf(FileAlreadyExistsException.class);
        }

        assertThat(Files.readString(victim)).isEqualTo("untouched");
        assertThat(tmp.resolve("new")).doesNotExist();
        assertThat(Files.readString(file)).isEqualTo("someone's");
        EarlyRun.StartingLog mine = EarlyRun.createLogIn(jobsDir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mine.path()))).isEqualTo("rw-------");
    }

    @Test
    void aJvmWhoseOutputIsNotTheLogWeCreated_isToldToEnd_andNotUsed() throws Exception {
        EarlyRun.StartingLog ours = EarlyRun.createLogIn(jobsDir);
        Path elsewhere = tmp.resolve("elsewhere.log");
        // what a file swapped in between our create and the JVM's open would look like: its output is another file
        Process p = new ProcessBuilder("sh", "-c", "read line || exit 3; echo \"ran $line\"")
                .redirectOutput(elsewhere.toFile()).start();
        started.add(p);

        assertThat(EarlyRun.started(p, ours, EarlyRunDriver.RUN_MAIN)).isNull();

        assertThat(p.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("it read end of input, no line").isEqualTo(3);
        assertThat(ours.path()).doesNotExist();
    }

    @Test
    void theJobsDirectoryReadOnly_noEarlyJvm_andTheUsualStartSaysWhy() throws Exception {
        readOnly(jobsDir);
        EarlyRun.begin(jobsDir, EarlyRunDriver.RUN_MAIN, Map.of());

        assertThat(EarlyRun.take(jobsDir)).isNull();
        assertThatThrownBy(() -> jobs.launch(EarlyRunDriver.sample(false), attach(handoff)))
                .isInstanceOf(BackendException.class).hasMessageContaining("Read-only file system");
        assertThat(handoff.resolve("pid")).doesNotExist();
    }

    @Test
    void twoAtOnce_eachRunIsItsOwnEarlyJvm_withItsOwnNameAndLog() throws Exception {
        Path handoff2 = handoff("handoff2");
        CompletableFuture<String> terminal2 = readPipe(handoff2);
        EarlyRun a = new JobLauncher(Map.of()).startEarly(jobsDir, EarlyRunDriver.RUN_MAIN);
        EarlyRun b = new JobLauncher(Map.of()).startEarly(jobsDir, EarlyRunDriver.RUN_MAIN);

        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> jobs.launch(EarlyRunDriver.sample(false), attach(handoff), a).name());
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> jobs.launch(EarlyRunDriver.sample(false), attach(handoff2), b).name());
        String one = first.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        String two = second.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);

        assertThat(one).isNotEqualTo(two);
        for (String name : List.of(one, two)) {
            LocalJobsFixture.awaitStatus(jobs, name, JobStatus.COMPLETED);
        }
        long pidOne = jobs.store().find(one).orElseThrow().pid;
        long pidTwo = jobs.store().find(two).orElseThrow().pid;
        assertThat(List.of(pidOne, pidTwo)).containsExactlyInAnyOrder(a.process().pid(), b.process().pid());
        assertThat(onlyRunIn(one)).isEqualTo(pidOne);
        assertThat(onlyRunIn(two)).isEqualTo(pidTwo);
        assertThat(startingLogs()).isEmpty();
        assertThat(terminal.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).contains("Completed");
        assertThat(terminal2.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).contains("Completed");
    }

    @Test
    void stopRightAfterTheHandOver_signalsTheRunsOwnJvm_whichEndsStopped() throws Exception {
        EarlyRun early = new JobLauncher(Map.of()).startEarly(jobsDir, EarlyRunDriver.RUN_MAIN);

        String name = jobs.launch(EarlyRunDriver.sample(true), attach(handoff), early).name();
        jobs.stop(name);

        LocalJobsFixture.awaitStatus(jobs, name, JobStatus.STOPPED);
        JobRecord r = jobs.store().find(name).orElseThrow();
        assertThat(r.pid).as("the stop went to the run's own JVM").isEqualTo(early.process().pid());
        assertThat(Long.parseLong(Files.readString(handoff.resolve("pid")).strip())).isEqualTo(early.process().pid());
        assertThat(early.process().waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(startingLogs()).isEmpty();
    }

    @Test
    void theRunsNativeOutput_goesToTheJobsLog() throws Exception {
        EarlyRun early = new JobLauncher(Map.of()).startEarly(jobsDir, EarlyRunDriver.RUN_MAIN);

        String name = jobs.launch(EarlyRunDriver.sample(true), attach(handoff), early).name();

        Object log = key(jobs.store().dir(name).log());
        assertThat(outputOf(early.process().pid())).isEqualTo(log);
        assertThat(Files.readAttributes(Path.of("/proc", Long.toString(early.process().pid()), "fd", "2"), BasicFileAttributes.class)
                .fileKey()).isEqualTo(log);
        jobs.stop(name);
        LocalJobsFixture.awaitStatus(jobs, name, JobStatus.STOPPED);
    }

    @Test
    void aScriptRun_isNotGivenToTheEarlyJvm_whichEnds() throws Exception {
        EarlyRun early = new JobLauncher(Map.of()).startEarly(jobsDir, EarlyRunDriver.RUN_MAIN);

        String name = jobs.launch(LocalJobsFixture.scriptRun("ok_train.py", LocalJobsFixture.csv(tmp), Map.of()),
                attach(handoff), early).name();

        assertThat(early.process().waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        LocalJobsFixture.awaitStatus(jobs, name, JobStatus.COMPLETED);
        assertThat(jobs.store().find(name).orElseThrow().pid).isNotEqualTo(early.process().pid());
        assertThat(startingLogs()).isEmpty();
    }

    // ---- helpers ----

    /** The early JVM of a driver, started in a session of its own (as a terminal's shell would be). */
    private record Driver(Process process, BufferedReader out, long earlyPid) {
        String step(String step) throws IOException {
            process.getOutputStream().write((step + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            return out.readLine();
        }
    }

    private Driver driver(boolean longDemo) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of("setsid", java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                EarlyRunDriver.class.getName(), jobsDir.toString(), handoff.toString()));
        if (longDemo) {
            cmd.add("--long");
        }
        Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("driver.err").toFile()).start();
        started.add(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("driver: " + Files.readString(tmp.resolve("driver.err"))).startsWith("started ");
        return new Driver(p, out, Long.parseLong(line.split(" ")[1]));
    }

    private static Attach attach(Path handoff) {
        return new Attach(EarlyRunDriver.RUN_MAIN, handoff, List.of(handoff.toString(), "--json"));
    }

    private Path handoff(String name) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        assertThat(new ProcessBuilder("mkfifo", dir.resolve("log").toString()).inheritIO().start().waitFor()).isZero();
        return dir;
    }

    /** The launcher's {@code cat}: everything written into the pipe until its last writer closes it. */
    private static CompletableFuture<String> readPipe(Path handoff) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(handoff.resolve("log"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void awaitEnd(long pid) throws Exception {
        ProcessHandle h = ProcessHandle.of(pid).orElse(null);
        if (h != null) {
            h.onExit().get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private List<Path> startingLogs() throws IOException {
        try (Stream<Path> s = Files.list(jobsDir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(EarlyRun.LOG_PREFIX)).toList();
        }
    }

    /** As read a minute after launch: a record without a pid is a run that never started. */
    private void assertNeverStarted(String name) {
        JobRecord raw = jobs.store().find(name).orElseThrow();
        assertThat(raw.pid).isNull();
        LocalJobStore later = new LocalJobStore(jobsDir, Clock.offset(Clock.systemUTC(), Liveness.START_TIMEOUT.plusSeconds(1)));
        JobRecord settled = later.find(name).orElseThrow();
        assertThat(settled.status).isEqualTo(JobStatus.FAILED.text());
        assertThat(settled.failureReason).contains("never started");
    }

    /** The pid in the one "started (pid N" line of the job's log. */
    private long onlyRunIn(String name) {
        String log = LocalJobsFixture.log(jobs, name);
        Matcher m = Pattern.compile("started \\(pid (\\d+)").matcher(log);
        assertThat(m.find()).as(log).isTrue();
        long pid = Long.parseLong(m.group(1));
        assertThat(m.find()).as("one run in " + log).isFalse();
        return pid;
    }

    private static Object outputOf(long pid) throws IOException {
        return Files.readAttributes(Path.of("/proc", Long.toString(pid), "fd", "1"), BasicFileAttributes.class).fileKey();
    }

    private static Object key(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    /** The session id (field 6 of /proc/PID/stat). */
    private static long session(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);
    }

    private void readOnly(Path dir) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
            return;
        }
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", dir.toString())
                .redirectErrorStream(true).start();
        boolean ok = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        assumeTrue(ok, "mounting a read-only tmpfs needs root: " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        mounted = dir;
    }
}

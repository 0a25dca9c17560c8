package dev.sagedeck.cli;

import static dev.sagedeck.local.LocalJobsFixture.script;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.port.LocalRuns.Attach;
import dev.sagedeck.local.LocalJobsFixture;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --wait} as dist/sagedeck runs it (docs/LOCAL-JOBS.md): the CLI starts the run and
 * returns at once; the run's own process prints its log into the launcher's pipe (played here by a
 * reader thread, as {@code cat} is there) and leaves the outcome and exit code beside it.
 */
class WaitHandOverTest {
    @TempDir
    Path tmp;
    CliRun cli;
    Path data;
    Path handoff;

    @BeforeEach
    void setUp() throws Exception {
        handoff = Files.createDirectories(tmp.resolve("handoff"));
        Process mkfifo = new ProcessBuilder("mkfifo", handoff.resolve("log").toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        cli = new CliRun(tmp.resolve("home")).with(Attach.ENV, handoff.toString());
        data = LocalJobsFixture.csv(tmp);
    }

    @AfterEach
    void tearDown() {
        LocalJobsFixture.killLeftovers(cli.localJobs());
    }

    @Test
    void theRunItself_printsItsLogInertly_andLeavesTheOutcome_whileTheCliReturnsAtOnce() throws Exception {
        CompletableFuture<String> terminal = readPipe();

        CliRun.Result r = cli.run("train", "--script", script("ok_train.py").toString(), "--train", data.toString(),
                "--name", "alice-handed-1", "--max_depth", "3", "--wait", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).as("the result comes from the run, not from this JVM").isEmpty();
        assertThat(Files.readString(handoff.resolve("name")).strip()).isEqualTo("alice-handed-1");
        assertThat(Files.readString(handoff.resolve("hint"))).contains("sagedeck logs alice-handed-1 --follow");
        long pid = Long.parseLong(Files.readString(handoff.resolve("pid")).strip());
        assertThat(pid).isPositive();

        String shown = terminal.get(60, TimeUnit.SECONDS); // the pipe ends when the run's process closes it
        assertThat(shown).contains("args: --max_depth 3").contains("Completed - Training job completed")
                .contains("colour \u241B[31mred\u241B[0m bell\u2407 done").doesNotContain("\u001b");
        assertThat(Files.readString(handoff.resolve("rc")).strip()).isEqualTo("0");
        JsonNode result = new ObjectMapper().readTree(handoff.resolve("result").toFile());
        assertThat(result.get("name").asText()).isEqualTo("alice-handed-1");
        assertThat(result.get("status").asText()).isEqualTo("Completed");
    }

    @Test
    void aFailedRun_leavesExitCodeOne_andItsReason() throws Exception {
        CompletableFuture<String> terminal = readPipe();

        CliRun.Result r = cli.run("train", "--script", script("fail_train.py").toString(), "--name", "alice-handed-2", "--wait");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(terminal.get(60, TimeUnit.SECONDS)).contains("ValueError");
        assertThat(Files.readString(handoff.resolve("rc")).strip()).isEqualTo("1");
        assertThat(Files.readString(handoff.resolve("result")))
                .contains("alice-handed-2: Failed").contains("ValueError: could not convert string to float: 'abc'");
    }

    @Test
    void nobodyReadingAnyMore_theRunGoesOn_andCompletesWithItsWholeLog() throws Exception {
        // the launcher's pump reads a little, then goes away (Ctrl-C, a closed terminal)
        CompletableFuture<String> gone = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(handoff.resolve("log"))) {
                return new String(in.readNBytes(10), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        CliRun.Result r = cli.run("train", "--sample", "titanic", "--name", "alice-handed-3", "--wait");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(gone.get(60, TimeUnit.SECONDS)).hasSize(10);
        LocalJobsFixture.awaitStatus(cli.localJobs(), "alice-handed-3", JobStatus.COMPLETED);
        Path log = cli.localJobs().store().dir("alice-handed-3").log();
        assertThat(Files.readString(log)).contains("[99]").contains("Completed - Training job completed");
        assertThat(handoff.resolve("rc")).as("nobody to report to: dist/sagedeck asks the record instead").doesNotExist();
    }

    @Test
    void theLaunchersFallback_reportsTheOutcomeFromTheRecord() throws Exception {
        CompletableFuture<String> terminal = readPipe();
        assertThat(cli.run("train", "--script", script("ok_train.py").toString(), "--name", "alice-handed-4", "--wait").code()).isZero();
        terminal.get(60, TimeUnit.SECONDS);

        CliRun plain = new CliRun(tmp.resolve("home"));
        CliRun.Result r = plain.run("train", "--report-on", "alice-handed-4", "--json");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.json().get("status").asText()).isEqualTo("Completed");
    }

    /** The launcher's {@code cat}: everything written into the pipe until its last writer closes it. */
    private CompletableFuture<String> readPipe() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(handoff.resolve("log"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}

package dev.sagedeck.cli;

import static dev.sagedeck.local.LocalJobsFixture.awaitLog;
import static dev.sagedeck.local.LocalJobsFixture.awaitStatus;
import static dev.sagedeck.local.LocalJobsFixture.script;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.local.LocalJobsFixture;
import dev.sagedeck.local.LocalTrainingJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jobs, describe, logs and stop on real local runs: output shapes, exit codes, bad input. */
class JobCommandsTest {
    @TempDir
    Path tmp;
    CliRun cli;
    LocalTrainingJobs jobs;

    @BeforeEach
    void setUp() {
        cli = new CliRun(tmp.resolve("home"));
        jobs = cli.localJobs();
    }

    @AfterEach
    void tearDown() {
        LocalJobsFixture.killLeftovers(jobs);
    }

    private String finished(String scriptName, String name) {
        assertThat(cli.run("train", "--script", script(scriptName).toString(), "--name", name, "--wait").code()).isIn(0, 1);
        return name;
    }

    @Test
    void jobs_printsATableNewestFirst_withTheSixColumns() {
        finished("ok_train.py", "alice-first-1");
        finished("fail_train.py", "alice-second-1");

        CliRun.Result r = cli.run("jobs");

        assertThat(r.code()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).matches("NAME\\s+WHERE\\s+STATUS\\s+PHASE\\s+INSTANCE\\s+ELAPSED");
        assertThat(lines.get(1)).matches("alice-second-1\\s+local\\s+Failed\\s+Failed\\s+local\\s+\\d+s");
        assertThat(lines.get(2)).matches("alice-first-1\\s+local\\s+Completed\\s+Completed\\s+local\\s+\\d+s");
    }

    @Test
    void jobs_json_statusFilter_andAll() {
        finished("ok_train.py", "alice-ok-1");
        finished("fail_train.py", "alice-bad-1");
        CliRun bob = new CliRun(tmp.resolve("home")).with("SAGEDECK_OWNER", "bob");
        assertThat(bob.run("train", "--script", script("ok_train.py").toString(), "--name", "bob-ok-1", "--wait").code()).isZero();

        JsonNode failed = cli.run("jobs", "--status", "failed", "--json").json();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("name").asText()).isEqualTo("alice-bad-1");
        assertThat(failed.get(0).get("failureReason").asText()).startsWith("ValueError");
        assertThat(cli.run("jobs", "--json").json()).extracting(j -> j.get("name").asText()).containsExactly("alice-bad-1", "alice-ok-1");
        assertThat(cli.run("jobs", "--all", "--json").json()).extracting(j -> j.get("name").asText()).contains("bob-ok-1");
        assertThat(cli.run("--owner", "bob", "jobs", "--json").json()).extracting(j -> j.get("name").asText()).containsExactly("bob-ok-1");
    }

    @Test
    void jobs_unknownStatus_isExit2_andUnknownOption_isExit2() {
        CliRun.Result r = cli.run("jobs", "--status", "Running");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown status 'Running'").contains("InProgress");
        assertThat(cli.run("jobs", "--bogus").code()).isEqualTo(2);
        assertThat(cli.run("describe").code()).isEqualTo(2);
    }

    @Test
    void describe_showsStatusPhasesAndFailureReasonFirst_json_hasTheFullShape() {
        finished("fail_train.py", "alice-bad-2");

        CliRun.Result text = cli.run("describe", "alice-bad-2");
        assertThat(text.code()).isZero();
        List<String> lines = text.out().lines().toList();
        assertThat(lines.get(2)).isEqualTo("Status:           Failed (Failed)");
        assertThat(lines.get(3)).isEqualTo("Failure reason:   ValueError: could not convert string to float: 'abc'");
        assertThat(text.out()).contains("Status history:").contains("  Training ").contains("Instance:         local x 1");

        JsonNode j = cli.run("describe", "alice-bad-2", "--json").json();
        assertThat(j.get("where").asText()).isEqualTo("local");
        assertThat(j.get("status").asText()).isEqualTo("Failed");
        assertThat(j.get("transitions")).extracting(t -> t.get("status").asText())
                .containsExactly("Starting", "Downloading", "Training", "Failed");
        assertThat(j.has("hyperParameters")).isTrue();
        assertThat(j.has("finalMetrics")).isTrue();
    }

    @Test
    void unknownJob_isExit2_namingIt_forDescribeLogsAndStop() {
        for (String[] args : List.of(new String[] {"describe", "alice-nope-1"}, new String[] {"logs", "alice-nope-1"},
                new String[] {"stop", "alice-nope-1", "--yes"}, new String[] {"describe", "alice-nope-1", "--json"})) {
            CliRun.Result r = cli.run(args);
            assertThat(r.code()).as(r.toString()).isEqualTo(2);
            assertThat(r.err()).contains("'alice-nope-1'");
        }
    }

    @Test
    void logs_printsTheLogWithControlCharactersMadeInert() {
        finished("ok_train.py", "alice-logs-1");

        CliRun.Result r = cli.run("logs", "alice-logs-1");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("colour \u241B[31mred\u241B[0m bell\u2407 done").contains("Completed - Training job completed")
                .doesNotContain("\u001b");
    }

    @Test
    void logsFollow_returnsOnceTheJobHasEnded_withItsLastLine() throws Exception {
        assertThat(cli.run("train", "--script", script("many_lines.py").toString(), "--name", "alice-follow-1").code()).isZero();
        awaitLog(jobs, "alice-follow-1", "line 600");
        Files.writeString(Path.of(jobs.describe("alice-follow-1").outputPath(), "output/data/go"), "");

        CliRun.Result r = cli.run("logs", "alice-follow-1", "--follow");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("after go 3").contains("Completed - Training job completed");
        assertThat(r.out().lines().filter(l -> l.equals("after go 3")).count()).isEqualTo(1);
    }

    @Test
    void stop_withoutTerminalAndWithoutYes_refusesWithExit2_andTheRunGoesOn() {
        assertThat(cli.run("train", "--script", script("loop_train.py").toString(), "--name", "alice-run-1").code()).isZero();
        awaitLog(jobs, "alice-run-1", "ready");

        CliRun.Result r = cli.run("stop", "alice-run-1");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("pass --yes");
        assertThat(jobs.describe("alice-run-1").status()).isEqualTo(JobStatus.IN_PROGRESS);
    }

    @Test
    void stopYes_stopsMyRun_auditsIt_andItEndsStopped() throws Exception {
        assertThat(cli.run("train", "--script", script("loop_train.py").toString(), "--name", "alice-run-2").code()).isZero();
        awaitLog(jobs, "alice-run-2", "ready");

        CliRun.Result r = cli.run("stop", "alice-run-2", "--yes");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Stop sent to alice-run-2");
        awaitStatus(jobs, "alice-run-2", JobStatus.STOPPED);
        List<String> audit = Files.readAllLines(tmp.resolve("home/audit.log"));
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).contains("\"job\":\"alice-run-2\"").contains("\"decision\":\"stopped\"")
                .contains("\"where\":\"local\"").contains("\"via\":\"cli\"").contains("\"caller\":null")
                .contains("\"osUser\":\"" + System.getProperty("user.name") + "\"");
    }

    @Test
    void stopYes_ofSomeoneElsesRun_isRefused_andAudited() {
        CliRun bob = new CliRun(tmp.resolve("home")).with("SAGEDECK_OWNER", "bob");
        assertThat(bob.run("train", "--script", script("loop_train.py").toString(), "--name", "bob-run-1").code()).isZero();

        CliRun.Result r = cli.run("stop", "bob-run-1", "--yes");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bob-run-1 belongs to bob");
        assertThat(jobs.describe("bob-run-1").status().isActive()).isTrue();
        assertThat(tmp.resolve("home/audit.log")).content().contains("\"decision\":\"refused\",\"reason\":\"not mine (owner bob)\"");
        jobs.stop("bob-run-1");
    }

    @Test
    void stop_ofAFinishedJob_isExit2_sayingItIsNotRunning() {
        finished("ok_train.py", "alice-done-1");

        CliRun.Result r = cli.run("stop", "alice-done-1", "--yes");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("alice-done-1 is not running (status Completed)");
    }
}

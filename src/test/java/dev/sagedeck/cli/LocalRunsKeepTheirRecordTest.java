package dev.sagedeck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.local.LocalJobsFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local runs keep an honest record whatever happens to them: a disk that fills while the script
 * writes its model (a real 2 MiB tmpfs), a {@code train} killed in its first half second, and
 * records that are damaged or missing (listed as such, removable with {@code sagedeck forget}).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LocalRunsKeepTheirRecordTest {
    @TempDir
    Path tmp;
    CliRun cli;
    Path jobsDir;
    Path mounted;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRun(tmp.resolve("home"));
        jobsDir = cli.localJobs().store().jobsDir();
        Files.createDirectories(jobsDir);
    }

    @AfterEach
    void tearDown() throws Exception {
        LocalJobsFixture.killLeftovers(cli.localJobs());
        if (mounted != null) {
            new ProcessBuilder("umount", "-l", mounted.toString()).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A real small file system under the jobs directory; skipped where mounting is not allowed (not root). */
    private void smallDisk(String size) throws Exception {
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", jobsDir.toString())
                .redirectErrorStream(true).start();
        boolean ok = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        assumeTrue(ok, "mounting a tmpfs needs root: " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        mounted = jobsDir;
    }

    @Test
    void diskFullWhileTheScriptWritesItsModel_endsFailedWithNoSpace_oneLine_andIsListed() throws Exception {
        smallDisk("2m");

        CliRun.Result r = cli.run("train", "--script", LocalJobsFixture.script("fill_disk_model.py").toString(),
                "--name", "alice-fill-1", "--wait");

        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        // the script's own traceback is its log; sagedeck adds one line for the reason and no stack trace of its own
        assertThat(r.out()).contains("alice-fill-1: Failed").containsPattern("Failure reason: +.*No space left on device");
        assertThat(r.out() + r.err()).doesNotContain("dev.sagedeck").doesNotContain("\tat ");
        TrainingJob job = cli.localJobs().describe("alice-fill-1");
        assertThat(job.status().text()).isEqualTo("Failed");
        assertThat(job.failureReason()).contains("No space left on device");
        CliRun.Result jobs = cli.run("jobs", "--local-only");
        assertThat(jobs.out()).contains("alice-fill-1").contains("Failed");
    }

    @Test
    void trainKilledInItsFirstHalfSecond_leavesARecordOrNothing_andTheNameUsable() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < 4; i++) {
            Process p = start(java, i);
            // kill -9 at 0, 150, 300, 450 ms: wherever the launch is, it gets no chance to tidy up
            p.waitFor(150L * i, TimeUnit.MILLISECONDS);
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> dirs = Files.list(jobsDir)) {
            for (Path d : dirs.filter(d -> !d.getFileName().toString().startsWith(".")).toList()) {
                assertThat(d.resolve("job.json")).as("a job directory without its record: " + d).isRegularFile();
                assertThat(cli.localJobs().describe(d.getFileName().toString()).status().text()).isNotEqualTo("Damaged");
            }
        }
        for (int i = 0; i < 4; i++) {
            String name = "alice-cut-" + i;
            if (!Files.exists(jobsDir.resolve(name))) {
                CliRun.Result again = cli.run("train", "--sample", "titanic", "--name", name);
                assertThat(again.code()).as("the name of a launch that left nothing is free: " + again).isZero();
            }
        }
    }

    private Process start(String java, int i) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.sagedeck.Main",
                "train", "--sample", "titanic", "--name", "alice-cut-" + i);
        pb.environment().put("SAGEDECK_HOME", tmp.resolve("home").toString());
        pb.environment().put("SAGEDECK_OWNER", "alice");
        return pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
    }

    @Test
    void damagedAndMissingRecords_areListedWithTheReason_andForgetRemovesThem() throws Exception {
        CliRun.Result ok = cli.run("train", "--sample", "titanic", "--name", "alice-good-1", "--wait");
        assertThat(ok.code()).as(ok.toString()).isZero();
        Files.createDirectories(jobsDir.resolve("alice-torn-1"));
        Files.writeString(jobsDir.resolve("alice-torn-1/job.json"), "{\"name\": \"alice-torn-1\", \"status\": \"InPro");
        Files.createDirectories(jobsDir.resolve("alice-empty-1"));

        CliRun.Result table = cli.run("jobs", "--local-only");
        assertThat(table.out()).contains("alice-good-1").contains("alice-torn-1").contains("alice-empty-1");
        assertThat(table.out()).containsPattern("alice-torn-1: damaged: the job record .*job.json is unreadable")
                .contains("alice-empty-1: damaged: it has no job record (job.json is missing); remove it with: sagedeck forget alice-empty-1");
        CliRun.Result json = cli.run("jobs", "--local-only", "--json");
        List<String> statuses = json.json().findValuesAsText("status");
        assertThat(statuses).contains("Damaged", "Completed");
        assertThat(json.out()).contains("damaged: it has no job record");

        CliRun.Result noTerminal = cli.run("forget", "alice-torn-1");
        assertThat(noTerminal.code()).isNotZero();
        assertThat(noTerminal.err()).contains("pass --yes");
        assertThat(jobsDir.resolve("alice-torn-1")).exists();

        CliRun.Result forgot = cli.run("forget", "alice-torn-1", "--yes");
        assertThat(forgot.code()).as(forgot.toString()).isZero();
        assertThat(forgot.out()).contains("Removed alice-torn-1 (Damaged)");
        assertThat(jobsDir.resolve("alice-torn-1")).doesNotExist();
        CliRun.Result forgotJson = cli.run("forget", "alice-empty-1", "--yes", "--json");
        assertThat(forgotJson.code()).as(forgotJson.toString()).isZero();
        assertThat(forgotJson.json().path("job").asText()).isEqualTo("alice-empty-1");
        assertThat(forgotJson.json().path("status").asText()).isEqualTo("Damaged");
        assertThat(cli.run("jobs", "--local-only").out()).contains("alice-good-1").doesNotContain("alice-torn-1")
                .doesNotContain("alice-empty-1");
    }

    @Test
    void forget_refusesARunningJob() {
        CliRun.Result started = cli.run("train", "--script", LocalJobsFixture.script("loop_train.py").toString(), "--name", "alice-busy-1");
        assertThat(started.code()).as(started.toString()).isZero();

        CliRun.Result r = cli.run("forget", "alice-busy-1", "--yes");

        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("alice-busy-1 is still InProgress; stop it first");
        assertThat(jobsDir.resolve("alice-busy-1/job.json")).exists();
    }
}

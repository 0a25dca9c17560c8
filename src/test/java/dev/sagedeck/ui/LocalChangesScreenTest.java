package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.local.JobDirWatcher;
import dev.sagedeck.local.LocalJobsFixture;
import dev.sagedeck.local.LocalTrainingJobs;
import dev.sagedeck.runtime.Services;
import dev.sagedeck.testing.ScreenHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard sees local runs as they change on disk, through the file watch and without a
 * tick (the test clock never moves): a run started from another shell appears, its log streams
 * into a following pane, and a finished run's pane shows its log, never "Waiting for log lines".
 */
class LocalChangesScreenTest {
    @TempDir
    Path home;
    private LocalTrainingJobs local;
    private LocalTrainingJobs otherShell;

    @BeforeEach
    void setUp() {
        local = new LocalTrainingJobs(home.resolve("jobs"), Ownership.of("alice"), Map.of(), Clock.systemDefaultZone());
        otherShell = new LocalTrainingJobs(home.resolve("jobs"), Ownership.of("alice"), Map.of(), Clock.systemDefaultZone());
    }

    @AfterEach
    void tearDown() {
        LocalJobsFixture.killLeftovers(local);
    }

    private ScreenHarness dashboard() {
        return ScreenHarness.start(120, 30, local, ScreenHarness.session("alice", false),
                Services.NONE.withChanges(new JobDirWatcher(home.resolve("jobs"))));
    }

    private static LaunchSpec longDemo() {
        return new LaunchSpec(Backend.LOCAL, null, null, DataSpec.longDemo(), Map.of(), null, Resources.local(0), null, null, null);
    }

    @Test
    void aRunStartedFromAnotherShell_appearsInTheListWithinASecond_withoutARefreshTick() throws Exception {
        try (ScreenHarness h = dashboard()) {
            assertThat(h.text()).contains("My jobs (0)");
            // the other shell starts it while the dashboard runs; the clock starts when its record is on disk
            java.util.concurrent.CompletableFuture<TrainingJob> launching =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> otherShell.launch(longDemo()));
            Path record = awaitRecord(h);
            Duration took = h.awaitText("My jobs (1)", Duration.ofSeconds(1));
            TrainingJob run = launching.join();
            assertThat(record.getParent().getFileName().toString()).isEqualTo(run.name());
            assertThat(h.state().list().jobs()).extracting(TrainingJob::name).containsExactly(run.name());
            System.out.println("run from another shell on screen " + took.toMillis() + " ms after its record was written");
            otherShell.stop(run.name());
        }
    }

    /** Steps the dashboard until a job record exists in the jobs directory (written by the other shell). */
    private Path awaitRecord(ScreenHarness h) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            h.awaitIdle();
            try (var dirs = Files.list(home.resolve("jobs"))) {
                var found = dirs.filter(d -> !d.getFileName().toString().startsWith(".")).map(d -> d.resolve("job.json")).filter(Files::exists).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (java.nio.file.NoSuchFileException notYet) {
                // the jobs directory appears with the first run
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // a poll interval: the loop re-checks the disk
        }
        throw new AssertionError("no job record written within 30 s");
    }

    @Test
    void aLineWrittenToARunningJobsLog_showsInTheFollowingPane_withoutAPollTick() throws Exception {
        TrainingJob run = otherShell.launch(longDemo());
        LocalJobsFixture.awaitLog(local, run.name(), "Long demo: each round pauses");
        try (ScreenHarness h = dashboard()) {
            h.awaitText("My jobs (1)", Duration.ofSeconds(2));
            h.press("<Enter>");
            h.awaitText("Long demo: each round pauses", Duration.ofSeconds(2));
            // a line of our own, so the time is measured from the write, not from a round we cannot see start
            Files.writeString(home.resolve("jobs").resolve(run.name()).resolve("job.log"), "marker line written by the test\n",
                    StandardOpenOption.APPEND);
            Duration took = h.awaitText("marker line written by the test", Duration.ofSeconds(1));
            System.out.println("log line on screen after " + took.toMillis() + " ms");
            h.awaitText("[3]", Duration.ofSeconds(10)); // the demo's own round lines stream in as well
            otherShell.stop(run.name());
            h.awaitText("Stopped", Duration.ofSeconds(20));
            assertThat(h.flat()).doesNotContain("Waiting for log lines").contains("Stop requested: finishing the");
        }
    }
}

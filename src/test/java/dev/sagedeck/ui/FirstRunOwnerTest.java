package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.Wiring;
import dev.sagedeck.usecase.AllTrainingJobs;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.local.LocalJobsFixture;
import dev.sagedeck.runtime.Services;
import dev.sagedeck.testing.ScreenHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The owner typed at the first-run question applies at once, on the real local backend: a run
 * launched right after answering is in "My jobs" after the next refresh, not only after a restart.
 */
class FirstRunOwnerTest {

    @Test
    void ownerTypedAtFirstRun_ownsTheNextRun_andMyJobsListsItWithoutARestart(@TempDir Path home) {
        Wiring wiring = new Wiring(Map.of("SAGEDECK_HOME", home.toString()));
        AllTrainingJobs jobs = wiring.localBackend(null);
        try (ScreenHarness h = ScreenHarness.start(100, 30, jobs, ScreenHarness.session(null, false), Services.NONE,
                wiring.paths().configFile())) {
            h.press("alice2<Enter>");
            assertThat(h.line(0)).contains("owner: alice2");

            h.press("n<Enter><Enter><Enter><Enter>");
            assertThat(h.flat()).contains("owner=alice2").contains("PASS data: bundled sample titanic");
            h.press("<Enter>");
            String run = h.state().list().selected();
            assertThat(run).startsWith("alice2-");
            LocalJobsFixture.await(jobs, run, j -> j.status().isFinal(), "the sample run to finish");

            h.press("<Esc>").tick(Duration.ofSeconds(20));
            assertThat(h.text()).contains("My jobs (1)").contains(run);
            assertThat(jobs.describe(run).status()).isEqualTo(JobStatus.COMPLETED);
        }
    }
}

package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.Wiring;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.local.LocalJobsFixture;
import dev.sagedeck.local.LocalTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when" on the real local backend: from the wizard, launch the bundled sample,
 * watch it finish, clone it with another max_depth, and compare the two. Real processes, real
 * xgboost4j, a job store in a temp SAGEDECK_HOME.
 */
class WizardEndToEndTest {

    @Test
    void sampleFromTheWizard_thenACloneWithAnotherDepth_thenBothCompared(@TempDir Path home) throws Exception {
        Map<String, String> env = Map.of("SAGEDECK_HOME", home.toString(), "SAGEDECK_OWNER", "alice");
        LocalTrainingJobs local = (LocalTrainingJobs) new Wiring(env).backends(null)
                .get(dev.sagedeck.domain.Backend.LOCAL).orElseThrow();
        try (ScreenHarness h = ScreenHarness.start(120, 35, local, ScreenHarness.session("alice", false))) {
            h.press("n<Enter><Enter><Enter><Enter>");
            assertThat(h.flat()).contains("PASS data: bundled sample titanic");
            h.press("<Enter>");
            assertThat(jobDirs(home)).as("exactly one job on disk after Submit").hasSize(1);
            String first = h.state().list().selected();
            TrainingJob done = LocalJobsFixture.await(local, first, j -> j.status().isFinal(), "the sample run to finish");
            assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
            assertThat(done.finalMetrics()).anyMatch(m -> m.name().equals("test:accuracy"));

            h.press("<Esc>").tick(Duration.ofSeconds(20));
            h.press("C" + "<BS>".repeat(5) + "5<Enter>");
            assertThat(h.flat()).contains("max_depth 3 -> 5");
            h.press("<Enter>");
            assertThat(jobDirs(home)).hasSize(2);
            String second = h.state().list().selected();
            assertThat(second).isNotEqualTo(first);
            LocalJobsFixture.await(local, second, j -> j.status().isFinal(), "the clone to finish");

            h.press("<Esc>").tick(Duration.ofSeconds(20));
            List<TrainingJob> mine = local.list(JobScope.MINE);
            assertThat(mine).hasSize(2);
            h.press("  =");
            assertThat(h.text()).contains("Compare 2 jobs").contains("max_depth").contains("test accuracy");
            assertThat(h.state().compare().jobs(h.state().list().jobs()))
                    .allSatisfy(j -> assertThat(j.finalMetrics()).anyMatch(m -> m.name().equals("test:accuracy")));
        }
    }

    private static List<Path> jobDirs(Path home) throws Exception {
        Path jobs = home.resolve("jobs");
        if (!Files.isDirectory(jobs)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(jobs)) {
            return s.filter(Files::isDirectory).toList();
        }
    }
}

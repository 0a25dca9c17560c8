package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.Wiring;
import dev.sagedeck.app.Msg;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.cli.CliRun;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.local.LocalJobsFixture;
import dev.sagedeck.local.LocalTrainingJobs;
import dev.sagedeck.runtime.Services;
import dev.sagedeck.testing.ScreenHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real local search (its own process, real xgboost4j, real job files) in the tuning view: its
 * configurations appear and are ranked as they finish, read on the tick while it runs; Enter opens
 * one, T from a configuration's job view opens its search, Space and = compare two.
 */
class TuningViewOfALocalSearchTest {
    @TempDir
    Path home;
    private LocalTrainingJobs local;

    @AfterEach
    void tearDown() {
        if (local != null) {
            LocalJobsFixture.killLeftovers(local);
        }
    }

    @Test
    void aLocalSearch_isRankedLive_opensItsJobs_andComparesThem() {
        Map<String, String> env = Map.of("SAGEDECK_HOME", home.toString(), "SAGEDECK_OWNER", "alice", LocalTrainingJobs.STOP_GRACE_ENV, "30");
        CliRun.Result started = CliRun.run(env, "tune", "--local", "--sample", "titanic", "--range", "max_depth=2:6",
                "--range", "eta=0.05:0.3:log", "--max-jobs", "3", "--max-parallel", "1", "--json");
        assertThat(started.code()).as(started.toString()).isZero();
        String name = started.json().path("name").asText();
        Wiring wiring = new Wiring(env);
        local = (LocalTrainingJobs) wiring.backends(null).get(Backend.LOCAL).orElseThrow();

        try (ScreenHarness h = ScreenHarness.start(120, 35, local, ScreenHarness.session("alice", false),
                new Services(null, null, null).withSearches(List.of(wiring.localSearches(null))))) {
            h.send(new Msg.OpenTuning(name, Backend.LOCAL));
            h.awaitIdle();
            assertThat(h.text()).contains("Tuning job " + name + " (local)").contains("Random").contains("validation:logloss (minimize)");

            assertThat(h.state().tuning().nextRefresh()).as("a running search is read again on the tick").isNotNull();

            LocalJobsFixture.await(local, name, j -> j.status().isFinal(), "the search to end");
            h.tick(Duration.ofSeconds(2));
            assertThat(h.text()).contains("3/3 done (3 completed)");
            assertThat(h.state().tuning().nextRefresh()).as("an ended search is not read again").isNull();
            int first = h.row("OBJECTIVE") + 1;
            assertThat(h.line(first)).contains(" *").contains("+ Completed");
            assertThat(h.text()).contains("validation:logloss vs max_depth");
            h.press("<Right>");
            assertThat(h.text()).contains("validation:logloss vs eta (log)");

            String best = h.state().tuning().selectedJob().orElseThrow().name();
            h.press("<Enter>");
            assertThat(h.state().view()).isEqualTo(View.JOB);
            assertThat(h.state().job().name()).isEqualTo(best);
            h.press("<Esc>");
            assertThat(h.state().view()).isEqualTo(View.TUNING);

            h.press("  =");
            assertThat(h.state().view()).isEqualTo(View.COMPARE);
            assertThat(h.state().compare().marked()).hasSize(2).contains(best);
            h.press("<Esc><Esc>");
            assertThat(h.state().view()).isEqualTo(View.LIST);

            // a configuration is a local job of its own: open it from the list, then T opens its search
            h.tick(Duration.ofSeconds(30));
            h.press("/" + best + "<Enter><Enter>");
            assertThat(h.state().view()).isEqualTo(View.JOB);
            h.press("T");
            assertThat(h.state().view()).isEqualTo(View.TUNING);
            assertThat(h.text()).contains("Tuning job " + name);
            h.press("<Esc>");
            assertThat(h.state().view()).isEqualTo(View.JOB);
            assertThat(h.state().job().name()).isEqualTo(best);
        }
    }
}

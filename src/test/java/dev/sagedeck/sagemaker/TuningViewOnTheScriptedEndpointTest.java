package dev.sagedeck.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.Wiring;
import dev.sagedeck.app.Msg;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.port.TransferProgress;
import dev.sagedeck.port.TuningJobs;
import dev.sagedeck.runtime.Services;
import dev.sagedeck.testing.Golden;
import dev.sagedeck.testing.MutableClock;
import dev.sagedeck.testing.ScreenHarness;
import dev.sagedeck.testing.ScriptedAws;
import dev.sagedeck.testing.ScriptedAwsTuning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tuning view of a SageMaker tuning job on the scripted endpoint (what moto lacks): its twelve
 * training jobs paged in, shown running without objectives, then, read again on the tick after they
 * completed, ranked by validation:auc with the best marked, and the plot drawn.
 */
class TuningViewOnTheScriptedEndpointTest {
    @TempDir
    Path home;
    private ScriptedAws aws;
    private ScriptedAwsTuning.Job search;
    private Wiring wiring;

    @BeforeEach
    void start() throws IOException {
        aws = ScriptedAws.start();
        search = new ScriptedAwsTuning(aws).add("alice-tune-1").tag("owner", "alice");
        for (int depth : new int[] {3, 9, 5, 4, 8, 6, 7, 3, 5, 9, 4, 6}) {
            search.child(depth);
        }
        Path state = home.resolve("state");
        Files.createDirectories(state);
        wiring = new Wiring(AwsTestSupport.cliEnv(home, state, aws.endpoint()));
        // the SDK's first call loads and connects it (seconds on a loaded machine); the dashboard's first tick then waits for no cold start
        assertThat(wiring.backends(null).list(dev.sagedeck.domain.JobScope.MINE)).isEmpty();
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    /**
     * The tuning adapter's clock, moved with the dashboard's: a walk of training jobs answers again for
     * 2 s of it, so a read on the tick must not depend on how fast this machine runs the test.
     */
    private final MutableClock clock = new MutableClock(ScreenHarness.T0);

    private ScreenHarness dashboard(int columns, int rows) {
        TuningJobs tuning = new SageMakerTuningJobs(AwsTestSupport.connect(aws.endpoint(), AwsTestSupport.PATIENT), () -> AwsTestSupport.ALICE,
                () -> null, type -> java.util.Optional.of(new dev.sagedeck.domain.Price(type, 0.115, "test price")), clock, TransferProgress.NONE);
        return ScreenHarness.start(columns, rows, wiring.backends(null), ScreenHarness.session("alice", false),
                new Services(null, null, null).withSearches(List.of(wiring.localSearches(null), tuning)));
    }

    /** {@code seconds} later on the dashboard's clock and the adapter's alike. */
    private void tick(ScreenHarness h, int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        h.tick(Duration.ofSeconds(seconds));
    }

    @Test
    void runningTrainingJobs_showNoObjectiveYet_thenAreRankedLive_whenTheyComplete() {
        try (ScreenHarness h = dashboard(80, 24)) {
            h.send(new Msg.OpenTuning("alice-tune-1", Backend.SAGEMAKER));
            h.awaitIdle();

            assertThat(h.state().view()).isEqualTo(View.TUNING);
            assertThat(h.state().tuning().children()).as("three pages of at most five").hasSize(12);
            assertThat(h.text()).contains("Tuning job alice-tune-1 (sagemaker)").contains("> InProgress").contains("Bayesian")
                    .contains("validation:auc (maximize)").contains("0/12 done, 12 running").contains("best: none yet")
                    .contains("1-8 of 12").contains("Nothing to plot yet");
            assertThat(h.line(h.row("001-abcdef12"))).contains("\u2014").contains("> InProgress");

            search.completeChildren();
            tick(h, 5);
            assertThat(h.text()).as("not due yet: a SageMaker search is read every 10 s").contains("0/12 done");
            tick(h, 10);

            assertThat(h.text()).contains("12/12 done (12 completed)").contains("best 0.7900");
            // nobody moved the cursor: it is on the best, at the top, whichever job that is now
            assertThat(h.state().tuning().selectedJob().orElseThrow().name()).endsWith("-002-abcdef12");
            assertThat(h.text()).contains("1-8 of 12");
            int first = h.row("OBJECTIVE") + 1;
            assertThat(h.line(first)).contains("0.7900 *").contains("9").contains("+ Completed").contains("1h 00m");
            assertThat(h.line(first + 1)).contains("0.7900").doesNotContain("*");
            assertThat(h.text()).contains("validation:auc vs max_depth");
            Golden.assertMatches("TuningViewOnTheScriptedEndpointTest/completed-80x24", h.snapshot());

            h.resize(200, 50);
            Golden.assertMatches("TuningViewOnTheScriptedEndpointTest/completed-200x50", h.snapshot());
            h.resize(60, 20);
            Golden.assertMatches("TuningViewOnTheScriptedEndpointTest/completed-60x20", h.snapshot());
        }
    }

    @Test
    void aJobIChose_staysUnderTheCursorAfterALiveRead_andTheTableKeepsTheBestInSightWhileTheJobFits() {
        try (ScreenHarness h = dashboard(80, 24)) {
            h.send(new Msg.OpenTuning("alice-tune-1", Backend.SAGEMAKER));
            h.awaitIdle();
            h.press("jj");
            assertThat(h.state().tuning().selected()).endsWith("-003-abcdef12");

            search.completeChildren();
            tick(h, 10);

            assertThat(h.text()).contains("12/12 done (12 completed)");
            assertThat(h.state().tuning().selected()).as("the cursor stays on its job as the ranking moves").endsWith("-003-abcdef12");
            assertThat(h.text()).as("the job ranks 7th or 8th: still on the first page, which stays").contains("1-8 of 12")
                    .contains("003-abcdef12").contains("0.7900 *");

            h.press("jjj"); // down past the page: the table moves only as far as the cursor's row needs
            String below = h.state().tuning().selectedJob().orElseThrow().name();
            assertThat(h.text()).contains(below.substring("alice-tune-1-".length())).doesNotContain("1-8 of 12");
            search.child(2); // a 13th training job starts: the next read moves nothing under the cursor
            tick(h, 10);
            assertThat(h.state().tuning().selectedJob().orElseThrow().name()).isEqualTo(below);
            assertThat(h.text()).contains(below.substring("alice-tune-1-".length()));
        }
    }

    @Test
    void spaceAndEquals_compareTwoTrainingJobs_inTheComparison_andEscComesBackToTheRanking() {
        search.completeChildren();
        try (ScreenHarness h = dashboard(120, 35)) {
            h.send(new Msg.OpenTuning("alice-tune-1", Backend.SAGEMAKER));
            h.awaitIdle();
            h.press("  =");

            assertThat(h.state().view()).isEqualTo(View.COMPARE);
            assertThat(h.text()).contains("alice-tune-1-002").contains("alice-tune-1-010");
            h.press("<Esc>");
            assertThat(h.state().view()).isEqualTo(View.TUNING);
            assertThat(h.text()).contains("12/12 done");
            h.press("<Esc>");
            assertThat(h.state().view()).isEqualTo(View.LIST);
        }
    }
}

package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.StatusTransition;
import dev.sagedeck.domain.Timing;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signals in the dashboard: the flash line, the row marker, the header count and the terminal escapes. */
class SignalsScreenTest {
    static final Instant T0 = ScreenHarness.T0;
    static final String ESC = "\u001b";
    static final String BEL = "\u0007";

    static TrainingJob job(String name, String owner, JobStatus status, List<StatusTransition> phases) {
        Instant created = T0.minus(Duration.ofMinutes(42));
        return TrainingJob.builder(name, Backend.SAGEMAKER).status(status).secondaryStatus(phases.get(phases.size() - 1).status())
                .tags(Map.of("owner", owner)).image("xgboost:1.7-1")
                .timing(new Timing(created, created.plusSeconds(60), status.isFinal() ? T0 : null, null, null))
                .resources(new Resources("ml.m5.xlarge", 1, 30, 86_400, false, 0))
                .transitions(phases).build();
    }

    static List<StatusTransition> downloadingSince40Minutes() {
        Instant created = T0.minus(Duration.ofMinutes(42));
        return List.of(new StatusTransition("Starting", created, T0.minus(Duration.ofMinutes(40)), null),
                new StatusTransition("Downloading", T0.minus(Duration.ofMinutes(40)), null, null));
    }

    @Test
    void aStalledThenFailedJob_flashesMarksItsRowCountsInTheHeader_andRingsWithOsc9AndOsc777() {
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.SAGEMAKER, Ownership.of("alice"));
        b.put(job("alice-xgb-1", "alice", JobStatus.IN_PROGRESS, downloadingSince40Minutes()));
        b.put(job("bob-xgb-1", "bob", JobStatus.IN_PROGRESS, downloadingSince40Minutes()));
        try (ScreenHarness h = ScreenHarness.start(100, 20, b, "alice")) {
            h.tick(Duration.ofSeconds(3));

            String stalled = "Downloading for 40 min; more than the 30 min sagedeck allows a phase without a history "
                    + "(fewer than 5 comparable jobs of yours)";
            assertThat(h.rawOutput()).isEqualTo(ESC + "]9;sagedeck: alice-xgb-1: Stalled in Downloading - " + stalled + BEL
                    + ESC + "]777;notify;sagedeck: alice-xgb-1;Stalled in Downloading - " + stalled + BEL + BEL);
            assertThat(h.flat()).contains("alice-xgb-1: Stalled in Downloading").contains("! 1 new").contains("! alice-xgb-1");
            assertThat(h.flat()).doesNotContain("! bob-xgb-1");

            // the same stall is not told twice; then it trains, then it fails with a hostile reason
            int before = h.rawOutput().length();
            h.tick(Duration.ofSeconds(3));
            assertThat(h.rawOutput()).hasSize(before);
            Instant created = T0.minus(Duration.ofMinutes(42));
            List<StatusTransition> failed = List.of(new StatusTransition("Starting", created, T0.minusSeconds(2400), null),
                    new StatusTransition("Downloading", T0.minusSeconds(2400), T0, null),
                    new StatusTransition("Training", T0, T0.plusSeconds(6), null),
                    new StatusTransition("Failed", T0.plusSeconds(6), T0.plusSeconds(6), null));
            b.put(job("alice-xgb-1", "alice", JobStatus.FAILED, failed).toBuilder()
                    .failureReason("AlgorithmError: boom" + ESC + "]0;pwned" + BEL + "\nTraceback (most recent call last):").build());
            h.tick(Duration.ofSeconds(3));

            String tail = h.rawOutput().substring(before);
            assertThat(tail).isEqualTo(ESC + "]9;sagedeck: alice-xgb-1: Failed: AlgorithmError: boom]0;pwned" + BEL
                    + ESC + "]777;notify;sagedeck: alice-xgb-1;Failed: AlgorithmError: boom]0;pwned" + BEL + BEL);
            assertThat(h.flat()).contains("alice-xgb-1: Failed: AlgorithmError: boom");

            // ! lists them newest first; Enter opens the job; the markers are gone
            h.press("!");
            assertThat(h.flat()).contains("Signals (newest first)").contains("> 9s ago alice-xgb-1: Failed: AlgorithmError: boom")
                    .contains("alice-xgb-1: Stalled in Downloading");
            h.press("<Enter>");
            assertThat(h.state().view()).isEqualTo(dev.sagedeck.app.keys.Binding.View.JOB);
            assertThat(h.state().job().name()).isEqualTo("alice-xgb-1");
            assertThat(h.flat()).doesNotContain("! 1 new");
        }
    }

    @Test
    void aStalledJobsView_saysWhyItIsFlagged() {
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.SAGEMAKER, Ownership.of("alice"));
        b.put(job("alice-xgb-1", "alice", JobStatus.IN_PROGRESS, downloadingSince40Minutes()));
        try (ScreenHarness h = ScreenHarness.start(120, 35, b, "alice")) {
            h.tick(Duration.ofSeconds(3));
            h.press("<Enter><Tab>"); // a running job opens on its log; the details say why it is flagged

            assertThat(h.flat()).as(h.text()).contains("! Stalled in Downloading: Downloading for 40 min; more than the 30 min sagedeck allows"
                    + " a phase without a history (fewer than 5 comparable jobs of yours)");
        }
    }

    @Test
    void bangWithoutSignals_saysWhatWouldShowThere() {
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.SAGEMAKER, Ownership.of("alice"));
        try (ScreenHarness h = ScreenHarness.start(100, 20, b, "alice")) {
            h.press("!");
            assertThat(h.flat()).contains("No signals yet");
            assertThat(h.rawOutput()).isEmpty();
        }
    }
}

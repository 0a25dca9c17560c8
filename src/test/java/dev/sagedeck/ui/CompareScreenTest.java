package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.app.Jobs;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Timing;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.testing.Golden;
import dev.sagedeck.testing.InMemoryTrainingJobs;
import dev.sagedeck.testing.ScreenHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Marking jobs and comparing them side by side, with 2 and 5 jobs, at 60x20, 80x24 and 200x50. */
class CompareScreenTest {

    static TrainingJob job(int i, String depth, String type, int count) {
        TrainingJob base = Jobs.sagemaker("alice-xgb-20261126-11000" + i, "alice", JobStatus.COMPLETED, "Completed",
                ScreenHarness.T0.minusSeconds(3600 - i * 60));
        return base.toBuilder()
                .hyperParameters(Map.of("max_depth", depth, "eta", "0.1", "num_round", "100"))
                .resources(new dev.sagedeck.domain.Resources(type, count, 30, 3600, false, 0))
                .timing(new Timing(base.timing().created(), base.timing().started(), base.timing().ended(), 500L + i, 480L + i))
                .finalMetrics(List.of(new Metric("validation:logloss", 0.40 + i / 100.0), new Metric("test:accuracy", 0.80 + i / 100.0)))
                .build();
    }

    static InMemoryTrainingJobs backend(int n) {
        InMemoryTrainingJobs b = new InMemoryTrainingJobs(Backend.SAGEMAKER, Ownership.of("alice"));
        for (int i = 0; i < n; i++) {
            b.put(job(i, i % 2 == 0 ? "3" : "5", "ml.m5.large", 1 + i % 2));
        }
        return b;
    }

    @ParameterizedTest(name = "{0}x{1} {2} jobs")
    @CsvSource({"60,20,2", "80,24,2", "200,50,2", "60,20,5", "80,24,5", "200,50,5"})
    void markedJobs_sideBySide_onlyDifferingHyperparameters_thenAll_andExport(int cols, int rows, int n) throws Exception {
        try (ScreenHarness h = ScreenHarness.start(cols, rows, backend(n), "alice")) {
            h.press("=");
            assertThat(h.text()).contains("Mark at least two jobs with Space");
            h.press(" ".repeat(n)); // Space marks and moves down
            assertThat(h.text()).contains(n + " marked").contains("* alice-xg");
            h.press("=");
            assertThat(h.text()).contains("Compare " + n + " jobs").contains("max_depth").doesNotContain("eta ")
                    .contains("test accuracy").contains(n == 5 && cols < 80 ? "0.8200" : "0.8000").contains("m5.large x1").contains("billable time");
            if (n == 5 && cols < 80) {
                assertThat(h.flat()).contains("2 more jobs do not fit");
            }
            assertThat(h.flat()).containsPattern("\\d+ identical rows hidden \\(d shows all\\)");
            Golden.assertMatches("Compare/" + n + "-jobs-" + cols + "x" + rows, h.snapshot());
            h.press("d");
            assertThat(h.text()).contains("all rows").contains("eta").contains("num_round");
            h.press("e");
            Path csv = h.stateDir().resolve("comparisons");
            assertThat(h.text()).contains("Saved the comparison to ");
            try (var files = Files.list(csv)) {
                Path file = files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
                List<String> lines = Files.readAllLines(file);
                assertThat(lines.get(0)).startsWith("group,setting,alice-xgb-");
                assertThat(lines).anyMatch(l -> l.matches("hyperparameter,max_depth,(5,3|3,5,3,5,3)"));
            }
            h.press("<Esc>");
            assertThat(h.text()).contains("My jobs (" + n + "), " + n + " marked");
        }
    }
}

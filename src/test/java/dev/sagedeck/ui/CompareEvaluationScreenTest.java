package dev.sagedeck.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.ModelEvaluation;
import dev.sagedeck.testing.Golden;
import dev.sagedeck.testing.ScreenHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code t} in the comparison on screen: the prompt in the status line, then the test rows with a
 * score for one job and the other's error, at 60x20, 80x24 and 200x50, and in the CSV export.
 */
class CompareEvaluationScreenTest {

    /** The port answered as a real evaluator would: job 0 scored, job 1 without a model yet. */
    static ModelEvaluation scripted() {
        return (job, csv) -> {
            if (job.endsWith("0")) {
                return new ModelEvaluation.Scores(178, Map.of("accuracy", 0.8146, "auc", 0.8712, "logloss", 0.4321));
            }
            throw new BackendException(BackendException.Kind.FAILED, job + " has no model yet");
        };
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60,20", "80,24", "200,50"})
    void t_promptsForTheFile_thenShowsEachJobsScoreOrError(int cols, int rows) throws Exception {
        try (ScreenHarness h = ScreenHarness.start(cols, rows, CompareScreenTest.backend(2), ScreenHarness.session("alice", false),
                new dev.sagedeck.runtime.Services(null, null, scripted()))) {
            h.press("  =t");
            assertThat(h.text()).contains("Test CSV: _");
            Golden.assertMatches("CompareEvaluation/prompt-" + cols + "x" + rows, h.snapshot());
            h.press("/data/titanic_test.csv<Enter>");
            assertThat(h.flat()).contains("test accuracy").contains("0.8146").contains(cols >= 80 ? "failed: has no model yet" : "failed: has no …")
                    .contains("scored on /data/titanic_test.csv").contains("Scored 1 of 2 models");
            Golden.assertMatches("CompareEvaluation/scored-" + cols + "x" + rows, h.snapshot());

            h.press("e");
            try (var files = Files.list(h.stateDir().resolve("comparisons"))) {
                List<String> lines = Files.readAllLines(files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow());
                assertThat(lines).contains("test,test accuracy (/data/titanic_test.csv),failed: has no model yet,0.8146",
                        "test,test auc (/data/titanic_test.csv),-,0.8712");
            }
        }
    }
}

package dev.sagedeck.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.data.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The csv preset beyond Titanic: a text label with three classes, and a numeric target. */
class OtherTasksTrainingTest {
    @TempDir
    Path dir;

    /** Deterministic rows: x in [0, 30); class by third of the range; a noise-free target 2x + 1. */
    private Path write(String name, int rows, int offset) throws IOException {
        StringBuilder csv = new StringBuilder("x,shade,kind,target\n");
        for (int i = 0; i < rows; i++) {
            double x = ((i * 7 + offset) % 300) / 10.0;
            String kind = x < 10 ? "low" : x < 20 ? "mid" : "high";
            csv.append(x).append(',').append(i % 2 == 0 ? "dark" : "light").append(',').append(kind).append(',').append(2 * x + 1).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void textLabelWithThreeValues_trainsMulticlassWithSoftprob() throws IOException {
        LocalTrainingTest.Recorder recorder = new LocalTrainingTest.Recorder();
        TrainingRequest request = new TrainingRequest(write("k.csv", 300, 0), write("k_test.csv", 60, 3), "csv", "kind",
                List.of("target"), Map.of("num_round", "20"), dir.resolve("multi"), null);
        TrainingResult result = LocalTraining.run(request, recorder, () -> false);
        assertThat(recorder.lines).anyMatch(l -> l.startsWith("XGBoost: objective multi:softprob"));
        assertThat(recorder.lines).anyMatch(l -> l.startsWith("[19]#011train-mlogloss:"));
        assertThat(result.testMetrics().get("accuracy")).isGreaterThan(0.9);
        assertThat(result.testMetrics()).containsKeys("auc", "logloss");
        Evaluation evaluation = XgboostModelEvaluation.evaluate(dir.resolve("multi"), dir.resolve("k_test.csv"));
        assertThat(evaluation.task()).isEqualTo(Task.MULTICLASS);
        assertThat(evaluation.classes()).containsExactly("high", "low", "mid");
        assertThat(evaluation.confusion()).hasDimensions(3, 3);
        assertThat(evaluation.metrics()).isEqualTo(result.testMetrics());
    }

    @Test
    void numericTarget_trainsRegressionAndReportsRmseAndMae() throws IOException {
        LocalTrainingTest.Recorder recorder = new LocalTrainingTest.Recorder();
        TrainingRequest request = new TrainingRequest(write("r.csv", 300, 0), write("r_test.csv", 60, 3), "csv", "target",
                List.of("kind"), Map.of("num_round", "50"), dir.resolve("reg"), null);
        TrainingResult result = LocalTraining.run(request, recorder, () -> false);
        assertThat(recorder.lines).anyMatch(l -> l.startsWith("XGBoost: objective reg:squarederror"));
        assertThat(recorder.lines).anyMatch(l -> l.startsWith("[49]#011train-rmse:"));
        assertThat(result.testMetrics()).containsOnlyKeys("rmse", "mae");
        assertThat(result.testMetrics().get("rmse")).isLessThan(1.0); // target spans 1..61
        assertThat(recorder.lines).anyMatch(l -> l.startsWith("Test Set RMSE: "));
    }

    @Test
    void earlyStoppingRounds_endsWhenValidationStopsImproving() throws IOException {
        LocalTrainingTest.Recorder recorder = new LocalTrainingTest.Recorder();
        TrainingRequest request = new TrainingRequest(write("e.csv", 300, 0), null, "csv", "kind", List.of("target"),
                Map.of("num_round", "500", "early_stopping_rounds", "5", "eval_metric", "merror"), dir.resolve("early"), null);
        TrainingResult result = LocalTraining.run(request, recorder, () -> false);
        assertThat(result.roundsTrained()).isLessThan(500);
        assertThat(result.stopped()).isFalse();
        assertThat(recorder.lines).anyMatch(l -> l.startsWith("Early stopping: no improvement for 5 rounds"));
    }
}

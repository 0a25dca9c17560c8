package dev.sagedeck.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagedeck.data.Samples;
import dev.sagedeck.domain.HyperParameterRules;
import dev.sagedeck.xgboost.MeasuredCheck.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightChecksTest {
    @TempDir
    static Path dir;
    static Samples.SampleFiles sample;

    @BeforeAll
    static void extract() {
        sample = Samples.extract("titanic", dir.resolve("sample"));
    }

    private static Map<String, MeasuredCheck> byId(List<MeasuredCheck> results) {
        return results.stream().collect(Collectors.toMap(MeasuredCheck::id, r -> r, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static TrainingRequest request(Path train, String preset, String label, Map<String, String> hp, Path modelDir) {
        return new TrainingRequest(train, null, preset, label, List.of(), hp, modelDir, null);
    }

    @Test
    void lessonSetupOnTheSample_passesEveryCheck_withTheNumbers() {
        TrainingRequest request = new TrainingRequest(sample.train(), sample.test(), "titanic", null, List.of(),
                HyperParameterRules.lessonValues(), dir.resolve("model"), null);
        Map<String, MeasuredCheck> results = byId(new PreflightChecks().run(request));

        assertThat(results).containsOnlyKeys("hyperparameters", "data", "overfit", "loss", "time", "memory", "save-reload");
        results.values().forEach(r -> assertThat(r.status()).as(r.id() + ": " + r.detail()).isEqualTo(Status.PASS));
        assertThat(results.get("data").value()).isEqualTo(713);
        assertThat(results.get("data").detail()).contains("Age 140 (filled with median 28)", "Cabin 552 (dropped)", "Embarked 1 (filled with mode S)");
        assertThat(results.get("overfit").value()).isGreaterThanOrEqualTo(0.95);
        assertThat(results.get("loss").detail()).startsWith("train-logloss ");
        assertThat(results.get("time").value()).isPositive();
        assertThat(results.get("memory").value()).isGreaterThan(ResourceEstimates.BASE_BYTES / 1048576.0);
        assertThat(results.get("save-reload").value()).isZero();
        assertThat(dir.resolve("model")).isEmptyDirectory(); // the scratch copy is cleaned up
    }

    /** Every feature is the same constant, the label alternates: nothing can be learned or memorised. */
    @Test
    void featuresWithoutSignal_failOverfitAndLoss() throws IOException {
        StringBuilder csv = new StringBuilder("a,b,y\n");
        for (int i = 0; i < 200; i++) csv.append("1,2,").append(i % 2).append('\n');
        Path file = dir.resolve("noise.csv");
        Files.writeString(file, csv);
        Map<String, MeasuredCheck> results = byId(new PreflightChecks().run(request(file, "csv", "y", Map.of("num_round", "10"), null)));
        assertThat(results.get("data").status()).isEqualTo(Status.PASS);
        assertThat(results.get("overfit").status()).isEqualTo(Status.FAIL);
        assertThat(results.get("overfit").value()).isEqualTo(0.5);
        assertThat(results.get("overfit").detail()).contains("train accuracy 0.500").contains("check the label column");
        assertThat(results.get("loss").status()).isEqualTo(Status.FAIL);
        assertThat(results.get("loss").detail()).contains("did not go down");
    }

    @Test
    void tinyBudgets_failTimeAndMemoryWithTheEstimate() {
        Map<String, MeasuredCheck> results = byId(new PreflightChecks(1 << 20, Duration.ofMillis(1))
                .run(request(sample.train(), "titanic", null, HyperParameterRules.lessonValues(), null)));
        assertThat(results.get("time").status()).isEqualTo(Status.FAIL);
        assertThat(results.get("time").detail()).contains("the limit is 0.0 s");
        assertThat(results.get("memory").status()).isEqualTo(Status.FAIL);
        assertThat(results.get("memory").detail()).contains("1 MB available").contains("will not fit");
    }

    @Test
    void modelDirThatIsAFile_failsSaveAndReload() throws IOException {
        Path notADir = Files.writeString(dir.resolve("occupied"), "x");
        Map<String, MeasuredCheck> results = byId(new PreflightChecks()
                .run(request(sample.train(), "titanic", null, HyperParameterRules.lessonValues(), notADir)));
        assertThat(results.get("save-reload").status()).isEqualTo(Status.FAIL);
        assertThat(results.get("save-reload").detail()).contains("is a file, not a directory");
    }

    @Test
    void badHyperparametersAndMissingLabel_failAndSkipTrainingChecks() {
        Map<String, String> hp = new HashMap<>(HyperParameterRules.lessonValues());
        hp.put("eta", "0");
        Map<String, MeasuredCheck> results = byId(new PreflightChecks().run(request(sample.train(), "csv", "Survivd", hp, null)));
        assertThat(results).containsOnlyKeys("hyperparameters", "data");
        assertThat(results.get("hyperparameters").detail()).isEqualTo("eta must be a number in (0, 1]; got 0");
        assertThat(results.get("data").status()).isEqualTo(Status.FAIL);
        assertThat(results.get("data").detail()).startsWith("titanic_train.csv has no column 'Survivd' (the label)");
    }

    @Test
    void mostlyEmptyFeature_warns() throws IOException {
        StringBuilder csv = new StringBuilder("a,sparse,y\n");
        for (int i = 0; i < 100; i++) csv.append(i).append(',').append(i % 10 == 0 ? "5" : "").append(',').append(i % 2).append('\n');
        Path file = dir.resolve("sparse.csv");
        Files.writeString(file, csv);
        MeasuredCheck data = byId(new PreflightChecks().run(request(file, "csv", "y", Map.of("num_round", "5"), null))).get("data");
        assertThat(data.status()).isEqualTo(Status.WARN);
        assertThat(data.detail()).contains("'sparse' is 90% missing (consider --drop sparse)");
    }
}

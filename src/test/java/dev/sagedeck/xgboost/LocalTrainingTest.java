package dev.sagedeck.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagedeck.data.Preprocessing;
import dev.sagedeck.data.Samples;
import dev.sagedeck.domain.HyperParameterRules;
import dev.sagedeck.domain.RoundMetricsLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalTrainingTest {
    @TempDir
    static Path dir;
    static Samples.SampleFiles sample;

    /** Collects what a run reports. */
    static final class Recorder implements TrainingListener {
        final List<String> lines = new ArrayList<>();
        final List<String> phases = new ArrayList<>();

        @Override
        public void log(String line) {
            lines.add(line);
        }

        @Override
        public void phase(String secondaryStatus) {
            phases.add(secondaryStatus);
        }

        List<RoundMetricsLine> rounds() {
            return lines.stream().map(RoundMetricsLine::parse).flatMap(java.util.Optional::stream).toList();
        }
    }

    @BeforeAll
    static void extract() {
        sample = Samples.extract("titanic", dir.resolve("sample"));
    }

    static TrainingRequest lessonRequest(Path modelDir, Map<String, String> extra) {
        Map<String, String> hp = new HashMap<>(HyperParameterRules.lessonValues());
        hp.putAll(extra);
        return new TrainingRequest(sample.train(), sample.test(), "titanic", null, List.of(), hp, modelDir, null);
    }

    @Test
    void lessonRecipeOnTheSample_reachesTheLessonsAccuracy_andLogsLikeTheLesson() throws Exception {
        Recorder recorder = new Recorder();
        Path modelDir = dir.resolve("lesson");
        TrainingResult result = LocalTraining.run(lessonRequest(modelDir, Map.of()), recorder, () -> false);

        System.out.println("lesson recipe test metrics: " + result.testMetrics());
        assertThat(result.testMetrics().get("accuracy")).isGreaterThanOrEqualTo(0.78);
        assertThat(result.testMetrics()).containsKeys("auc", "logloss");
        assertThat(result.roundsTrained()).isEqualTo(100);
        assertThat(result.stopped()).isFalse();
        assertThat(result.modelFile()).isEqualTo(modelDir.resolve("model.ubj")).exists();
        assertThat(modelDir.resolve("preprocessing.json")).exists();
        assertThat(result.finalMetrics()).containsKeys("train:logloss", "validation:logloss");

        assertThat(recorder.phases).containsExactly("Downloading", "Training", "Uploading");
        assertThat(recorder.lines).contains("Train size: (570, 8)", "Val size: (143, 8)");
        assertThat(recorder.lines).anyMatch(l -> l.matches("Training time: \\d+\\.\\d\\d seconds"));
        assertThat(recorder.lines).anyMatch(l -> l.startsWith("Model saved to " + modelDir.resolve("model.ubj")));
        assertThat(recorder.lines).anyMatch(l -> l.matches("Test Set Accuracy: 0\\.\\d{4}"));
        assertThat(recorder.lines).anyMatch(l -> l.matches("Total time: \\d+\\.\\d\\d seconds"));

        List<RoundMetricsLine> rounds = recorder.rounds();
        assertThat(rounds).hasSize(100);
        assertThat(recorder.lines).anyMatch(l -> l.matches("\\[0\\]#011train-logloss:0\\.\\d{5}#011validation-logloss:0\\.\\d{5}"));
        assertThat(rounds.get(99).round()).isEqualTo(99);
        assertThat(rounds.get(99).metrics().get("train:logloss")).isLessThan(rounds.get(0).metrics().get("train:logloss"));
        assertThat(result.finalMetrics().get("train:logloss")).isCloseTo(rounds.get(99).metrics().get("train:logloss"), org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void stopRequestedMidTraining_savesThePartialModel_reloadable() {
        Recorder recorder = new Recorder();
        Path modelDir = dir.resolve("stopped");
        AtomicInteger checks = new AtomicInteger();
        // the loop asks before each round: answer "stop" on the 8th question, i.e. after 7 rounds
        TrainingResult result = LocalTraining.run(lessonRequest(modelDir, Map.of()), recorder, () -> checks.incrementAndGet() > 7);

        assertThat(result.stopped()).isTrue();
        assertThat(result.roundsTrained()).isEqualTo(7);
        assertThat(recorder.rounds()).hasSize(7);
        assertThat(recorder.lines).contains("Stop requested: ended after 7 of 100 rounds; saving the model so far");
        try (ModelFiles.LoadedModel model = ModelFiles.load(result.modelFile())) {
            assertThat(model.rounds()).isEqualTo(7);
            assertThat(model.format()).isEqualTo("ubj");
            assertThat(model.objective()).isEqualTo("binary:logistic");
            assertThat(model.numFeature()).isEqualTo(8);
        }
        assertThat(XgboostModelEvaluation.evaluate(modelDir, sample.test()).metrics()).containsKey("accuracy");
    }

    @Test
    void badHyperparameters_failBeforeAnyData_isRead() {
        Path modelDir = dir.resolve("bad");
        Recorder recorder = new Recorder();
        assertThatThrownBy(() -> LocalTraining.run(lessonRequest(modelDir, Map.of("eta", "0", "subsample", "1.5")), recorder, () -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("eta must be a number in (0, 1]; got 0\nsubsample must be a number in (0, 1]; got 1.5");
        assertThat(recorder.phases).isEmpty();
        assertThat(Files.exists(modelDir)).isFalse();
    }

    @Test
    void parameterXgboostRejects_showsXgboostsOwnMessageWithoutTheNativeStack() {
        assertThatThrownBy(() -> LocalTraining.run(lessonRequest(dir.resolve("booster"), Map.of("booster", "banana")), new Recorder(), () -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("XGBoost rejected the parameters: Unknown gbm type banana");
        assertThatThrownBy(() -> LocalTraining.run(lessonRequest(dir.resolve("tm"), Map.of("tree_method", "banana")), new Recorder(), () -> false))
                .hasMessageStartingWith("XGBoost rejected the parameters: Invalid Input: 'banana', valid values are:")
                .hasMessageNotContaining("Stack trace");
    }

    @Test
    void misspelledParameter_isWarnedAboutInTheLog() {
        Recorder recorder = new Recorder();
        LocalTraining.run(lessonRequest(dir.resolve("typo"), Map.of("num_round", "3", "max_detph", "2")), recorder, () -> false);
        assertThat(recorder.lines.get(0)).startsWith("Warning: unknown parameter 'max_detph'").endsWith("Did you mean max_depth?");
    }

    @Test
    void testFileMissingTheLabel_isRejectedBeforeTraining() throws Exception {
        Path test = dir.resolve("nolabel_test.csv");
        Files.writeString(test, "PassengerId,Pclass,Name,Sex,Age,SibSp,Parch,Ticket,Fare,Cabin,Embarked\n1,3,x,male,22,1,0,t,7.25,,S\n");
        Recorder recorder = new Recorder();
        TrainingRequest request = new TrainingRequest(sample.train(), test, "titanic", null, List.of(), HyperParameterRules.lessonValues(),
                dir.resolve("nolabel"), null);
        assertThatThrownBy(() -> LocalTraining.run(request, recorder, () -> false))
                .hasMessageStartingWith("nolabel_test.csv has no column 'Survived' (the label); its columns are: PassengerId, Pclass");
        assertThat(recorder.phases).containsExactly("Downloading");
    }

    @Test
    void outputDir_getsTheMetricsAsJson() throws Exception {
        Path out = dir.resolve("output");
        TrainingRequest base = lessonRequest(dir.resolve("withOutput"), Map.of("num_round", "3"));
        TrainingRequest request = new TrainingRequest(base.trainCsv(), base.testCsv(), base.preset(), base.label(), base.drop(),
                base.hyperParameters(), base.modelDir(), out);
        TrainingResult result = LocalTraining.run(request, new Recorder(), () -> false);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        assertThat(json.path("roundsTrained").asInt()).isEqualTo(3);
        assertThat(json.path("stopped").asBoolean()).isFalse();
        assertThat(json.path("testMetrics").path("accuracy").asDouble()).isEqualTo(result.testMetrics().get("accuracy"));
        assertThat(json.path("finalMetrics").has("validation:logloss")).isTrue();
    }

    @Test
    void trainMetricSample_isSpreadOverAllTrainingRows() {
        int[] rows = new int[1000];
        for (int i = 0; i < rows.length; i++) rows[i] = i * 2;
        assertThat(LocalTraining.evenlySpread(rows, 4)).containsExactly(0, 500, 1000, 1500);
    }

    @Test
    void preprocessingSavedWithTheModel_isWhatTrainingLearned() {
        Path modelDir = dir.resolve("pp");
        LocalTraining.run(lessonRequest(modelDir, Map.of("num_round", "2")), new Recorder(), () -> false);
        Preprocessing saved = Preprocessing.load(modelDir);
        assertThat(saved.featureNames()).containsExactly("PassengerId", "Pclass", "Sex", "Age", "SibSp", "Parch", "Fare", "Embarked");
        assertThat(saved.features().get(3).fill()).isEqualTo(28.0);
    }
}

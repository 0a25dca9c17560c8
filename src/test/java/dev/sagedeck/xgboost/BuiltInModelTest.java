package dev.sagedeck.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sagedeck.data.DataLoading;
import dev.sagedeck.data.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models as SageMaker's built-in XGBoost 1.5-1/1.7-1 leave them (fixtures written by xgboost 1.7
 * with builtin/make_fixtures.py): legacy binary {@code xgboost-model}, and the lesson's pickle.
 */
class BuiltInModelTest {
    static final Path FIXTURES = Path.of("src/test/resources/dev/sagedeck/xgboost/builtin");
    static final Path MODEL = FIXTURES.resolve("xgboost-model");
    static final Path TEST_CSV = FIXTURES.resolve("titanic_test_builtin.csv");

    @TempDir
    Path dir;

    @Test
    void legacyBinaryModel_loads_andDescribesItself() {
        try (ModelFiles.LoadedModel model = ModelFiles.load(MODEL)) {
            assertThat(model.format()).isEqualTo("legacy-binary");
            assertThat(model.objective()).isEqualTo("binary:logistic");
            assertThat(model.numFeature()).isEqualTo(8);
            assertThat(model.rounds()).isEqualTo(20);
        }
    }

    @Test
    void legacyBinaryModel_predictsWhatPythonXgboostPredicted() throws IOException {
        double[] python = Files.readAllLines(FIXTURES.resolve("predictions.txt")).stream().mapToDouble(Double::parseDouble).toArray();
        try (ModelFiles.LoadedModel model = ModelFiles.load(MODEL)) {
            float[][] ours = Evaluator.predict(model.booster(), DataLoading.readBuiltIn(TEST_CSV, dev.sagedeck.data.Task.BINARY, 2, 8));
            assertThat(ours.length).isEqualTo(python.length);
            for (int i = 0; i < python.length; i++) assertThat((double) ours[i][0]).as("row %d", i).isCloseTo(python[i], within(1e-6));
        }
    }

    @Test
    void builtInEvaluation_scoresLikePythonOnTheBuiltInLayout() throws IOException {
        double[] python = Files.readAllLines(FIXTURES.resolve("predictions.txt")).stream().mapToDouble(Double::parseDouble).toArray();
        List<String> rows = Files.readAllLines(TEST_CSV);
        int right = 0;
        for (int i = 0; i < rows.size(); i++) {
            int label = Integer.parseInt(rows.get(i).substring(0, rows.get(i).indexOf(',')));
            if ((python[i] > 0.5 ? 1 : 0) == label) right++;
        }
        Evaluation evaluation = XgboostModelEvaluation.evaluateBuiltIn(MODEL, TEST_CSV);
        assertThat(evaluation.rows()).isEqualTo(178);
        assertThat(evaluation.metrics().get("accuracy")).isEqualTo((double) right / rows.size());
        assertThat(evaluation.metrics()).containsKeys("auc", "logloss");
        assertThat(evaluation.classes()).containsExactly("0", "1");
        long total = 0;
        for (long[] row : evaluation.confusion()) for (long v : row) total += v;
        assertThat(total).isEqualTo(178);
    }

    @Test
    void builtInModel_withThePresetOnTheRawTestFile_scoresTheSame() {
        Samples.SampleFiles sample = Samples.extract("titanic", dir);
        var preprocessing = DataLoading.learn(sample.train(), "titanic", null, List.of(), null).preprocessing();
        Evaluation viaPreset = XgboostModelEvaluation.evaluate(MODEL, preprocessing, sample.test());
        Evaluation viaBuiltIn = XgboostModelEvaluation.evaluateBuiltIn(MODEL, TEST_CSV);
        assertThat(viaPreset.metrics()).isEqualTo(viaBuiltIn.metrics());
    }

    @Test
    void pickledModel_isExplainedWithTheFix() {
        assertThatThrownBy(() -> ModelFiles.load(FIXTURES.resolve("pickled-xgboost-model")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a Python pickle")
                .hasMessageContaining("joblib.dump")
                .hasMessageContaining("save_model");
    }

    @Test
    void wrongFiles_areNamedForWhatTheyAre() throws IOException {
        Path tarball = dir.resolve("model.tar.gz");
        Files.write(tarball, new byte[] {0x1f, (byte) 0x8b, 8, 0});
        assertThatThrownBy(() -> ModelFiles.load(tarball)).hasMessageContaining("gzip-compressed (a model.tar.gz?)");
        Path empty = Files.createFile(dir.resolve("empty"));
        assertThatThrownBy(() -> ModelFiles.load(empty)).hasMessageEndingWith("is empty; it is not a model");
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello, this is not a model");
        assertThatThrownBy(() -> ModelFiles.load(text)).hasMessageStartingWith(text + " is not a model XGBoost can load: ");
        assertThatThrownBy(() -> ModelFiles.load(dir.resolve("absent"))).hasMessage("no model file at " + dir.resolve("absent"));
    }

    @Test
    void builtInCsvOfTheWrongWidth_saysWhatTheModelExpects() throws IOException {
        Path narrow = dir.resolve("narrow.csv");
        Files.writeString(narrow, "1,2,3\n0,4,5\n");
        assertThatThrownBy(() -> XgboostModelEvaluation.evaluateBuiltIn(MODEL, narrow))
                .hasMessage("narrow.csv has 3 columns; the model expects the label plus 8 features (9 columns, label first, no header)");
    }
}

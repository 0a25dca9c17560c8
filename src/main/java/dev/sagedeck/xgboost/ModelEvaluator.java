package dev.sagedeck.xgboost;

import dev.sagedeck.data.DataLoading;
import dev.sagedeck.data.Dataset;
import dev.sagedeck.data.Preprocessing;
import dev.sagedeck.data.Task;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scores a saved model on a labelled CSV. Three ways in:
 * <ul>
 *   <li>{@link #evaluate(Path, Path)}: a model directory written by a sagedeck run ({@code model.ubj}
 *       + {@code preprocessing.json}); the test CSV is read exactly as the training file was.</li>
 *   <li>{@link #evaluateBuiltIn(Path, Path)}: a bare model file such as SageMaker built-in
 *       XGBoost's {@code xgboost-model} (legacy binary, UBJ or JSON); the test CSV is in the
 *       built-in layout: no header, label in the first column, numeric features after it.</li>
 *   <li>{@link #evaluate(Path, Preprocessing, Path)}: a bare model file plus the preprocessing used
 *       when its training data was prepared (e.g. a raw titanic CSV for a built-in job whose data
 *       sagedeck prepared with the titanic preset).</li>
 * </ul>
 */
public final class ModelEvaluator {
    private ModelEvaluator() {}

    public static Evaluation evaluate(Path modelDir, Path testCsv) {
        if (!Files.isDirectory(modelDir)) throw new IllegalArgumentException(modelDir + " is not a model directory");
        Preprocessing preprocessing = Preprocessing.load(modelDir);
        return evaluate(modelDir.resolve(ModelFiles.MODEL_FILE), preprocessing, testCsv);
    }

    @SuppressWarnings("try") // NativeQuiet is held only for its scope: native logging stays off inside it
    public static Evaluation evaluate(Path modelFile, Preprocessing preprocessing, Path testCsv) {
        try (NativeQuiet quiet = NativeQuiet.onThisThread(); ModelFiles.LoadedModel model = ModelFiles.load(modelFile)) {
            requireWidth(model, preprocessing.features().size(), modelFile);
            Dataset data = DataLoading.apply(testCsv, preprocessing, true);
            return Evaluator.evaluate(model.booster(), model.objective(), data);
        }
    }

    @SuppressWarnings("try") // NativeQuiet is held only for its scope: native logging stays off inside it
    public static Evaluation evaluateBuiltIn(Path modelFile, Path testCsv) {
        try (NativeQuiet quiet = NativeQuiet.onThisThread(); ModelFiles.LoadedModel model = ModelFiles.load(modelFile)) {
            Task task = taskOf(model.objective());
            Dataset data = DataLoading.readBuiltIn(testCsv, task, model.numClass(), model.numFeature());
            return Evaluator.evaluate(model.booster(), model.objective(), data);
        }
    }

    /** The task an objective trains for: binary:* and multi:* classify, everything else regresses. */
    static Task taskOf(String objective) {
        if (objective.startsWith("binary:")) return Task.BINARY;
        if (objective.startsWith("multi:")) return Task.MULTICLASS;
        return Task.REGRESSION;
    }

    private static void requireWidth(ModelFiles.LoadedModel model, int features, Path modelFile) {
        if (model.numFeature() != features) {
            throw new IllegalArgumentException(modelFile + " expects " + model.numFeature() + " features but the preprocessing gives "
                    + features + "; the model and preprocessing.json do not belong together");
        }
    }
}

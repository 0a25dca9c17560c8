package dev.sagedeck.xgboost;

import dev.sagedeck.data.DataLoading;
import dev.sagedeck.data.Dataset;
import dev.sagedeck.data.Preprocessing;
import dev.sagedeck.data.Task;
import dev.sagedeck.port.ModelEvaluation;
import dev.sagedeck.port.ModelScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link ModelScorer} with xgboost4j: reads the test CSV like the training data was read and
 * scores the model (the use case fetched it). The static methods score a saved model directly: a
 * model directory written by a sagedeck run, a bare built-in model file (test CSV in the built-in
 * layout: no header, label first), or a bare model file plus the preprocessing its training data
 * was prepared with.
 */
public final class XgboostModelEvaluation implements ModelScorer {
    @Override
    public ModelEvaluation.Scores score(Path model, Path testCsv) {
        Evaluation e = evaluateModelFile(model, testCsv);
        List<List<Long>> matrix = new ArrayList<>();
        if (e.confusion() != null) {
            for (long[] row : e.confusion()) {
                matrix.add(Arrays.stream(row).boxed().toList());
            }
        }
        return new ModelEvaluation.Scores(e.rows(), e.metrics(), matrix);
    }

    /**
     * With {@code preprocessing.json} next to the model (a local run's model dir, or a SageMaker job
     * whose data sagedeck prepared) the test CSV is read like the training file was, unless it is
     * already in the built-in layout (no header, label first, numbers); without it (a SageMaker
     * built-in model from elsewhere), that layout is required.
     */
    public static Evaluation evaluateModelFile(Path model, Path csv) {
        Path dir = model.toAbsolutePath().getParent();
        if (Files.isRegularFile(dir.resolve(Preprocessing.FILE_NAME)) && !BuiltInLayout.looksLike(csv)) {
            return evaluate(model, Preprocessing.load(dir), csv);
        }
        return evaluateBuiltIn(model, csv);
    }

    /** A model directory written by a sagedeck run ({@code model.ubj} + {@code preprocessing.json}): the test CSV is read exactly as the training file was. */
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

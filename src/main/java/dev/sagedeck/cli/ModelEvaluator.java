package dev.sagedeck.cli;

import dev.sagedeck.data.Preprocessing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code sagedeck evaluate} needs from the evaluator (built in the xgboost package): score a
 * saved model (with its preprocessing metadata next to it, when there is one) on a CSV that has the
 * label column. {@link #standard()} is where that evaluator plugs in.
 */
@FunctionalInterface
interface ModelEvaluator {
    /**
     * Metrics by name: accuracy, auc, logloss (classification) or rmse, mae (regression); the
     * confusion matrix rows (actual x predicted) for classification, else empty.
     */
    record Evaluation(long rows, Map<String, Double> metrics, List<List<Long>> confusionMatrix) {}

    /** @throws IllegalArgumentException for bad input (unreadable CSV, missing label column), with a user message */
    Evaluation evaluate(Path modelFile, Path testCsv);

    /**
     * The engine's evaluator. With {@code preprocessing.json} next to the model (a local run's model
     * dir, or a SageMaker job whose data sagedeck prepared) the test CSV is read like the training
     * file was, unless it is already in the built-in layout (no header, label first, numbers);
     * without it (a SageMaker built-in model from elsewhere), that layout is required.
     */
    static ModelEvaluator standard() {
        return (model, csv) -> from(evaluateWithEngine(model, csv));
    }

    private static dev.sagedeck.xgboost.Evaluation evaluateWithEngine(Path model, Path csv) {
        Path dir = model.toAbsolutePath().getParent();
        if (Files.isRegularFile(dir.resolve(Preprocessing.FILE_NAME)) && !BuiltInLayout.looksLike(csv)) {
            return dev.sagedeck.xgboost.ModelEvaluator.evaluate(model, Preprocessing.load(dir), csv);
        }
        return dev.sagedeck.xgboost.ModelEvaluator.evaluateBuiltIn(model, csv);
    }

    static Evaluation from(dev.sagedeck.xgboost.Evaluation e) {
        List<List<Long>> matrix = new java.util.ArrayList<>();
        if (e.confusion() != null) {
            for (long[] row : e.confusion()) {
                matrix.add(java.util.Arrays.stream(row).boxed().toList());
            }
        }
        return new Evaluation(e.rows(), e.metrics(), matrix);
    }
}

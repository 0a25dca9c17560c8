package dev.sagedeck.cli;

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

    /** The engine's evaluator, shared with the dashboard: see {@link dev.sagedeck.xgboost.JobModelEvaluation#evaluateModelFile}. */
    static ModelEvaluator standard() {
        return (model, csv) -> from(dev.sagedeck.xgboost.JobModelEvaluation.evaluateModelFile(model, csv));
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

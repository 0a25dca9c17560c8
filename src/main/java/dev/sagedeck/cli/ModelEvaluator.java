package dev.sagedeck.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code sagedeck evaluate} needs from the evaluator (built in the xgboost package): score a
 * saved model (with its preprocessing metadata next to it) on a CSV that has the label column.
 * {@link #standard()} is where that evaluator plugs in.
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

    static ModelEvaluator standard() {
        // TODO(lead): delegate to the engine's evaluator once merged, e.g. (model, csv) -> Evaluation.from(Evaluator.evaluate(model, csv)).
        return (model, csv) -> {
            throw new UnsupportedOperationException("evaluation is not in this build yet (the evaluator is on another branch)");
        };
    }
}

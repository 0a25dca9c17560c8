package dev.sagedeck.port;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Scores a job's trained model on a labelled test CSV on this machine: {@code sagedeck evaluate},
 * {@code sagedeck compare --test} and the comparison's {@code t}, one implementation for all.
 * Slow (fetches and loads a model): call it off the UI thread.
 */
public interface ModelEvaluation {
    /**
     * What one evaluation found: the rows scored, the metrics by name ({@code accuracy},
     * {@code auc}, {@code logloss} for classification; {@code rmse}, {@code mae} for regression) and,
     * for classification, the confusion matrix (rows: actual, columns: predicted; else empty).
     */
    record Scores(long rows, Map<String, Double> metrics, List<List<Long>> confusionMatrix) {
        public Scores {
            metrics = Map.copyOf(metrics);
            confusionMatrix = confusionMatrix.stream().map(List::copyOf).toList();
        }

        public Scores(long rows, Map<String, Double> metrics) {
            this(rows, metrics, List.of());
        }
    }

    /**
     * @throws BackendException for an unknown job or one without a model yet
     * @throws IllegalArgumentException for a bad test file (missing, unreadable, no label column), with a user message
     */
    Scores evaluate(String jobName, Path testCsv);
}

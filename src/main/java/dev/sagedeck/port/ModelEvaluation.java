package dev.sagedeck.port;

import java.nio.file.Path;
import java.util.Map;

/**
 * Scores a job's trained model on a labelled test CSV on this machine (the comparison's "test
 * accuracy" row). Slow (fetches and loads a model): call it off the UI thread.
 */
public interface ModelEvaluation {
    /**
     * What one evaluation found: the rows scored and the metrics by name ({@code accuracy},
     * {@code auc}, {@code logloss} for classification; {@code rmse}, {@code mae} for regression).
     */
    record Scores(long rows, Map<String, Double> metrics) {
        public Scores {
            metrics = Map.copyOf(metrics);
        }
    }

    /**
     * @throws BackendException for an unknown job or one without a model yet
     * @throws IllegalArgumentException for a bad test file (missing, unreadable, no label column), with a user message
     */
    Scores evaluate(String jobName, Path testCsv);
}

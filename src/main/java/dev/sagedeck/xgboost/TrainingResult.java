package dev.sagedeck.xgboost;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a finished (or stopped) run produced: rounds trained, whether it was stopped early,
 * where the model is, the last round's metrics and, with a test file, the test metrics.
 */
public record TrainingResult(
        int roundsTrained,
        boolean stopped,
        Path modelFile,
        Map<String, Double> finalMetrics,
        Map<String, Double> testMetrics,
        double trainingSeconds) {}

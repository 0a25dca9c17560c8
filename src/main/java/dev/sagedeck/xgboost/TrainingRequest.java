package dev.sagedeck.xgboost;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One local built-in training run: the lesson's recipe on {@code trainCsv} (and evaluation on
 * {@code testCsv} when given), the model and preprocessing written to {@code modelDir}.
 */
public record TrainingRequest(
        Path trainCsv,
        Path testCsv,
        String preset,
        String label,
        List<String> drop,
        Map<String, String> hyperParameters,
        Path modelDir,
        Path outputDir) {}

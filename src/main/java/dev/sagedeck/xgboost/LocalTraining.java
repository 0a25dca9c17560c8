package dev.sagedeck.xgboost;

import java.util.function.BooleanSupplier;

/** Runs the lesson's XGBoost recipe in this process (the local job's child process calls this). */
public final class LocalTraining {
    private LocalTraining() {}

    /**
     * Loads and preprocesses the data, trains round by round (checking {@code stopRequested}
     * between rounds), saves and reloads the model, and evaluates on the test file when given.
     *
     * @throws IllegalArgumentException for bad input (data, label, hyperparameters) with a user message
     */
    public static TrainingResult run(TrainingRequest request, TrainingListener listener, BooleanSupplier stopRequested) {
        throw new UnsupportedOperationException("not built yet");
    }
}

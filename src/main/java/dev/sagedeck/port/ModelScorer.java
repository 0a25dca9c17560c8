package dev.sagedeck.port;

import java.nio.file.Path;

/**
 * Scores a model file already on this machine on a labelled test CSV (the engine's part of
 * {@link ModelEvaluation}: which job, fetching its model and checking the file are the use case's).
 * Slow (loads a model, reads the CSV): call it off the UI thread.
 */
public interface ModelScorer {
    /**
     * @param model the model file as {@link TrainingJobs#fetchModel} returned it
     * @throws IllegalArgumentException for a test file the model cannot score (no label column, wrong width), with a user message
     */
    ModelEvaluation.Scores score(Path model, Path testCsv);
}

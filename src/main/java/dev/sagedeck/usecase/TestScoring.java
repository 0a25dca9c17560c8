package dev.sagedeck.usecase;

import dev.sagedeck.app.compare.CompareText;
import dev.sagedeck.app.compare.TestEvaluation;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.ModelEvaluation;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Scores one job's model on a labelled test file: the one evaluation path for the dashboard's
 * {@code t} and {@code sagedeck compare --test}. Blocking (fetches and loads a model): run it off
 * the UI thread. A job that cannot be scored becomes a failed result saying why, never an exception.
 */
public final class TestScoring {
    private TestScoring() {}

    /** The job's scores, or a failed result; a missing evaluation (no engine wired) says so. */
    public static TestEvaluation.Result score(ModelEvaluation evaluation, String job, String file) {
        if (evaluation == null) {
            return TestEvaluation.Result.failed(CompareText.NO_EVALUATION);
        }
        try {
            ModelEvaluation.Scores r = evaluation.evaluate(job, Path.of(file));
            return TestEvaluation.Result.scored(r.rows(), r.metrics());
        } catch (BackendException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException
                | UncheckedIOException ex) {
            return TestEvaluation.Result.failed(ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName());
        }
    }
}

package dev.sagedeck.port;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.MetricDefinition;
import dev.sagedeck.domain.TrainingJob;
import java.nio.file.Path;
import java.util.List;

/**
 * The one port the dashboard and the CLI use for training jobs, implemented once per backend
 * (local processes, SageMaker) and combined by {@code usecase.AllTrainingJobs}. Every method may block
 * and throws {@link BackendException} on failure; callers run it off the UI thread.
 */
public interface TrainingJobs {

    /** Which backend this is, or {@code null} for a combination of several. */
    Backend backend();

    /** Jobs newest first: mine only, or every job the account can see. */
    List<TrainingJob> list(JobScope scope);

    /** The full description of one job; NOT_FOUND when there is none of that name. */
    TrainingJob describe(String name);

    /**
     * Log lines from {@code cursor} on. {@link LogCursor#START} returns the last lines so a pane
     * is never empty; passing back {@link dev.sagedeck.domain.LogChunk#next()} returns only new lines.
     */
    LogChunk readLogs(String name, LogCursor cursor);

    /**
     * The metric rules the job's metric curve is read with ({@code domain.ScriptMetrics#forCurve}):
     * a script-mode job's MetricDefinitions; empty for the built-in algorithm, whose round lines are read as such.
     */
    default List<MetricDefinition> metricRules(String name) {
        return List.of();
    }

    /**
     * Asks the job to stop (SIGTERM locally, StopTrainingJob on SageMaker). Callers check ownership
     * and state first (see {@code usecase.GuardedStop}); CONFLICT when the job is no longer running.
     */
    void stop(String name);

    /** Starts a run and returns it as first described. */
    TrainingJob launch(LaunchSpec spec);

    /**
     * Puts the job's model into {@code destination}, a fresh directory (files are created new, nothing is
     * replaced), and returns the model file. Callers placing it among a user's files stage it first.
     */
    Path fetchModel(String name, Path destination);
}

package dev.sagedeck.app;

import dev.sagedeck.app.keys.Key;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.TrainingJob;
import java.time.Instant;
import java.util.List;

/**
 * Everything that can happen to the dashboard: user intents (keys, resizes), the clock, and the
 * results of effects in the past tense, failures included. Only {@link Update} consumes them.
 */
public sealed interface Msg {
    /** A key the user pressed. */
    record KeyPressed(Key key) implements Msg {}

    /** The terminal's input ended (closed pty, EOF): quit and restore the terminal. */
    record InputClosed() implements Msg {}

    /** Who and where we are, looked up after start: the header's account/notebook text and the notebook's role. */
    record EnvironmentKnown(String header, String defaultRole) implements Msg {}

    /** The terminal changed size. */
    record Resized(int columns, int rows) implements Msg {}

    /** The clock ticked (once a second); drives refreshes, polling and elapsed times. */
    record Tick(Instant now) implements Msg {}

    /** A job listing arrived. */
    record JobsLoaded(JobScope scope, List<TrainingJob> jobs, Instant at) implements Msg {
        public JobsLoaded {
            jobs = List.copyOf(jobs);
        }
    }

    /** Some backends listed, others failed: their last rows stay, the banner says what failed. */
    record JobsPartlyLoaded(JobScope scope, List<TrainingJob> jobs, java.util.Set<dev.sagedeck.domain.Backend> failed,
            String message, Instant at) implements Msg {
        public JobsPartlyLoaded {
            jobs = List.copyOf(jobs);
            failed = java.util.Set.copyOf(failed);
        }
    }

    /** A job listing failed; the last rows stay on screen. */
    record JobsFailed(String message, Instant at) implements Msg {}

    /**
     * Searches (tuning jobs) listed for a scope, of every backend or of {@code only} that one;
     * {@code problem} says which backend could not list its own (null: none).
     */
    record SearchesLoaded(JobScope scope, List<dev.sagedeck.domain.tuning.TuningJob> searches, String problem, Instant at,
            dev.sagedeck.domain.Backend only) implements Msg {
        public SearchesLoaded {
            searches = List.copyOf(searches);
        }

        /** Every backend's searches. */
        public SearchesLoaded(JobScope scope, List<dev.sagedeck.domain.tuning.TuningJob> searches, String problem, Instant at) {
            this(scope, searches, problem, at, null);
        }
    }

    /** Listing the searches (of every backend, or of {@code only} that one) failed; the last ones stay. */
    record SearchesFailed(String message, Instant at, dev.sagedeck.domain.Backend only) implements Msg {
        public SearchesFailed(String message, Instant at) {
            this(message, at, null);
        }
    }

    /** The training jobs of an expanded search arrived. */
    record SearchChildrenLoaded(String search, List<TrainingJob> children) implements Msg {
        public SearchChildrenLoaded {
            children = List.copyOf(children);
        }
    }

    /** Listing the training jobs of a search failed. */
    record SearchChildrenFailed(String search, String message) implements Msg {}

    /** A job's full description arrived. */
    record JobDescribed(TrainingJob job) implements Msg {}

    /** Describing a job failed. */
    record DescribeFailed(String name, String message) implements Msg {}

    /**
     * Log lines arrived for a job, with the round metrics already parsed from them (off the UI
     * thread, so a burst of lines costs the UI thread an append, not a regex per line).
     */
    record LogsRead(String name, LogChunk chunk, List<RoundMetrics.Sample> rounds) implements Msg {
        public LogsRead {
            rounds = List.copyOf(rounds);
        }

        /** Parses the rounds here: for tests and callers not on the UI thread. */
        public LogsRead(String name, LogChunk chunk) {
            this(name, chunk, MetricSeries.parse(chunk.lines()));
        }
    }

    /** Reading a job's log failed. */
    record LogsFailed(String name, String message) implements Msg {}

    /** A stop attempt finished: sent or refused, with the message to show under {@code title} (what was stopped). */
    record StopDone(String name, boolean sent, String message, String title) implements Msg {}

    /** A refused or cancelled attempt's audit line was written (problem null) or could not be (problem says why). */
    record StopAttemptRecorded(String job, String problem, String title) implements Msg {}

    /** A stop attempt failed with an error (network, permission...), said under {@code title} (what was stopped). */
    record StopFailed(String name, String message, String title) implements Msg {}

    /** A run started. */
    record Launched(TrainingJob job) implements Msg {}

    /** The experiment's runs started ({@code problem} null), or those before one that could not (problem says why). */
    record ExperimentLaunched(List<TrainingJob> jobs, String problem) implements Msg {
        public ExperimentLaunched {
            jobs = List.copyOf(jobs);
        }
    }

    /** Starting a run failed (bad input, backend error): nothing was started. */
    record LaunchFailed(String message) implements Msg {}

    /** A file was written (saved log, settings): say where. */
    record Saved(String message) implements Msg {}

    /**
     * Local job files changed: {@code records} names jobs created, moved on or removed (an empty name:
     * too many changes to name), {@code logs} jobs whose log grew.
     */
    record LocalJobsChanged(java.util.Set<String> records, java.util.Set<String> logs) implements Msg {
        public LocalJobsChanged {
            records = java.util.Set.copyOf(records);
            logs = java.util.Set.copyOf(logs);
        }
    }

    /** The local backend's jobs of a scope, listed after a change on disk (the other backends' rows stay). */
    record LocalJobsLoaded(JobScope scope, List<TrainingJob> jobs, Instant at) implements Msg {
        public LocalJobsLoaded {
            jobs = List.copyOf(jobs);
        }
    }

    /** Listing the local jobs after a change on disk failed (the rows stay; the next refresh tries again). */
    record LocalJobsFailed(String message, Instant at) implements Msg {}

    /** The owner name from the first-run question is in the config file: the backends now list its jobs. */
    record OwnerSaved(String message) implements Msg {}

    /** Writing a file failed. */
    record SaveFailed(String message) implements Msg {}

    /** The owner name from the first-run question could not be written to the config file. */
    record OwnerSaveFailed(String message) implements Msg {}

    /** The review's plan for a spec arrived: the request a launch would send and the pre-submit checks. */
    record LaunchPlanned(dev.sagedeck.domain.LaunchSpec spec, String request, List<dev.sagedeck.domain.CheckResult> checks) implements Msg {
        public LaunchPlanned {
            checks = List.copyOf(checks);
        }
    }

    /** Planning a launch failed (bad input, no planner, AWS error); the review says why. */
    record LaunchPlanFailed(dev.sagedeck.domain.LaunchSpec spec, String message) implements Msg {}

    /** The review's plan for a search arrived: the dry run (SageMaker: its request and ceiling), its expected time, the checks. */
    record TuningPlanned(dev.sagedeck.domain.tuning.TuningLaunch launch, dev.sagedeck.domain.tuning.TuningPreview preview,
            List<dev.sagedeck.domain.CheckResult> checks) implements Msg {
        public TuningPlanned {
            checks = List.copyOf(checks);
        }
    }

    /** The review's plan for a search could not be made. */
    record TuningPlanFailed(dev.sagedeck.domain.tuning.TuningLaunch launch, String message) implements Msg {}

    /** A search started from the wizard. */
    record TuningLaunched(dev.sagedeck.domain.tuning.TuningJob search) implements Msg {}

    /** A search could not be started. */
    record TuningLaunchFailed(String message) implements Msg {}

    /** A local search to promote was read: the search and its own job record (its data). */
    record SearchToPromote(dev.sagedeck.domain.tuning.TuningJob search, TrainingJob record) implements Msg {}

    /** A local search to promote could not be read. */
    record SearchPromoteFailed(String name, String message) implements Msg {}

    /** The wizard's values were written for next time ({@code problem} null), or could not be. */
    record WizardValuesSaved(String problem) implements Msg {}

    /** A comparison was exported to {@code path}. */
    record ComparisonExported(String path) implements Msg {}

    /** Exporting a comparison failed. */
    record ExportFailed(String message) implements Msg {}

    /** One level of an S3 prefix arrived for the wizard's browser. */
    record ObjectsListed(String prefix, dev.sagedeck.port.ObjectStore.Listing listing) implements Msg {}

    /** Listing an S3 prefix failed (no such bucket, denied, not configured); the browser shows why. */
    record ObjectListFailed(String prefix, String message) implements Msg {}

    /** A compared job's model was scored on {@code testFile}: rows and metrics by name (accuracy, auc, logloss / rmse, mae). */
    record ModelEvaluated(String job, String testFile, long rows, java.util.Map<String, Double> metrics) implements Msg {
        public ModelEvaluated {
            metrics = java.util.Map.copyOf(metrics);
        }
    }

    /** A compared job's model could not be scored on {@code testFile} (no model yet, missing label column...). */
    record EvaluationFailed(String job, String testFile, String message) implements Msg {}

    /** The compare test file was remembered for the next session ({@code problem} null), or why not. */
    record TestFileRemembered(String problem) implements Msg {}

    /** The entries of {@code dir} (directories end in {@code /}), for Tab completion in a path field. */
    record DirectoryListed(String dir, java.util.List<String> names) implements Msg {
        public DirectoryListed {
            names = java.util.List.copyOf(names);
        }
    }

    /** Tab completion of {@code typed} in the field {@code target}: as far as it is unambiguous, and the names that matched. */
    record PathCompleted(String target, String typed, String completed, java.util.List<String> candidates) implements Msg {
        public PathCompleted {
            candidates = java.util.List.copyOf(candidates);
        }
    }

    /** The signal rules (config) and the phase history (state directory) were read; {@code problem} says what was wrong, if anything. */
    record SignalsLoaded(dev.sagedeck.app.signals.SignalRules rules, dev.sagedeck.domain.PhaseHistory history,
            String problem) implements Msg {}

    /** The wizard's framework catalogue was read ({@code catalog}), or why it could not be ({@code problem}). */
    record FrameworksLoaded(dev.sagedeck.domain.FrameworkCatalog catalog, String problem) implements Msg {}

    /** Finished jobs' phase durations were appended to the history file ({@code problem} null), or could not be. */
    record PhasesRecorded(String problem) implements Msg {}

    /** Open the tuning view of search {@code name} on {@code backend} (Enter or t on a tuning row, T from one of its jobs). */
    record OpenTuning(String name, dev.sagedeck.domain.Backend backend) implements Msg {}

    /** A search and its training jobs were read for the tuning view. */
    record TuningLoaded(String name, dev.sagedeck.domain.tuning.TuningJob search, List<TrainingJob> children, Instant at) implements Msg {
        public TuningLoaded {
            children = List.copyOf(children);
        }
    }

    /** Reading a search for the tuning view failed; its last rows stay. */
    record TuningFailed(String name, String message, Instant at) implements Msg {}
}

package dev.sagedeck.app;

import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.Ownership;

/**
 * Descriptions of I/O the reducer wants done. The runtime performs them on executors and turns the
 * result, or the failure, into a {@link Msg}. {@link #key()} names in-flight work so a second
 * request of the same kind is dropped rather than queued.
 */
public sealed interface Effect {
    String key();

    /** Look up the AWS account and the notebook instance for the header (STS, DescribeNotebookInstance). */
    record LookupEnvironment() implements Effect {
        public String key() {
            return "env";
        }
    }

    /** List jobs of a scope. */
    record ListJobs(JobScope scope) implements Effect {
        public String key() {
            return "list";
        }
    }

    /** List only the local backend's jobs of a scope (after a change on disk: no AWS call for it). */
    record ListLocalJobs(JobScope scope) implements Effect {
        public String key() {
            return "list-local";
        }
    }

    /** Describe one job. */
    record DescribeJob(String name) implements Effect {
        public String key() {
            return "describe:" + name;
        }
    }

    /** Read a job's log from a cursor. */
    record ReadLogs(String name, LogCursor cursor) implements Effect {
        public String key() {
            return "logs:" + name;
        }
    }

    /** Stop a job through the guarded stop, ownership and state re-checked against who I am now. */
    record StopJob(String name, Ownership me) implements Effect {
        public String key() {
            return "stop:" + name;
        }
    }

    /** Write the audit line of a stop attempt that ended before any call (refused or cancelled in the dashboard). */
    record RecordStopAttempt(String job, String where, String jobOwner, GuardedStop.Decision decision, String reason,
            Ownership me) implements Effect {
        public String key() {
            return "audit:" + job;
        }
    }

    /** Put text on the user's clipboard via the terminal (OSC 52). */
    record CopyToClipboard(String text) implements Effect {
        public String key() {
            return "clipboard";
        }
    }

    /** Write log lines to a file in the state directory. */
    record SaveLog(String jobName, LogBuffer lines) implements Effect {
        public String key() {
            return "save:" + jobName;
        }
    }

    /** Start a run. */
    record Launch(LaunchSpec spec) implements Effect {
        public String key() {
            return "launch";
        }
    }

    /** Save the owner name in the config file (first-run question). */
    record SaveOwner(String owner) implements Effect {
        public String key() {
            return "owner";
        }
    }

    /** Plan a launch for the wizard's review: the dry-run request and the pre-submit checks; nothing is created. */
    record PlanLaunch(LaunchSpec spec) implements Effect {
        public String key() {
            return "plan";
        }
    }

    /** Remember the wizard's values for next time ({@code wizard-last.json} in the state directory). */
    record SaveWizardValues(java.util.Map<String, String> values) implements Effect {
        public SaveWizardValues {
            values = java.util.Map.copyOf(values);
        }

        public String key() {
            return "wizard-last";
        }
    }

    /** Write a comparison to a file in the state directory, as CSV or JSON. */
    record ExportComparison(dev.sagedeck.app.compare.Comparison comparison, boolean json) implements Effect {
        public String key() {
            return "export";
        }
    }

    /** List one level of an S3 prefix for the wizard's browser. */
    record ListObjects(String prefix) implements Effect {
        public String key() {
            return "objects";
        }
    }

    /** Score a job's model on a labelled test CSV on this machine (fetching the model first). */
    record EvaluateModel(String job, String testFile) implements Effect {
        public String key() {
            return "evaluate:" + job + ":" + testFile;
        }
    }

    /** Read the signal rules from the config file and the phase history from the state directory. */
    record LoadSignals() implements Effect {
        public String key() {
            return "signals";
        }
    }

    /** Append finished jobs' phase durations to the history file in the state directory. */
    record RecordPhases(java.util.List<dev.sagedeck.app.signals.PhaseRecord> records) implements Effect {
        public RecordPhases {
            records = java.util.List.copyOf(records);
        }

        public String key() {
            return "phases";
        }
    }

    /**
     * Tell the user in the terminal: the bell and/or a desktop notification (OSC 9 and OSC 777).
     * Written by the UI thread (like the clipboard), never when there is no terminal.
     */
    record Alert(String title, String body, boolean bell, boolean desktop) implements Effect {
        public String key() {
            return "alert";
        }
    }
}

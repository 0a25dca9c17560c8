package dev.sagedeck.app;

/** User-facing text in one place, so wording changes are deliberate and golden screens stay stable. */
public final class Text {
    private Text() {}

    public static final String APP_NAME = "sagedeck";
    public static final String BACKEND_NOT_CONFIGURED = "the %s backend is not configured";
    public static final String NOT_A_TERMINAL =
            "sagedeck: the dashboard needs a terminal (stdout is not one); use the subcommands instead: "
                    + "sagedeck jobs | describe | logs | train | stop ... (sagedeck --help)";
    public static final String EMPTY_MINE =
            "No training jobs yet.\n\nPress n to train XGBoost on the bundled Titanic sample here, or run:\n"
                    + "  sagedeck train --sample titanic\nEnter opens a job and its log; a shows colleagues' jobs.";
    public static final String NO_PATH_MATCH = "Nothing in that directory starts with '%s'.";
    public static final String PATH_MATCHES = "%d matches: %s";
    public static final String FILTER_CLEARED = "Filter cleared: every job shows again.";
    public static final String EMPTY_FILTERED = "No jobs match the filter '%s'. Esc clears it.";
    public static final String AWS_NOT_CONFIGURED = "AWS: not configured - local jobs only";
    public static final String LOCAL_ONLY = "local only";
    /** Flash at start when the config file's AWS settings are bad: the problem, then what still works. */
    public static final String AWS_OFF_BAD_CONFIG = "AWS off - %s. Showing local jobs only.";
    /** Header badge when AWS is usable: region, then how (profile, endpoint override). */
    public static final String AWS_CONFIGURED = "AWS: %s";
    /** Header part on a SageMaker notebook instance: name and instance type. */
    public static final String ON_NOTEBOOK = "notebook %s (%s)";

    public static final String STOP_NOT_MINE =
            "%s belongs to %s. sagedeck only stops your own jobs.";
    public static final String NO_OWNER = "no one (it has no owner tag)";
    public static final String STOP_OWNER_UNKNOWN =
            "Cannot tell whose job %s is (its owner tag could not be read); sagedeck only stops your own jobs.";
    public static final String STOP_WRONG_CONFIRMATION = "'%s' does not match '%s': type the name's last 4 characters.";
    public static final String STOP_NOT_RUNNING = "%s is not running (status %s); nothing to stop.";
    public static final String STOP_FINISHED_MEANWHILE = "%s finished before the stop arrived; nothing was stopped.";
    public static final String STOP_SENT = "Stop sent to %s; it will show Stopping, then Stopped.";

    public static final String STOP_TITLE = "Stop training job";
    public static final String STOP_TITLE_TUNING = "Stop tuning job";
    public static final String STOP_TITLE_SEARCH = "Stop local search";
    public static final String STOP_FAILED = "Could not stop %s: %s";
    public static final String STOP_IN_FLIGHT = "A stop for %s is already on its way.";
    public static final String STOP_CANCELLED = "Stop cancelled; nothing was stopped.";
    public static final String STOPPING = "Stopping %s ...";
    public static final String READ_ONLY_STOP =
            "sagedeck runs read-only (--read-only): it never stops or launches anything. Restart without --read-only to stop your jobs.";
    public static final String SAVE_FAILED_TITLE = "Could not save";
    public static final String SHOWING_ALL = "Everyone's jobs shown (others' are read-only); a for mine.";
    public static final String SHOWING_MINE = "Showing my jobs. Press a for everyone's.";
    public static final String REFRESH_IN_FLIGHT = "A refresh is already on its way.";
    public static final String SORTED_BY = "Sorted by %s.";
    public static final String COPIED = "Copied %s to the clipboard (OSC 52).";
    public static final String NO_MATCH = "No line matches '%s'.";
    public static final String ALL_INSTANCES = "Showing every instance's lines.";
    public static final String ONE_INSTANCE = "Showing only %s's lines (i for the next instance).";
    public static final String SAVING_LOG = "Saving the log ...";
    public static final String OWNER_UNKNOWN = "unknown";
    public static final String OWNER_SKIPPED = "No owner set: only local jobs count as yours (owner= in the config file).";
    public static final String OWNER_INVALID = "An owner name is letters, digits and hyphens (at most 32), starting with a letter or digit.";

    public static final String LOADING = "Loading jobs ...";
    public static final String OWNER_TITLE = "Who are you?";
    public static final String OWNER_QUESTION =
            "sagedeck shows your own jobs by default: those tagged owner=<you> or named <you>-... "
                    + "Colleagues' jobs stay hidden (press a to see them, read-only). Type your owner name:";
    public static final String STOP_EXPLAIN_SAGEMAKER =
            "What stop does: SageMaker sends SIGTERM to the training container, waits up to 120 seconds for it to save, then ends it. "
                    + "The job shows Stopping, then Stopped.";
    public static final String STOP_EXPLAIN_LOCAL =
            "What stop does: sagedeck sends SIGTERM to the local run; it finishes its current round, saves the model "
                    + "so far and ends Stopped; after 120 seconds it is killed.";
    public static final String STOP_EXPLAIN_PARTIAL =
            "The saved model may be partial. A training script may not see the signal (then nothing is saved).";
    public static final String HELP_TITLE = "Keys";
    public static final String HELP_MORE_BELOW = "... %d more lines below (%s scrolls)";
    public static final String HELP_END = "(end of the keys; %s scrolls back)";
    public static final String LAUNCHED = "Started %s; its log follows below.";
    public static final String EXPERIMENT_LAUNCHED = "Started %d jobs, one per instance count; marked and compared as they run (Esc: the list).";
    public static final String EXPERIMENT_PARTLY = "Started %s, then the next could not start: %s";
    public static final String LAUNCH_FAILED_TITLE = "Could not start the run";
    public static final String TOO_SMALL = "Terminal too small (%dx%d): sagedeck needs at least %dx%d.";
    public static final String STOP_KILLED = "%s was already stopping; it was killed (SIGKILL) and shows Stopped.";
    public static final String WIZARD_NOT_REMEMBERED = "Could not remember the wizard's values for next time: %s";
    public static final String TEST_FILE_NOT_REMEMBERED = "Could not remember the test file for next time: %s";
    public static final String EXPORTED = "Saved the comparison to %s";

    /** Flash when the signal rules or the phase history could not be read or written. */
    public static final String SIGNALS_PROBLEM = "signals: %s";
    /** Flash for several signals at once: how many, then the newest. */
    public static final String SIGNALS_MANY = "%d signals; newest: %s";
    /** Header part: jobs with a signal not yet looked at (press ! to list them). */
    public static final String SIGNAL_COUNT = "! %d new";
    /** Before the name of a job with a signal not yet looked at. */
    public static final String SIGNAL_MARK = "! ";
    public static final String SIGNALS_TITLE = "Signals (newest first)";
    public static final String SIGNALS_NONE = "No signals yet: sagedeck tells you here when a job of yours ends, stalls or runs into its budget.";
    public static final String SIGNALS_JOB_GONE = "%s is no longer in the list (filter, or everyone's jobs?)";
    public static final String SIGNALS_KEYS = "Up/Down choose, Enter opens the job, Esc closes";

    /** The title of every dialog of a stop (question, refusal, failure), naming what is stopped: a training job, a tuning job or a local search. */
    public static String stopTitle(dev.sagedeck.domain.TrainingJob job) {
        if (job == null || !dev.sagedeck.domain.tuning.SearchAsJob.isSearch(job)) {
            return STOP_TITLE;
        }
        return job.backend() == dev.sagedeck.domain.Backend.LOCAL ? STOP_TITLE_SEARCH : STOP_TITLE_TUNING;
    }
}

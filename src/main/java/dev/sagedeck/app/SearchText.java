package dev.sagedeck.app;

import dev.sagedeck.app.format.Formats;

/** User-facing text about searches (tuning jobs) in the list, their details and their stop, for the dashboard and the CLI alike. */
public final class SearchText {
    private SearchText() {}

    /** Before a search's name in the list: its training jobs folded under it, or shown under it. */
    public static final String COLLAPSED = "[+] ";
    public static final String EXPANDED = "[-] ";
    /** Before a training job's name under its search. */
    public static final String CHILD_INDENT = "    ";
    public static final String STOP_EXPLAIN_SAGEMAKER =
            "What stop does: SageMaker stops the tuning job and every training job it still runs (each is sent SIGTERM); "
                    + "it shows Stopping, then Stopped. Finished training jobs and their models stay.";
    public static final String STOP_EXPLAIN_LOCAL =
            "What stop does: sagedeck stops the local search and its running configurations; each finishes its round "
                    + "and saves its model so far, and the search shows Stopped.";
    public static final String MARK_A_CONFIGURATION = "Space marks training jobs: open the search (Right) and mark its configurations.";
    public static final String SEARCHES_FAILED = "Tuning jobs could not be listed: %s";
    public static final String CHILDREN_FAILED = "The training jobs of %s could not be listed: %s";
    public static final String NO_CHILDREN = "%s has no training jobs yet.";
    public static final String DETAILS_RANGES = "Ranges searched";
    public static final String DETAILS_STATIC = "Fixed hyperparameters";
    public static final String DETAILS_NOTE = "Note";
    public static final String DETAILS_LOCAL = "local search (this machine)";
    public static final String DETAILS_SAGEMAKER = "SageMaker hyperparameter tuning job";
    public static final String COUNTERS = "%d completed, %d running, %d failed, %d stopped, %d stopped early";
    public static final String LIMITS = "%d training jobs in all, %d at once";
    public static final String NO_BEST_YET = "none yet";
    public static final String PRICE_UNKNOWN = "price unknown";
    public static final String NONE = "(none)";
    /** A search's progress in its row: "3 done, 2 running of 12"; narrow: completed/running/failed/stopped of max. */
    public static final String DONE = "%d done";
    public static final String RUNNING = "%d running";
    public static final String FAILED = "%d failed";
    public static final String STOPPED = "%d stopped";
    public static final String STOPPED_EARLY = "%d stopped early";
    public static final String OF_MAX = "%s of %d";
    public static final String PROGRESS_SHORT = "%d/%d/%d/%d of %d";
    public static final String BEST = "best %s";
    /** Narrow: the best value as the comparison marks it. */
    public static final String BEST_SHORT = "*%s";
    public static final String NO_BEST = "-";

    /**
     * What a stop would cut short, in the stop question of the dashboard and of {@code sagedeck stop}:
     * "3 of its training jobs running, $1.20 so far". {@code running} null: not known.
     */
    public static String runningChildren(Integer running, Double costSoFar, boolean local) {
        String count = (running == null ? "?" : running.toString()) + " of its training jobs running";
        if (local) {
            return count + " (on this machine: no bill)";
        }
        return count + ", " + (costSoFar == null ? "cost so far unknown" : Formats.money(costSoFar) + " so far");
    }
}

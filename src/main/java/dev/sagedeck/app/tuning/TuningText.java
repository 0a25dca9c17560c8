package dev.sagedeck.app.tuning;

/** The tuning view's words, in one place. */
public final class TuningText {
    private TuningText() {}

    public static final String TITLE = "Tuning job %s (%s)";
    public static final String LOADING = "Reading the search and its training jobs ...";
    public static final String LOAD_FAILED = "Could not read %s: %s";
    public static final String NO_SEARCH_BACKEND = "tuning jobs are not available here (the %s backend is not configured)";
    public static final String NO_CHILDREN = "No training jobs yet: the search starts them one by one (%d at once at most).";
    public static final String SUMMARY = "%s  %s  %s (%s)  early stopping %s";
    public static final String PROGRESS = "%d of %d done: %d completed, %d stopped early, %d stopped, %d failed; %d running";
    public static final String BEST = "best %s";
    public static final String BEST_NONE = "best: none yet";
    public static final String COST = "cost so far %s";
    public static final String COST_LOCAL = "cost: none (local)";
    public static final String FIXED = "fixed: %s";
    public static final String NOTE = "note: %s";
    public static final String HIGHER = "maximize";
    public static final String LOWER = "minimize";

    public static final String COL_OBJECTIVE = "OBJECTIVE";
    public static final String COL_STATUS = "STATUS";
    public static final String COL_RUNTIME = "RUNTIME";
    public static final String COL_JOB = "JOB";
    public static final String STOPPED_EARLY = "- Stopped early";
    public static final String NO_VALUE = "\u2014";
    public static final String MORE_COLUMNS = "+%d more (Enter: all)";

    public static final String PLOT_TITLE = "%s vs %s%s";
    public static final String PLOT_LOG = " (log)";
    public static final String PLOT_PICK = "  %s/%s: other hyperparameter";
    public static final String PLOT_NOT_SHOWN = "  %d not plotted (no value, NaN or off the axis)";
    public static final String PLOT_EMPTY = "Nothing to plot yet: no training job has a finite objective value.";
    public static final String PLOT_NO_RANGES = "The search has no searched hyperparameter to plot.";

    public static final String MARKED = "%d marked for compare (= compares them).";
    public static final String COMPARE_NEED_TWO = "Mark two training jobs or more with Space first, then = compares them.";
    public static final String NOT_A_CONFIGURATION = "%s is not a training job of a tuning job or local search.";
    public static final String REFRESHING = "Reading the search again ...";
    public static final String PLOTTING = "Plotting the objective against %s.";
}

package dev.sagedeck.app.compare;

/** User-facing text of the comparison's test evaluation. */
public final class CompareText {
    private CompareText() {}

    public static final String PROMPT_SAID = "Test CSV: %s   %s";
    public static final String PROMPT = "Test CSV: %s   (Enter scores every compared model on it, Esc cancels)";
    public static final String NEED_FILE = "Type the path of a labelled test CSV, then Enter (Esc cancels).";
    public static final String EVALUATING = "Evaluating %d models on %s ...";
    public static final String PENDING = "evaluating...";
    public static final String NOT_SCORED = "-";
    public static final String ACCURACY_ROW = "test accuracy";
    public static final String METRIC_ROW = "test %s";
    public static final String FAILED = "failed: %s";
    public static final String FOOT_FILE = "Test rows scored on %s.";
    public static final String FOOT_HIDDEN = "%d identical rows hidden (d shows all).";
    public static final String FOOT_BEST = "* best value.";
    public static final String FOOT_SORTED = "Sorted by %s (%s: next metric).";
    public static final String FOOT_SORT = "%s sorts by a metric.";
    public static final String FOOT_MORE = "More below (Down).";
    public static final String FOOT_JOBS_NOT_SHOWN = "%d more jobs do not fit: a wider terminal or e/E (export) shows them.";
    public static final String SORTED_BY = "Sorted by %s, best first.";
    public static final String UNSORTED = "In marking order.";
    public static final String DONE = "Scored %d of %d models on %s.";
    public static final String NO_EVALUATION = "Model evaluation is not available in this build";
}

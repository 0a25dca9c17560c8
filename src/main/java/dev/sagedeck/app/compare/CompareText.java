package dev.sagedeck.app.compare;

/** User-facing text of the comparison's test evaluation. */
public final class CompareText {
    private CompareText() {}

    public static final String PROMPT = "Test CSV: %s_   (Enter scores every compared model on it, Esc cancels)";
    public static final String NEED_FILE = "Type the path of a labelled test CSV, then Enter (Esc cancels).";
    public static final String EVALUATING = "Evaluating %d models on %s ...";
    public static final String PENDING = "evaluating...";
    public static final String NOT_SCORED = "-";
    public static final String ACCURACY_ROW = "test accuracy (%s)";
    public static final String METRIC_ROW = "test %s (%s)";
    public static final String FAILED = "failed: %s";
    public static final String FOOT_FILE = "Test rows: scored on %s. ";
    public static final String DONE = "Scored %d of %d models on %s.";
    public static final String NO_EVALUATION = "Model evaluation is not available in this build";
}

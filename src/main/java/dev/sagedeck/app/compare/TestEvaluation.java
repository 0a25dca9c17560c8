package dev.sagedeck.app.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison's on-demand test evaluation: the test CSV path being typed ({@code promptField}, null
 * when not asking), the file the compared models are scored on ({@code file}, null before the
 * first evaluation) and each job's result so far.
 */
public record TestEvaluation(dev.sagedeck.app.keys.TextField promptField, String file, Map<String, Result> results) {
    public static final TestEvaluation NONE = new TestEvaluation(null, null, Map.of());

    /** One job's evaluation: still running, its scores, or why it could not be evaluated. */
    public record Result(boolean pending, long rows, Map<String, Double> metrics, String error) {
        public static final Result PENDING = new Result(true, 0, Map.of(), null);

        public Result {
            metrics = Map.copyOf(metrics);
        }

        public static Result scored(long rows, Map<String, Double> metrics) {
            return new Result(false, rows, metrics, null);
        }

        public static Result failed(String message) {
            return new Result(false, 0, Map.of(), message);
        }
    }

    public TestEvaluation {
        results = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    public boolean editing() {
        return promptField != null;
    }

    /** The test file path being typed, or null when not asking. */
    public String prompt() {
        return promptField == null ? null : promptField.text();
    }

    public TestEvaluation withPrompt(String p) {
        return withPromptField(p == null ? null : dev.sagedeck.app.keys.TextField.of(p));
    }

    public TestEvaluation withPromptField(dev.sagedeck.app.keys.TextField p) {
        return new TestEvaluation(p, file, results);
    }

    /** Starts scoring {@code jobs} on {@code f}: every job pending, results for an earlier file dropped. */
    public TestEvaluation started(String f, List<String> jobs) {
        Map<String, Result> r = new LinkedHashMap<>();
        jobs.forEach(j -> r.put(j, Result.PENDING));
        return new TestEvaluation(null, f, r);
    }

    /** Records a job's result, if it is for the file being evaluated now (a late answer for an old file is dropped). */
    public TestEvaluation withResult(String job, String f, Result r) {
        if (!f.equals(file) || !results.containsKey(job)) {
            return this;
        }
        Map<String, Result> m = new LinkedHashMap<>(results);
        m.put(job, r);
        return new TestEvaluation(promptField, file, m);
    }

    public boolean pending() {
        return results.values().stream().anyMatch(Result::pending);
    }
}

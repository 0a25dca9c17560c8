package dev.sagedeck.app.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The comparison rows of a test evaluation: "test accuracy" carrying each job's progress
 * or error, then one row per other metric scored (auc, logloss; rmse, mae for regression).
 */
final class TestRows {
    /** The metrics in the order the lesson reads them; any others follow alphabetically. */
    private static final List<String> ORDER = List.of("auc", "logloss", "rmse", "mae");

    private TestRows() {}

    static List<Comparison.Row> of(List<String> jobs, TestEvaluation test) {
        if (test.file() == null) {
            return List.of();
        }
        List<Comparison.Row> rows = new ArrayList<>();
        rows.add(new Comparison.Row("test", CompareText.ACCURACY_ROW, jobs.stream().map(j -> accuracy(j, test.results().get(j))).toList(),
                jobs.stream().map(j -> number(test.results().get(j), "accuracy")).toList(), java.util.Set.of()));
        for (String metric : otherMetrics(test)) {
            rows.add(new Comparison.Row("test", CompareText.METRIC_ROW.formatted(metric),
                    jobs.stream().map(j -> metric(test.results().get(j), metric)).toList(),
                    jobs.stream().map(j -> number(test.results().get(j), metric)).toList(), java.util.Set.of()));
        }
        return rows;
    }

    private static Double number(TestEvaluation.Result r, String name) {
        return r == null || r.pending() || r.error() != null ? null : r.metrics().get(name);
    }

    private static String accuracy(String job, TestEvaluation.Result r) {
        if (r == null) {
            return CompareText.NOT_SCORED;
        }
        if (r.pending()) {
            return CompareText.PENDING;
        }
        if (r.error() != null) {
            // the column already names the job: its name in the message would only push the reason out of view
            String why = r.error().startsWith(job + " ") ? r.error().substring(job.length() + 1) : r.error();
            return CompareText.FAILED.formatted(why);
        }
        return format(r.metrics().get("accuracy"));
    }

    private static String metric(TestEvaluation.Result r, String name) {
        if (r == null || r.pending() || r.error() != null) {
            return r != null && r.pending() ? CompareText.PENDING : CompareText.NOT_SCORED;
        }
        return format(r.metrics().get(name));
    }

    private static Set<String> otherMetrics(TestEvaluation test) {
        Set<String> found = new TreeSet<>();
        test.results().values().forEach(r -> found.addAll(r.metrics().keySet()));
        found.remove("accuracy");
        Set<String> out = new LinkedHashSet<>();
        ORDER.stream().filter(found::contains).forEach(out::add);
        out.addAll(found);
        return out;
    }

    private static String format(Double v) {
        return v == null ? CompareText.NOT_SCORED : dev.sagedeck.app.format.Formats.metric(v);
    }
}

package dev.sagedeck.xgboost;

import dev.sagedeck.data.Task;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A model's scores on one labelled file.
 *
 * @param metrics   {@code accuracy}, {@code auc}, {@code logloss} (classification) or {@code rmse},
 *                  {@code mae} (regression); a metric that is undefined for this data is absent
 * @param classes   classification: class names in index order (rows/columns of {@code confusion})
 * @param confusion classification: rows = true class, columns = predicted class; else null
 */
public record Evaluation(String source, Task task, int rows, Map<String, Double> metrics, List<String> classes, long[][] confusion) {

    /** Lines for a terminal: the lesson's "Test Set Accuracy" line, the other metrics, the confusion matrix. */
    public List<String> describe() {
        List<String> out = new java.util.ArrayList<>();
        out.add(String.format(Locale.ROOT, "Evaluated on %s: %d rows, %s", source, rows, task.name().toLowerCase(Locale.ROOT)));
        if (metrics.containsKey("accuracy")) out.add(String.format(Locale.ROOT, "Test Set Accuracy: %.4f", metrics.get("accuracy")));
        metrics.forEach((name, value) -> {
            if (!name.equals("accuracy")) out.add(String.format(Locale.ROOT, "Test Set %s: %.4f", name.toUpperCase(Locale.ROOT), value));
        });
        if (confusion != null) {
            int width = 9;
            for (String c : classes) width = Math.max(width, c.length() + 2);
            StringBuilder head = new StringBuilder(String.format("%-" + width + "s", "true\\pred"));
            for (String c : classes) head.append(String.format("%" + width + "s", c));
            out.add("Confusion matrix:");
            out.add(head.toString());
            for (int r = 0; r < classes.size(); r++) {
                StringBuilder row = new StringBuilder(String.format("%-" + width + "s", classes.get(r)));
                for (long v : confusion[r]) row.append(String.format("%" + width + "d", v));
                out.add(row.toString());
            }
        }
        return out;
    }
}

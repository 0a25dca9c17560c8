package dev.sagedeck.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Decides from the label column (and the objective, when the user gave one) whether the run is
 * binary classification, multi-class classification or regression, and fixes the class order.
 *
 * <p>Without an objective: a label with exactly 2 distinct values is binary; text labels, or whole
 * numbers with at most {@value #MAX_AUTO_CLASSES} distinct values, are multi-class; any other
 * numeric label is regression. Classes are ordered numerically (numbers) or alphabetically
 * (text), so {@code 0/1} stays {@code 0/1} and {@code no/yes} maps to {@code 0/1}.
 */
final class LabelAnalysis {
    static final int MAX_AUTO_CLASSES = 10;
    static final int MAX_CLASSES = 1000;

    record Result(Task task, List<String> classes) {}

    private LabelAnalysis() {}

    static Result decide(RawColumn label, String objective, String source) {
        if (label.firstMissingLine() >= 0) {
            throw new CsvFormatException(source, label.firstMissingLine(), 0, "the label column '" + label.name
                    + "' is empty in this row (" + label.missing() + " row" + (label.missing() == 1 ? "" : "s")
                    + " in all); every training row needs a label");
        }
        Task wanted = taskOf(objective);
        if (wanted == Task.REGRESSION) {
            if (label.isText()) {
                throw new IllegalArgumentException(source + ": objective " + objective + " needs a numeric label, but '"
                        + label.name + "' holds text such as '" + label.firstText() + "'");
            }
            return new Result(Task.REGRESSION, null);
        }
        List<String> classes = label.isText() ? textClasses(label) : numericClasses(label, wanted != null);
        if (classes == null) return new Result(Task.REGRESSION, null); // many distinct numbers, no objective: regression
        if (classes.size() < 2) {
            throw new IllegalArgumentException(source + ": the label '" + label.name + "' has only one value ("
                    + (classes.isEmpty() ? "no rows" : "'" + classes.get(0) + "'") + "); there is nothing to learn");
        }
        if (classes.size() > MAX_CLASSES) {
            throw new IllegalArgumentException(source + ": the label '" + label.name + "' has " + classes.size()
                    + " distinct values; more than " + MAX_CLASSES + " classes is probably the wrong column (for numbers, use --hp objective=reg:squarederror)");
        }
        if (wanted == Task.BINARY && classes.size() != 2) {
            throw new IllegalArgumentException(source + ": objective " + objective + " needs a label with exactly 2 values, but '"
                    + label.name + "' has " + classes.size() + " (" + preview(classes) + ")");
        }
        Task task = wanted != null ? wanted : classes.size() == 2 ? Task.BINARY : Task.MULTICLASS;
        return new Result(task, classes);
    }

    /** The task an objective implies, or null when none was given (or XGBoost will judge it). */
    static Task taskOf(String objective) {
        if (objective == null || objective.isBlank()) return null;
        if (objective.startsWith("binary:")) return Task.BINARY;
        if (objective.startsWith("multi:")) return Task.MULTICLASS;
        if (objective.startsWith("reg:") || objective.startsWith("count:") || objective.startsWith("survival:")) return Task.REGRESSION;
        return null;
    }

    private static List<String> textClasses(RawColumn label) {
        List<String> keys = new ArrayList<>(label.dictionary());
        keys.sort(Comparator.naturalOrder());
        return keys;
    }

    /** Distinct values as class keys, or null when they look like a regression target. */
    private static List<String> numericClasses(RawColumn label, boolean classificationWanted) {
        float[] values = label.numbers();
        int limit = classificationWanted ? MAX_CLASSES + 1 : MAX_AUTO_CLASSES + 1;
        float[] distinct = new float[limit];
        int n = 0;
        boolean whole = true;
        scan:
        for (int i = 0; i < label.size(); i++) {
            float v = values[i];
            for (int k = 0; k < n; k++) {
                if (distinct[k] == v) continue scan;
            }
            if (n == limit) {
                if (!classificationWanted) return null;
                break;
            }
            distinct[n++] = v;
            whole &= v == Math.rint(v);
        }
        if (!classificationWanted && n > 2 && !whole) return null;
        float[] sorted = Arrays.copyOf(distinct, n);
        Arrays.sort(sorted);
        List<String> classes = new ArrayList<>(n);
        for (float v : sorted) classes.add(RawColumn.canonical(v));
        return classes;
    }

    private static String preview(List<String> classes) {
        List<String> head = classes.subList(0, Math.min(5, classes.size()));
        return String.join(", ", head) + (classes.size() > 5 ? ", ..." : "");
    }
}

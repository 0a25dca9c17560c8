package dev.sagedeck.data;

import java.util.List;

/**
 * Model-ready data: one float column per feature (NaN = missing) in the model's feature order,
 * and, when the file had it, the label as class index (classification) or value (regression).
 * Columns stay separate so any subset of rows can be laid out row-major for XGBoost without a
 * second full copy.
 */
public final class Dataset {
    private final String source;
    private final Preprocessing preprocessing;
    private final float[][] columns;
    private final float[] labels;
    private final int rows;

    Dataset(String source, Preprocessing preprocessing, float[][] columns, float[] labels, int rows) {
        this.source = source;
        this.preprocessing = preprocessing;
        this.columns = columns;
        this.labels = labels;
        this.rows = rows;
    }

    public String source() {
        return source;
    }

    public Preprocessing preprocessing() {
        return preprocessing;
    }

    public int rows() {
        return rows;
    }

    public int featureCount() {
        return columns.length;
    }

    public List<String> featureNames() {
        return preprocessing.featureNames();
    }

    public Task task() {
        return preprocessing.task();
    }

    public boolean hasLabels() {
        return labels != null;
    }

    /** The value of feature {@code feature} in row {@code row} (NaN = missing). */
    public float value(int row, int feature) {
        return columns[feature][row];
    }

    /** The selected rows (all rows when {@code rowIndexes} is null), row-major, as XGBoost's DMatrix wants. */
    public float[] rowMajor(int[] rowIndexes) {
        int n = rowIndexes == null ? rows : rowIndexes.length;
        int f = columns.length;
        if ((long) n * f > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(source + ": " + n + " rows x " + f + " features is more than one array can hold");
        }
        float[] out = new float[n * f];
        for (int j = 0; j < f; j++) {
            float[] column = columns[j];
            if (rowIndexes == null) {
                for (int i = 0, k = j; i < n; i++, k += f) out[k] = column[i];
            } else {
                for (int i = 0, k = j; i < n; i++, k += f) out[k] = column[rowIndexes[i]];
            }
        }
        return out;
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), row-major. */
    public float[] rowMajor(int from, int to) {
        int f = columns.length;
        float[] out = new float[(to - from) * f];
        for (int j = 0; j < f; j++) {
            float[] column = columns[j];
            for (int i = from, k = j; i < to; i++, k += f) out[k] = column[i];
        }
        return out;
    }

    /** The labels of the selected rows (all when null). */
    public float[] labels(int[] rowIndexes) {
        if (labels == null) throw new IllegalStateException(source + " was read without its label column");
        if (rowIndexes == null) return java.util.Arrays.copyOf(labels, rows);
        float[] out = new float[rowIndexes.length];
        for (int i = 0; i < rowIndexes.length; i++) out[i] = labels[rowIndexes[i]];
        return out;
    }
}

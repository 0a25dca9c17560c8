package dev.sagedeck.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link Dataset} the way SageMaker's built-in XGBoost reads CSV: no header, the label
 * (class index 0, 1, ... or the regression value) in the first column, the model's features after
 * it in {@link Preprocessing} order, missing values as empty fields. The lesson's built-in example
 * uploads its raw CSV, which that algorithm cannot read; this is the missing preparation step.
 */
public final class BuiltInCsv {
    private BuiltInCsv() {}

    /** Writes every row; {@code out} is flushed, not closed. */
    public static void write(Dataset data, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        float[] labels = data.labels(null);
        StringBuilder line = new StringBuilder(128);
        for (int row = 0; row < data.rows(); row++) {
            line.setLength(0);
            append(line, labels[row]);
            for (int f = 0; f < data.featureCount(); f++) {
                line.append(',');
                append(line, data.value(row, f));
            }
            writer.append(line).append('\n');
        }
        writer.flush();
    }

    /** Whole numbers without ".0", others in Java's shortest round-trip float form; NaN as nothing. */
    static void append(StringBuilder line, float value) {
        if (Float.isNaN(value)) return;
        if (value == Math.rint(value) && Math.abs(value) < 1e15f) {
            line.append((long) value);
        } else {
            line.append(value);
        }
    }
}

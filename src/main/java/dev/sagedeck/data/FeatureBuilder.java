package dev.sagedeck.data;

import dev.sagedeck.data.Preprocessing.Feature;
import dev.sagedeck.data.RawColumn.Mode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies a {@link Preprocessing} to a loaded table: fills, category codes, label classes. */
final class FeatureBuilder {
    private FeatureBuilder() {}

    /** Which columns a saved preprocessing needs from a new file, and how to read them. */
    static Map<String, Mode> plan(Preprocessing p, List<String> header, String source, boolean withLabel) {
        Map<String, Mode> plan = new LinkedHashMap<>();
        for (Feature f : p.features()) {
            Presets.requireColumn(header, f.name(), "a feature the model was trained on", source);
            plan.put(f.name(), f.isCategory() ? Mode.TEXT : Mode.NUMBER);
        }
        if (withLabel) {
            Presets.requireColumn(header, p.label(), "the label", source);
            plan.put(p.label(), p.task().isClassification() ? Mode.AUTO : Mode.NUMBER); // AUTO: 0/1 labels stay numbers
        }
        return plan;
    }

    /** Builds the model's input; consumes the table's arrays (number columns are filled in place). */
    static Dataset build(Preprocessing p, RawTable table, boolean withLabel) {
        List<Feature> features = p.features();
        float[][] columns = new float[features.size()][];
        for (int j = 0; j < columns.length; j++) {
            Feature f = features.get(j);
            RawColumn raw = table.column(f.name());
            columns[j] = f.isCategory() ? categories(f, raw, table.rows) : numbers(f, raw, table.source);
        }
        float[] labels = withLabel ? labels(p, table.column(p.label()), table) : null;
        return new Dataset(table.source, p, columns, labels, table.rows);
    }

    private static float[] numbers(Feature f, RawColumn raw, String source) {
        if (raw.isText()) {
            throw new IllegalArgumentException(source + ": column '" + f.name() + "' holds text such as '" + raw.firstText()
                    + "' but the model expects numbers there");
        }
        float[] values = raw.numbers();
        if (f.fill() != null) {
            float fill = f.fill().floatValue();
            for (int i = 0; i < raw.size(); i++) {
                if (Float.isNaN(values[i])) values[i] = fill;
            }
        }
        return values;
    }

    private static float[] categories(Feature f, RawColumn raw, int rows) {
        int[] codes = raw.codes();
        List<String> dictionary = raw.dictionary();
        float[] byRawCode = new float[dictionary.size()];
        for (int k = 0; k < byRawCode.length; k++) {
            Integer code = f.codes().get(dictionary.get(k));
            byRawCode[k] = code == null ? Float.NaN : code; // a category training never saw: missing, as pandas' map() does
        }
        Integer fillCode = f.fillCategory() == null ? null : f.codes().get(f.fillCategory());
        float whenMissing = fillCode == null ? Float.NaN : fillCode;
        float[] out = new float[rows];
        for (int i = 0; i < rows; i++) out[i] = codes[i] < 0 ? whenMissing : byRawCode[codes[i]];
        return out;
    }

    /**
     * Class indexes for a numeric label (the usual 0/1) without turning a million values into
     * strings: each distinct value is keyed once and remembered.
     */
    private static float[] numericClasses(Preprocessing p, RawColumn raw, RawTable table, Map<String, Integer> classIndex) {
        float[] values = raw.numbers();
        Map<Float, Float> known = new HashMap<>();
        float lastValue = Float.NaN;
        float lastIndex = Float.NaN;
        for (int i = 0; i < table.rows; i++) {
            float v = values[i];
            if (v != lastValue) {
                Float index = known.get(v);
                if (index == null) {
                    Integer c = classIndex.get(RawColumn.canonical(v));
                    if (c == null) {
                        throw new IllegalArgumentException(table.source + ": the label '" + p.label() + "' holds '" + RawColumn.canonical(v)
                                + "', a value the training data did not have (it had " + String.join(", ", p.labelClasses()) + ")");
                    }
                    index = (float) c;
                    known.put(v, index);
                }
                lastValue = v;
                lastIndex = index;
            }
            values[i] = lastIndex; // in place: the raw column is not needed afterwards
        }
        return values;
    }

    private static float[] labels(Preprocessing p, RawColumn raw, RawTable table) {
        if (raw.firstMissingLine() >= 0) {
            throw new CsvFormatException(table.source, raw.firstMissingLine(), 0, "the label column '" + p.label()
                    + "' is empty in this row (" + raw.missing() + " row" + (raw.missing() == 1 ? "" : "s") + " in all)");
        }
        if (!p.task().isClassification()) {
            if (raw.isText()) throw new IllegalArgumentException(table.source + ": the label '" + p.label() + "' holds text such as '" + raw.firstText() + "'");
            return raw.numbers();
        }
        Map<String, Integer> classIndex = new HashMap<>();
        for (String c : p.labelClasses()) classIndex.put(c, classIndex.size());
        if (!raw.isText()) return numericClasses(p, raw, table, classIndex);
        List<String> dictionary = raw.dictionary();
        float[] byRawCode = new float[dictionary.size()];
        for (int k = 0; k < byRawCode.length; k++) {
            Integer index = classIndex.get(dictionary.get(k));
            if (index == null) {
                throw new IllegalArgumentException(table.source + ": the label '" + p.label() + "' holds '" + dictionary.get(k)
                        + "', a value the training data did not have (it had " + String.join(", ", p.labelClasses()) + ")");
            }
            byRawCode[k] = index;
        }
        int[] codes = raw.codes();
        float[] out = new float[table.rows];
        for (int i = 0; i < table.rows; i++) out[i] = byRawCode[codes[i]];
        return out;
    }
}

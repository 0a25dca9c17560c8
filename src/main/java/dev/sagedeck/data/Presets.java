package dev.sagedeck.data;

import dev.sagedeck.data.Preprocessing.Feature;
import dev.sagedeck.data.RawColumn.Mode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The preprocessing recipes a run can name: {@code titanic} (the lesson's {@code preprocess_data})
 * and {@code csv} (any CSV: numeric columns as they are, text columns as category codes).
 *
 * <p>One deliberate difference from the lesson: its evaluation cell calls {@code preprocess_data}
 * on the test file, so the test set's missing ages get the test set's own median (29.0 on the
 * sample, against 28.0 in training). sagedeck learns fills and codes on the training file only and
 * applies them unchanged: a model must see a value prepared the way its training data was, and a
 * test set must not inform its own preprocessing (with one row to score there is no median at
 * all). With the lesson's own model on the sample both ways score 0.809 (checked with pandas/xgboost 1.7).
 */
public final class Presets {
    public static final String TITANIC = "titanic";
    public static final String CSV = "csv";
    public static final List<String> NAMES = List.of(TITANIC, CSV);

    static final String TITANIC_LABEL = "Survived";
    /**
     * The lesson drops exactly these three. It keeps {@code PassengerId}: its script does
     * {@code X = df.drop(columns=["Survived"])} after dropping Name/Ticket/Cabin, so PassengerId is
     * one of the 8 features the lesson's model sees ({@code Train size: (570, 8)}). We keep it too,
     * so that the preset reproduces the lesson's model rather than a better-engineered one.
     */
    static final List<String> TITANIC_DROPPED = List.of("Name", "Ticket", "Cabin");
    static final Map<String, Integer> TITANIC_SEX = linked("male", 1, "female", 0);
    static final Map<String, Integer> TITANIC_EMBARKED = linked("S", 0, "C", 1, "Q", 2);

    private Presets() {}

    /** What the user asked for: preset, label, extra columns to drop, and the objective if given. */
    record Spec(String preset, String label, List<String> drop, String objective, boolean presetDefaulted) {
        Spec(String preset, String label, List<String> drop, String objective) {
            this(preset, label, drop, objective, preset == null || preset.isBlank());
        }

        Spec {
            preset = preset == null || preset.isBlank() ? (label == null ? TITANIC : CSV) : preset.trim();
            drop = drop == null ? List.of() : List.copyOf(drop);
            if (!NAMES.contains(preset)) {
                throw new IllegalArgumentException("unknown preset '" + preset + "'; choose one of: " + String.join(", ", NAMES));
            }
            if (TITANIC.equals(preset) && label != null && !label.equals(TITANIC_LABEL)) {
                throw new IllegalArgumentException("the titanic preset's label is " + TITANIC_LABEL + "; for label '" + label + "' use --preset csv");
            }
            if (TITANIC.equals(preset)) label = TITANIC_LABEL;
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("the csv preset needs the label column: --label COLUMN");
            }
            if (drop.contains(label)) throw new IllegalArgumentException("--drop " + label + " would drop the label column");
        }

        Set<String> dropped(List<String> header) {
            Set<String> out = new LinkedHashSet<>();
            if (TITANIC.equals(preset)) {
                for (String column : TITANIC_DROPPED) if (header.contains(column)) out.add(column);
            }
            out.addAll(drop);
            return out;
        }

        /** Checks the header and says which columns to load. */
        Map<String, Mode> plan(List<String> header, String source) {
            if (TITANIC.equals(preset) && presetDefaulted && !header.contains(TITANIC_LABEL)) {
                throw new IllegalArgumentException(source + " has no column '" + TITANIC_LABEL + "': without --preset or --label the "
                        + "titanic preset is used; for another CSV give --preset csv --label COLUMN (its columns are: "
                        + String.join(", ", header) + ")");
            }
            requireColumn(header, label, "the label", source);
            for (String column : drop) requireColumn(header, column, "named by --drop", source);
            if (TITANIC.equals(preset)) {
                for (String column : List.of("Sex", "Age", "Embarked")) requireColumn(header, column, "needed by the titanic preset", source);
            }
            Set<String> dropped = dropped(header);
            Map<String, Mode> plan = new LinkedHashMap<>();
            for (String column : header) if (!dropped.contains(column)) plan.put(column, Mode.AUTO);
            if (plan.size() < 2) throw new IllegalArgumentException(source + ": no feature columns are left besides the label '" + label + "'");
            return plan;
        }

        Preprocessing learn(RawTable table) {
            LabelAnalysis.Result labelInfo = LabelAnalysis.decide(table.column(label), objective, table.source);
            List<Feature> features = new ArrayList<>();
            for (RawColumn column : table.columns.values()) {
                if (column.name.equals(label)) continue;
                features.add(TITANIC.equals(preset) ? titanicFeature(column, table.source) : csvFeature(column));
            }
            return new Preprocessing(Preprocessing.VERSION, preset, table.source, label, labelInfo.task(), labelInfo.classes(),
                    features, List.copyOf(dropped(table.header)));
        }
    }

    /** The lesson's preprocess_data, column by column: fills learned here, maps fixed. */
    private static Feature titanicFeature(RawColumn column, String source) {
        switch (column.name) {
            case "Sex":
                return Feature.category("Sex", TITANIC_SEX, null);
            case "Embarked":
                return Feature.category("Embarked", TITANIC_EMBARKED, mode(column));
            case "Age":
                requireNumeric(column, source, "the titanic preset fills Age with its median");
                return Feature.number("Age", median(column));
            default:
                requireNumeric(column, source, "the titanic preset expects numbers in every column except Name, Ticket, Cabin, Sex and Embarked;"
                        + " use --drop " + column.name + " or --preset csv");
                return Feature.number(column.name, null);
        }
    }

    private static Feature csvFeature(RawColumn column) {
        if (!column.isText()) return Feature.number(column.name, null);
        List<String> keys = new ArrayList<>(column.dictionary());
        keys.sort(null); // alphabetical codes do not depend on row order
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (String key : keys) codes.put(key, codes.size());
        return Feature.category(column.name, codes, null);
    }

    /** pandas {@code Series.median()}: NaN skipped, the mean of the middle two for an even count. */
    static Double median(RawColumn column) {
        float[] values = column.numbers();
        int n = FloatSelection.present(values, column.size());
        if (n == 0) return null;
        float upper = FloatSelection.kth(values, column.size(), n / 2);
        return n % 2 == 1 ? (double) upper : ((double) FloatSelection.kth(values, column.size(), n / 2 - 1) + upper) / 2;
    }

    /** pandas {@code Series.mode()[0]}: the most frequent value, the smallest one on a tie. */
    static String mode(RawColumn column) {
        long[] counts = column.counts();
        List<String> keys = column.dictionary();
        String best = null;
        long bestCount = 0;
        for (int code = 0; code < counts.length; code++) {
            String key = keys.get(code);
            if (counts[code] > bestCount || (counts[code] == bestCount && bestCount > 0 && key.compareTo(best) < 0)) {
                best = key;
                bestCount = counts[code];
            }
        }
        return best;
    }

    private static void requireNumeric(RawColumn column, String source, String why) {
        if (column.isText()) {
            throw new IllegalArgumentException(source + ": column '" + column.name + "' holds text such as '"
                    + column.firstText() + "'; " + why);
        }
    }

    static void requireColumn(List<String> header, String column, String role, String source) {
        if (!header.contains(column)) {
            throw new IllegalArgumentException(source + " has no column '" + column + "' (" + role + "); its columns are: "
                    + String.join(", ", header));
        }
    }

    private static Map<String, Integer> linked(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put((String) pairs[i], (Integer) pairs[i + 1]);
        return java.util.Collections.unmodifiableMap(map);
    }
}

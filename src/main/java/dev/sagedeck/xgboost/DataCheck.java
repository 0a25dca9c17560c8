package dev.sagedeck.xgboost;

import dev.sagedeck.data.DataLoading;
import dev.sagedeck.data.Preprocessing;
import dev.sagedeck.data.Preprocessing.Feature;
import dev.sagedeck.xgboost.MeasuredCheck.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** "Data loads": the shape, the label, and the missing values of every column with what happens to them. */
final class DataCheck {
    /** A feature left mostly empty (and not filled) is worth a look. */
    static final double MOSTLY_MISSING = 0.5;

    private DataCheck() {}

    static MeasuredCheck of(DataLoading.Learned learned, TrainingRequest request) {
        Preprocessing p = learned.preprocessing();
        int rows = learned.data().rows();
        List<String> missing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        learned.warnings().forEach(w -> warnings.add(w.message()));
        for (Map.Entry<String, Long> e : learned.missingByColumn().entrySet()) {
            if (e.getValue() == 0) continue;
            String column = e.getKey();
            Feature feature = p.features().stream().filter(f -> f.name().equals(column)).findFirst().orElse(null);
            String fate;
            if (p.dropped().contains(column)) {
                fate = "dropped";
            } else if (feature != null && feature.fill() != null) {
                fate = "filled with median " + trim(feature.fill());
            } else if (feature != null && feature.fillCategory() != null) {
                fate = "filled with mode " + feature.fillCategory();
            } else {
                fate = "left missing; XGBoost handles it";
                if (e.getValue() > rows * MOSTLY_MISSING) {
                    warnings.add(String.format(Locale.ROOT, "'%s' is %.0f%% missing (consider --drop %s)", column, 100.0 * e.getValue() / rows, column));
                }
            }
            missing.add(column + " " + e.getValue() + " (" + fate + ")");
        }
        String label = p.label() + " " + p.task().name().toLowerCase(Locale.ROOT)
                + (p.labelClasses() == null ? "" : " (" + String.join(", ", p.labelClasses().subList(0, Math.min(5, p.labelClasses().size())))
                + (p.labelClasses().size() > 5 ? ", ..." : "") + ")");
        String detail = String.format(Locale.ROOT, "%s: %d rows x %d columns; label %s; %d features: %s; missing values: %s%s%s",
                learned.data().source(), rows, learned.fileColumns(), label, p.features().size(), String.join(", ", p.featureNames()),
                missing.isEmpty() ? "none" : String.join(", ", missing),
                request.testCsv() == null ? "" : "; " + request.testCsv().getFileName() + " has the columns the model needs",
                warnings.isEmpty() ? "" : "; " + String.join("; ", warnings));
        return new MeasuredCheck("data", "Data loads", warnings.isEmpty() ? Status.PASS : Status.WARN, rows, "rows", detail);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

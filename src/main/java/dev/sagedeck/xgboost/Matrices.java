package dev.sagedeck.xgboost;

import dev.sagedeck.data.Dataset;
import java.util.List;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Builds XGBoost's DMatrix from dataset rows (NaN = missing), with labels and feature names. */
final class Matrices {
    private Matrices() {}

    /** {@code rows} null = all rows. The row-major copy is dropped as soon as XGBoost has its own. */
    static DMatrix of(Dataset data, int[] rows) {
        int n = rows == null ? data.rows() : rows.length;
        try {
            DMatrix matrix = new DMatrix(data.rowMajor(rows), n, data.featureCount(), Float.NaN);
            if (data.hasLabels()) matrix.setLabel(data.labels(rows));
            List<String> names = data.featureNames();
            if (names.stream().allMatch(Matrices::validName)) matrix.setFeatureNames(names.toArray(new String[0]));
            return matrix;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not take the data of " + data.source() + ": " + XgbErrors.clean(e), e);
        }
    }

    /** XGBoost refuses feature names with '[', ']' or '<' (its model dump syntax); such columns go unnamed. */
    private static boolean validName(String name) {
        return !name.isEmpty() && name.chars().noneMatch(c -> c == '[' || c == ']' || c == '<' || c == ',');
    }
}

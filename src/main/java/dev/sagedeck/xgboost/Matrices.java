package dev.sagedeck.xgboost;

import dev.sagedeck.data.Dataset;
import java.util.List;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import ml.dmlc.xgboost4j.java.util.BigDenseMatrix;

/** Builds XGBoost's DMatrix from dataset rows (NaN = missing), with labels and feature names. */
final class Matrices {
    private Matrices() {}

    /**
     * {@code rows} null = all rows. The rows go into an off-heap row-major matrix that XGBoost reads in
     * place (a Java {@code float[]} would be copied once more by JNI: at 8M rows x 8 features the two
     * coexisted, 2 x 256 MB), freed as soon as XGBoost has its own copy.
     */
    static DMatrix of(Dataset data, int[] rows) {
        int n = rows == null ? data.rows() : rows.length;
        int f = data.featureCount();
        BigDenseMatrix dense = null;
        try {
            dense = new BigDenseMatrix(n, f);
            for (int i = 0; i < n; i++) {
                int row = rows == null ? i : rows[i];
                long at = (long) i * f;
                for (int j = 0; j < f; j++) dense.set(at + j, data.value(row, j));
            }
            DMatrix matrix = new DMatrix(dense, Float.NaN);
            dense.dispose();
            dense = null;
            if (data.hasLabels()) matrix.setLabel(data.labels(rows));
            List<String> names = data.featureNames();
            if (names.stream().allMatch(Matrices::validName)) matrix.setFeatureNames(names.toArray(new String[0]));
            return matrix;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not take the data of " + data.source() + ": " + XgbErrors.clean(e), e);
        } finally {
            if (dense != null) dense.dispose();
        }
    }

    /** XGBoost refuses feature names with '[', ']' or '<' (its model dump syntax); such columns go unnamed. */
    private static boolean validName(String name) {
        return !name.isEmpty() && name.chars().noneMatch(c -> c == '[' || c == ']' || c == '<' || c == ',');
    }
}

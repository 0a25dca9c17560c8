package dev.sagedeck.xgboost;

import java.util.Arrays;

/**
 * The lesson's train/validation split: scikit-learn's {@code train_test_split(test_size=0.2,
 * random_state=seed)}, row for row. Validation takes the first ceil(20 %) of numpy's seeded
 * permutation, training the rest, as scikit-learn's ShuffleSplit does.
 */
record Split(int[] train, int[] validation) {
    static final double VALIDATION_SHARE = 0.2;

    static Split of(int rows, long seed) {
        if (rows < 2) {
            throw new IllegalArgumentException("training needs at least 2 data rows (one to train on, one to validate); the file has " + rows);
        }
        int[] order = NumpyPermutation.of(rows, seed);
        int validation = (int) Math.min(rows - 1, Math.ceil(rows * VALIDATION_SHARE));
        int[] val = Arrays.copyOfRange(order, 0, validation);
        int[] train = Arrays.copyOfRange(order, validation, rows);
        Arrays.sort(val); // row order does not change the model; sorted reads the columns front to back
        Arrays.sort(train);
        return new Split(train, val);
    }
}

package dev.sagedeck.xgboost;


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
        boolean[] isValidation = new boolean[rows];
        for (int i = 0; i < validation; i++) isValidation[order[i]] = true;
        // in file order (row order does not change the model; reading columns front to back is faster)
        int[] val = new int[validation];
        int[] train = new int[rows - validation];
        for (int row = 0, v = 0, t = 0; row < rows; row++) {
            if (isValidation[row]) val[v++] = row;
            else train[t++] = row;
        }
        return new Split(train, val);
    }
}

package dev.sagedeck.xgboost;

/**
 * {@code numpy.random.RandomState(seed).permutation(n)}, bit for bit: the MT19937 generator with
 * numpy's legacy seeding, and numpy's legacy Fisher-Yates shuffle that draws each index with a
 * bit mask and rejection. scikit-learn's {@code train_test_split(..., random_state=42)} (the
 * lesson's split) takes its validation rows from the front of this permutation, so reproducing it
 * gives the local run exactly the lesson's rows.
 */
final class NumpyPermutation {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int index = N;

    private NumpyPermutation(long seed) {
        mt[0] = (int) seed; // numpy's legacy seeding takes the seed as a 32-bit unsigned value
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
    }

    /**
     * The permutation of {@code 0..n-1}.
     *
     * @param seed 0 to 2^32 - 1, as numpy accepts (higher bits are ignored)
     */
    static int[] of(int n, long seed) {
        NumpyPermutation random = new NumpyPermutation(seed & 0xFFFFFFFFL);
        int[] values = new int[n];
        for (int i = 0; i < n; i++) values[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = (int) random.interval(i);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        return values;
    }

    /** numpy's legacy {@code random_interval(max)}: a uniform value in [0, max]. */
    private long interval(long max) {
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        long value;
        do {
            value = nextUnsigned32() & mask;
        } while (value > max);
        return value;
    }

    private long nextUnsigned32() {
        if (index >= N) twist();
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xFFFFFFFFL;
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (mt[i] & 0x80000000) | (mt[(i + 1) % N] & 0x7fffffff);
            mt[i] = mt[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
        }
        index = 0;
    }
}

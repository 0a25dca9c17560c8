package dev.sagedeck.data;

/**
 * The k-th smallest of a column's values without sorting them: two counting passes over the values'
 * bits (high 16, then low 16 within the one high bucket that holds rank k). Ordered as
 * {@code Arrays.sort(float[])} orders them (-0.0 before 0.0), NaN skipped. At 1M rows a sort of the
 * present Ages for their median was ~0.5 s of a training run's CPU in a fresh JVM; this is two passes.
 */
final class FloatSelection {
    private static final int BUCKETS = 1 << 16;

    private FloatSelection() {}

    /** How many of {@code values[0..size)} are not NaN. */
    static int present(float[] values, int size) {
        int n = 0;
        for (int i = 0; i < size; i++) if (!Float.isNaN(values[i])) n++;
        return n;
    }

    /** The value of rank {@code k} (0-based) among the non-NaN values of {@code values[0..size)}; k < {@link #present}. */
    static float kth(float[] values, int size, int k) {
        int[] counts = new int[BUCKETS];
        for (int i = 0; i < size; i++) {
            float v = values[i];
            if (!Float.isNaN(v)) counts[key(v) >>> 16]++;
        }
        int high = bucketOf(counts, k);
        int rank = k - below(counts, high);
        java.util.Arrays.fill(counts, 0);
        for (int i = 0; i < size; i++) {
            float v = values[i];
            if (!Float.isNaN(v)) {
                int key = key(v);
                if (key >>> 16 == high) counts[key & 0xffff]++;
            }
        }
        int low = bucketOf(counts, rank);
        return value(high << 16 | low);
    }

    /**
     * An unsigned int in the values' sort order: positive floats' bits already compare as
     * numbers; negative ones are flipped so that more negative is smaller, and all sit below 0.0.
     */
    private static int key(float v) {
        int bits = Float.floatToRawIntBits(v);
        return bits < 0 ? ~bits : bits | 0x80000000;
    }

    private static float value(int key) {
        return Float.intBitsToFloat(key < 0 ? key & 0x7fffffff : ~key);
    }

    /** The bucket holding rank {@code k} of the counted values. */
    private static int bucketOf(int[] counts, int k) {
        int seen = 0;
        for (int b = 0; b < counts.length; b++) {
            seen += counts[b];
            if (seen > k) return b;
        }
        throw new IllegalArgumentException("rank " + k + " of " + seen + " values");
    }

    private static int below(int[] counts, int bucket) {
        int n = 0;
        for (int b = 0; b < bucket; b++) n += counts[b];
        return n;
    }
}

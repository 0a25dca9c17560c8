package dev.sagedeck.app.view;

/** A tiny chart of the last values in one row of block characters (higher value, taller block). */
public final class Sparkline {
    private static final char[] BLOCKS = {'\u2581', '\u2582', '\u2583', '\u2584', '\u2585', '\u2586', '\u2587', '\u2588'};

    private Sparkline() {}

    public static String of(double[] all, int width) {
        if (all.length == 0 || width <= 0) {
            return "";
        }
        double[] tail = java.util.Arrays.copyOfRange(all, Math.max(0, all.length - width), all.length);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : tail) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        StringBuilder b = new StringBuilder();
        for (double v : tail) {
            if (!Double.isFinite(v)) {
                b.append('!'); // NaN or inf: divergence shows as a mark, not as a missing block
                continue;
            }
            int level = max > min ? (int) Math.round((v - min) / (max - min) * (BLOCKS.length - 1)) : BLOCKS.length / 2;
            b.append(BLOCKS[level]);
        }
        return b.toString();
    }
}

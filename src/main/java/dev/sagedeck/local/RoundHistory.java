package dev.sagedeck.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each configuration's objective per round, as its rounds come in, for the median rule (worker threads write, all read). */
final class RoundHistory {
    private final Map<Integer, double[]> byConfiguration = new ConcurrentHashMap<>();

    void record(int configuration, int round, double value) {
        byConfiguration.compute(configuration, (k, h) -> {
            double[] out = h == null ? new double[0] : h;
            if (out.length <= round) {
                int from = out.length;
                out = Arrays.copyOf(out, round + 1);
                Arrays.fill(out, from, round, Double.NaN);
            }
            out[round] = value;
            return out;
        });
    }

    /** Copies of the histories of the configurations numbered below {@code configuration}. */
    List<double[]> earlierThan(int configuration) {
        List<double[]> out = new ArrayList<>();
        byConfiguration.forEach((k, h) -> {
            if (k < configuration) out.add(h.clone());
        });
        return out;
    }
}

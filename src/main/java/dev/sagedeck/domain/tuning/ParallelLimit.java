package dev.sagedeck.domain.tuning;

import java.util.Locale;

/**
 * How many configurations a local search trains at once: what was asked, but no more than the
 * cores and no more than the memory left after the shared data allows, at least one. Each
 * configuration then gets {@code cores / parallel} XGBoost threads.
 *
 * @param parallel configurations at once
 * @param threads  XGBoost threads per configuration
 * @param reason   the limit in words, as the CLI and the search's log show it
 */
public record ParallelLimit(int parallel, int threads, String reason) {

    /**
     * @param asked           max parallel from the plan
     * @param cores           the machine's cores
     * @param availableBytes  memory available now
     * @param sharedBytes     the data held once for every configuration
     * @param perConfigBytes  one configuration's own memory (its matrices and trees)
     */
    public static ParallelLimit of(int asked, int cores, long availableBytes, long sharedBytes, long perConfigBytes) {
        int c = Math.max(1, cores);
        long byMemory = Math.max(1, (availableBytes - sharedBytes) / Math.max(1, perConfigBytes));
        int parallel = (int) Math.max(1, Math.min(asked, Math.min(c, byMemory)));
        String why = String.format(Locale.ROOT, "%d at once (asked %d; %d cores, %s available, ~%s per configuration besides %s of shared data)",
                parallel, asked, c, mb(availableBytes), mb(perConfigBytes), mb(sharedBytes));
        return new ParallelLimit(parallel, Math.max(1, c / parallel), why);
    }

    private static String mb(long bytes) {
        return bytes >= 10L << 30 ? (bytes >> 30) + " GB" : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }
}

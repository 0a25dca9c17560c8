package dev.sagedeck.cli;

import java.time.Duration;

/** Durations the way people read them in a table: {@code 45s}, {@code 3m12s}, {@code 2h05m}, {@code 3d04h}. */
final class Durations {
    private Durations() {}

    static String compact(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return "%dm%02ds".formatted(s / 60, s % 60);
        }
        if (s < 86400) {
            return "%dh%02dm".formatted(s / 3600, (s % 3600) / 60);
        }
        return "%dd%02dh".formatted(s / 86400, (s % 86400) / 3600);
    }
}

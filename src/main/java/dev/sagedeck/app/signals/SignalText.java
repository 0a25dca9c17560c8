package dev.sagedeck.app.signals;

import java.time.Duration;
import java.util.Locale;

/** The words of signals, in one place: titles, reasons and durations ("14 min", "1-3 min"). */
public final class SignalText {
    private SignalText() {}

    public static final String COMPLETED = "Completed";
    public static final String FAILED = "Failed: %s";
    public static final String FAILED_NO_REASON = "Failed";
    public static final String STOPPED = "Stopped";
    public static final String STALLED = "Stalled in %s";
    public static final String STALLED_VS_HISTORY = "%s for %s; your last %d comparable jobs took %s";
    public static final String STALLED_FIXED = "%s for %s; more than the %s sagedeck allows a phase without a history "
            + "(fewer than %d comparable jobs of yours)";
    public static final String SILENT = "Log silent";
    public static final String SILENT_DETAIL = "no log line for %s; it usually writes one at least every %s";
    public static final String RUNTIME = "Near its max runtime";
    public static final String RUNTIME_DETAIL = "running for %s of its %s max runtime (%d %%); it is stopped at the limit";
    public static final String COST = "Over budget";
    /** Where a per-job budget came from, in the cost signal's detail. */
    public static final String OWN_BUDGET = "this job's budget, set at launch";
    public static final String COST_DETAIL = "cost so far $%.2f (%s) passed the budget of $%.2f (%s)";

    public static final String WATCH_NOT_MINE = "sagedeck watch: %s belongs to %s; watch tells you only about your own jobs";
    public static final String WATCH_NOTHING = "name one or more jobs to wait for (sagedeck watch JOB...), or --all-mine to follow all your jobs";

    /** A duration for people: "45 s", "14 min", "2 h 05 min". */
    public static String duration(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min";
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    /** A range of durations in one unit where possible: "1-3 min", "40 s-2 min". */
    public static String range(long minSeconds, long maxSeconds) {
        if (minSeconds >= 60 && maxSeconds < 3600) {
            long lo = minSeconds / 60;
            long hi = (maxSeconds + 59) / 60;
            return lo == hi ? lo + " min" : lo + "\u2013" + hi + " min";
        }
        if (maxSeconds < 60) {
            return minSeconds == maxSeconds ? minSeconds + " s" : minSeconds + "\u2013" + maxSeconds + " s";
        }
        return duration(Duration.ofSeconds(minSeconds)) + "\u2013" + duration(Duration.ofSeconds(maxSeconds));
    }

    /** The first line of a failure reason, trimmed and cut to a readable length. */
    public static String firstLine(String reason) {
        if (reason == null) {
            return null;
        }
        String line = reason.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 199) + "\u2026" : line;
    }
}

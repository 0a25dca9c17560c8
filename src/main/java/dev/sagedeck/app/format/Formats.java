package dev.sagedeck.app.format;

import dev.sagedeck.domain.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How numbers read, in one place for the painters, the comparison table and the CLI: durations,
 * times, metrics, money, statuses with their glyphs, key names. Pure, below every screen package.
 */
public final class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private Formats() {}

    /** How long, as people read it, in every view and the CLI's text: 45s, 1m 05s, 1h 04m, 2d 03h. */
    public static String duration(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return "%dm %02ds".formatted(s / 60, s % 60);
        }
        if (s < 86400) {
            return "%dh %02dm".formatted(s / 3600, (s % 3600) / 60);
        }
        return "%dd %02dh".formatted(s / 86400, (s % 86400) / 3600);
    }

    public static String time(Instant t) {
        return t == null ? "-" : TIME.format(t) + " UTC";
    }

    public static String clock(Instant t) {
        return t == null ? "-" : CLOCK.format(t);
    }

    /** A status as glyph + word, so it reads without colour: "> InProgress", "x Failed". */
    public static String status(JobStatus s) {
        return glyph(s) + " " + s.text();
    }

    public static char glyph(JobStatus s) {
        if (JobStatus.IN_PROGRESS.equals(s)) {
            return '>';
        }
        if (JobStatus.COMPLETED.equals(s)) {
            return '+';
        }
        if (JobStatus.FAILED.equals(s)) {
            return 'x';
        }
        if (JobStatus.STOPPING.equals(s)) {
            return '~';
        }
        if (JobStatus.STOPPED.equals(s)) {
            return '-';
        }
        return '?';
    }

    /** A metric for people: 4 significant digits (0.8146, 12.35, 1235); JSON keeps the full value. */
    public static String metric(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        if (v == 0) {
            return "0";
        }
        double abs = Math.abs(v);
        if (abs < 1e-3 || abs >= 1e7) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(4));
        // 1.25 reads 1.250 next to 1.375: every metric shows the same 4 digits
        return (d.precision() < 4 ? d.setScale(d.scale() + 4 - d.precision()) : d).toPlainString();
    }

    public static String money(double dollars) {
        if (dollars < 0.01) {
            return String.format(Locale.ROOT, "$%.4f", dollars);
        }
        return String.format(Locale.ROOT, "$%.2f", dollars);
    }

    /** How a key looks in the key bar and help: "<Enter>" becomes "Enter". */
    public static String key(String code) {
        return dev.sagedeck.app.keys.KeyNames.display(new dev.sagedeck.app.keys.Key(code));
    }
}

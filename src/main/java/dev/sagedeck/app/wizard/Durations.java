package dev.sagedeck.app.wizard;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as the wizard's fields take them: "3600" (seconds), "90s", "30m", "1h", "1h30m", "2d". */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d{1,7})([dhms])");

    private Durations() {}

    public static OptionalLong seconds(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.matches("\\d{1,9}")) {
            return OptionalLong.of(Long.parseLong(t));
        }
        if (t.isEmpty() || !t.matches("(\\d{1,7}[dhms])+")) {
            return OptionalLong.empty();
        }
        long total = 0;
        Matcher m = PART.matcher(t);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "d": total += n * 86400; break;
                case "h": total += n * 3600; break;
                case "m": total += n * 60; break;
                default: total += n; break;
            }
        }
        return OptionalLong.of(total);
    }

    /** The shortest exact text for a number of seconds: 3600 -> "1h", 5400 -> "1h30m", 90 -> "1m30s". */
    public static String text(long seconds) {
        StringBuilder b = new StringBuilder();
        long s = seconds;
        if (s >= 86400 && s % 3600 == 0 && s % 86400 == 0) {
            return (s / 86400) + "d";
        }
        if (s >= 3600) {
            b.append(s / 3600).append('h');
            s %= 3600;
        }
        if (s >= 60) {
            b.append(s / 60).append('m');
            s %= 60;
        }
        if (s > 0 || b.length() == 0) {
            b.append(s).append('s');
        }
        return b.toString();
    }
}

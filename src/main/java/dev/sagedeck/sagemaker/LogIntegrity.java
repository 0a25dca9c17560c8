package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.LogLine;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one CloudWatch stream's events as they arrive, so that a log that may be incomplete says
 * so instead of looking whole: events delivered out of order (older than one already shown), the
 * same event delivered again (same timestamp and text as one from an earlier page or poll: dropped,
 * since GetLogEvents gives events no id), and a gap in the stream's sequence (XGBoost's round
 * counter {@code [N]} skipping rounds: lines are missing). Identical lines within one page are
 * kept: a program may print the same line twice in a millisecond.
 */
final class LogIntegrity {
    /** How many fingerprints of a stream's latest events are kept between polls (in the log cursor). */
    static final int REMEMBERED = 64;
    private static final Pattern ROUND = Pattern.compile("^\\[(\\d{1,9})\\]");

    /** What a stream's next events are checked against; carried between polls in the cursor. */
    record Memory(long lastMillis, int lastRound, List<Integer> recent) {
        static final Memory EMPTY = new Memory(Long.MIN_VALUE, -1, List.of());

        Memory {
            recent = List.copyOf(recent);
        }
    }

    private final String source;
    private long lastMillis;
    private int lastRound;
    private final Deque<Integer> recent;
    private final Set<Integer> seen;
    private int duplicates;
    private int late;
    private long latestLateMillis;
    private final List<String> gaps = new ArrayList<>();

    LogIntegrity(String source, Memory before) {
        Memory m = before == null ? Memory.EMPTY : before;
        this.source = source;
        this.lastMillis = m.lastMillis();
        this.lastRound = m.lastRound();
        this.recent = new ArrayDeque<>(m.recent());
        this.seen = new HashSet<>(m.recent());
    }

    /** The page's events minus re-deliveries, in the order they came; counts what it finds. */
    List<LogLine> page(List<LogLine> events) {
        List<LogLine> kept = new ArrayList<>(events.size());
        List<Integer> printed = new ArrayList<>(events.size());
        for (LogLine e : events) {
            long millis = e.time().toEpochMilli();
            int fingerprint = Objects.hash(millis, e.text());
            if (seen.contains(fingerprint)) {
                duplicates++;
                continue;
            }
            if (millis < lastMillis) {
                late++;
                latestLateMillis = Math.max(latestLateMillis, lastMillis - millis);
            }
            lastMillis = Math.max(lastMillis, millis);
            round(e.text());
            kept.add(e);
            printed.add(fingerprint);
        }
        for (int fingerprint : printed) {
            remember(fingerprint);
        }
        return kept;
    }

    private void round(String text) {
        Matcher m = ROUND.matcher(text);
        if (!m.find()) {
            return;
        }
        int round = Integer.parseInt(m.group(1));
        if (lastRound >= 0 && round > lastRound + 1) {
            gaps.add(round == lastRound + 2
                    ? String.format(Locale.ROOT, "%s: round [%d] is missing (CloudWatch delivered [%d], then [%d]); this log may be incomplete",
                            source, lastRound + 1, lastRound, round)
                    : String.format(Locale.ROOT, "%s: rounds [%d] to [%d] are missing (CloudWatch delivered [%d], then [%d]); this log may be incomplete",
                            source, lastRound + 1, round - 1, lastRound, round));
        }
        if (round > lastRound) {
            lastRound = round;
        }
    }

    private void remember(int fingerprint) {
        if (seen.add(fingerprint)) {
            recent.addLast(fingerprint);
        }
        while (recent.size() > REMEMBERED) {
            seen.remove(recent.removeFirst());
        }
    }

    /** What this read found, one note each, for the log pane and {@code logs}. */
    List<String> notes() {
        List<String> out = new ArrayList<>(gaps);
        if (late > 0) {
            out.add(String.format(Locale.ROOT, "%s: %d line%s arrived out of order (up to %s older than a line already shown)",
                    source, late, late == 1 ? "" : "s", age(latestLateMillis)));
        }
        if (duplicates > 0) {
            out.add(String.format(Locale.ROOT, "%s: %d line%s arrived twice; shown once", source, duplicates, duplicates == 1 ? "" : "s"));
        }
        return out;
    }

    Memory memory() {
        return new Memory(lastMillis, lastRound, new ArrayList<>(recent));
    }

    private static String age(long millis) {
        Duration d = Duration.ofMillis(millis);
        if (d.toSeconds() < 1) {
            return millis + " ms";
        }
        if (d.toMinutes() < 2) {
            return d.toSeconds() + " s";
        }
        return d.toMinutes() + " min";
    }
}

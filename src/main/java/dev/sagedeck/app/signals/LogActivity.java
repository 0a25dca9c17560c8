package dev.sagedeck.app.signals;

import dev.sagedeck.domain.LogLine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * When a job's log last said something and how long its gaps between lines usually are (the
 * 90th percentile of the last {@link #KEEP} gaps), from lines the dashboard or {@code watch} read
 * anyway. Fewer than {@link #MIN_GAPS} gaps: no usual gap yet, so no silence signal.
 */
public record LogActivity(Instant last, List<Long> gapsMillis) {
    static final int KEEP = 200;
    static final int MIN_GAPS = 10;
    public static final LogActivity NONE = new LogActivity(null, List.of());

    public LogActivity {
        gapsMillis = List.copyOf(gapsMillis);
    }

    /** This activity with {@code lines} (in time order) seen. */
    public LogActivity seen(List<LogLine> lines) {
        if (lines.isEmpty()) {
            return this;
        }
        Instant at = last;
        List<Long> gaps = new ArrayList<>(gapsMillis);
        for (LogLine l : lines) {
            if (l.time() == null || Instant.EPOCH.equals(l.time())) {
                continue;
            }
            if (at != null && !l.time().isBefore(at)) {
                gaps.add(Duration.between(at, l.time()).toMillis());
            }
            if (at == null || l.time().isAfter(at)) {
                at = l.time();
            }
        }
        if (gaps.size() > KEEP) {
            gaps = new ArrayList<>(gaps.subList(gaps.size() - KEEP, gaps.size()));
        }
        return new LogActivity(at, gaps);
    }

    /** The usual gap between lines, or null with too few lines to tell. */
    public Duration usualGap() {
        if (gapsMillis.size() < MIN_GAPS) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(gapsMillis);
        Collections.sort(sorted);
        return Duration.ofMillis(sorted.get((int) Math.floor(0.9 * (sorted.size() - 1))));
    }
}

package dev.sagedeck.app;

import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Log pane transitions: new lines arriving, scrolling (which pauses follow), search and toggles. */
final class LogUpdate {
    private LogUpdate() {}

    static AppState read(AppState s, String name, LogChunk chunk, List<RoundMetrics.Sample> rounds) {
        LogPane p = s.logs();
        if (p == null || !p.job().equals(name)) {
            return s; // the pane moved on to another job: this chunk is no longer wanted
        }
        List<String> notes = new ArrayList<>(p.notes());
        for (String note : chunk.notes()) {
            if (!notes.contains(note)) {
                notes.add(note);
            }
        }
        LogBuffer buffer = p.buffer().append(chunk.lines());
        long droppedNow = buffer.dropped() - p.buffer().dropped();
        int top = p.follow() ? p.top() : (int) Math.max(0, p.top() - droppedNow);
        TrainingJob job = s.job() != null ? s.job().job() : null;
        LogPane next = p.with(buffer, chunk.next(), chunk.complete(), notes)
                .withScroll(p.follow(), top)
                .withNextPoll(s.now().plus(Refresh.logPoll(job)));
        // the job's metric series lives with the list (its sparkline); the plot reads it from there
        MetricSeries before = s.list().series().getOrDefault(name, MetricSeries.EMPTY);
        MetricSeries after = before.appendRounds(rounds);
        return after == before ? s.withLogs(next) : s.withLogs(next).withList(s.list().withSeries(name, after));
    }

    static int lastTop(AppState s, LogPane p) {
        int rows = Layout.of(s).logRows();
        return Math.max(0, visibleCount(p) - rows);
    }

    /** Lines after the instance filter (the buffer itself is never filtered). */
    static int visibleCount(LogPane p) {
        if (p.source() == null) {
            return p.buffer().size();
        }
        int n = 0;
        for (int i = 0; i < p.buffer().size(); i++) {
            if (p.source().equals(p.buffer().source(i))) {
                n++;
            }
        }
        return n;
    }

    static AppState scroll(AppState s, int delta) {
        LogPane p = s.logs();
        int start = p.follow() ? lastTop(s, p) : p.top();
        int top = Math.min(lastTop(s, p), Math.max(0, start + delta));
        // scrolling up pauses follow; reaching the end again does not resume it (G / End does)
        return s.withLogs(p.withScroll(false, top));
    }

    static AppState follow(AppState s) {
        return s.withLogs(s.logs().withScroll(true, 0));
    }

    static AppState top(AppState s) {
        return s.withLogs(s.logs().withScroll(false, 0));
    }

    /** Jumps to the next (or previous) line containing the search text and keeps it in view. */
    static AppState findNext(AppState s, boolean forward) {
        LogPane p = s.logs();
        if (p.search().isEmpty() || p.buffer().size() == 0) {
            return s;
        }
        String needle = p.search().toLowerCase(Locale.ROOT);
        int n = p.buffer().size();
        int from = p.match() >= 0 ? p.match() : (p.follow() ? n - 1 : p.top());
        for (int step = 1; step <= n; step++) {
            int i = Math.floorMod(from + (forward ? step : -step), n);
            if ((p.source() == null || p.source().equals(p.buffer().source(i)))
                    && p.buffer().text(i).toLowerCase(Locale.ROOT).contains(needle)) {
                int rows = Layout.of(s).logRows();
                int top = Math.max(0, Math.min(i - rows / 2, lastTop(s, p)));
                return s.withLogs(p.withSearch(p.search(), false, i).withScroll(false, top));
            }
        }
        return s.withLogs(p.withSearch(p.search(), false, -1)).withFlash(Text.NO_MATCH.formatted(p.search()));
    }

    /** Cycles the instance filter: all, then each instance seen in the log. */
    static AppState nextSource(AppState s) {
        LogPane p = s.logs();
        List<String> sources = p.buffer().sources();
        String next;
        if (sources.isEmpty()) {
            next = null;
        } else if (p.source() == null) {
            next = sources.get(0);
        } else {
            int i = sources.indexOf(p.source());
            next = i + 1 < sources.size() ? sources.get(i + 1) : null;
        }
        return s.withLogs(p.withDisplay(p.wrap(), p.timestamps(), next).withScroll(true, 0))
                .withFlash(next == null ? Text.ALL_INSTANCES : Text.ONE_INSTANCE.formatted(next));
    }
}

package dev.sagedeck.app;

import dev.sagedeck.domain.LogCursor;
import java.time.Instant;
import java.util.List;

/**
 * The log of the open job: the bounded buffer, where the next read starts, whether the pane follows
 * new lines or is scrolled (top = first visible line), the search, display switches, the instance
 * filter, notes such as "new instance stream discovered", and whether the log is complete.
 */
public record LogPane(
        String job,
        LogBuffer buffer,
        LogCursor cursor,
        boolean follow,
        int top,
        dev.sagedeck.app.keys.TextField searchField,
        boolean editingSearch,
        int match,
        boolean wrap,
        boolean timestamps,
        String source,
        List<String> notes,
        boolean complete,
        String error,
        Instant nextPoll) {

    public static final int DEFAULT_CAP = 1_000_000;

    public LogPane {
        notes = List.copyOf(notes);
    }

    public static LogPane open(String job) {
        return new LogPane(job, LogBuffer.empty(DEFAULT_CAP), LogCursor.START, true, 0, dev.sagedeck.app.keys.TextField.EMPTY, false, -1,
                false, false, null, List.of(), false, null, Instant.EPOCH);
    }

    public LogPane with(LogBuffer b, LogCursor c, boolean done, List<String> n) {
        return new LogPane(job, b, c, follow, top, searchField, editingSearch, match, wrap, timestamps, source, n, done, null, nextPoll);
    }

    public LogPane withScroll(boolean f, int t) {
        return new LogPane(job, buffer, cursor, f, Math.max(0, t), searchField, editingSearch, match, wrap, timestamps, source, notes, complete, error, nextPoll);
    }

    /** The search's text. */
    public String search() {
        return searchField.text();
    }

    public LogPane withSearch(String s, boolean editing, int m) {
        return withSearchField(dev.sagedeck.app.keys.TextField.of(s), editing, m);
    }

    public LogPane withSearchField(dev.sagedeck.app.keys.TextField s, boolean editing, int m) {
        return new LogPane(job, buffer, cursor, follow, top, s, editing, m, wrap, timestamps, source, notes, complete, error, nextPoll);
    }

    public LogPane withDisplay(boolean w, boolean t, String src) {
        return new LogPane(job, buffer, cursor, follow, top, searchField, editingSearch, match, w, t, src, notes, complete, error, nextPoll);
    }

    public LogPane withError(String e) {
        return new LogPane(job, buffer, cursor, follow, top, searchField, editingSearch, match, wrap, timestamps, source, notes, complete, e, nextPoll);
    }

    public LogPane withNextPoll(Instant at) {
        return new LogPane(job, buffer, cursor, follow, top, searchField, editingSearch, match, wrap, timestamps, source, notes, complete, error, at);
    }
}

package dev.sagedeck.app.view;

import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.Rect;
import dev.sagedeck.app.InertText;
import dev.sagedeck.app.LogPane;
import dev.sagedeck.domain.LogLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the log pane: the last lines while following, else from the scrolled position; every line
 * made inert, optionally wrapped, with timestamps and instance tags, and search matches marked.
 * Only the lines that fit are looked at, so a million-line buffer draws as fast as a short one.
 */
final class LogPainter {
    private LogPainter() {}

    static void paint(Canvas c, LogPane p, Rect area, String jobName) {
        String state = p.follow() ? (p.complete() ? "complete" : "following") : "paused - G to follow";
        String title = "Log (" + state + (p.source() == null ? "" : ", " + p.source() + " only") + ")";
        c.box(area, JobViewPainter.title(title, jobName, area.width()), Role.BORDER_FOCUS, Role.TITLE);
        Rect in = area.inner();
        if (in.isEmpty()) {
            return;
        }
        List<Line> notes = new ArrayList<>();
        notes(p).forEach(n -> notes.addAll(TextFit.wrap(n, in.width() - 2, 6)));
        int rows = in.height() - Math.min(notes.size(), Math.max(0, in.height() - 1));
        int y = in.y();
        for (int i = 0; i < notes.size() && y < in.y() + in.height() - 1; i++) {
            notes.get(i).draw(c, in.x() + 1, y++, in.width() - 2);
        }
        if (p.buffer().size() == 0) {
            String msg = p.error() != null ? "Could not read the log: " + p.error() : p.complete() ? "The log is empty." : "Waiting for log lines ...";
            c.put(in.x() + 1, y, TextFit.words(msg, in.width() - 2), p.error() != null ? Role.ERROR : Role.DIM, in.width() - 2);
            return;
        }
        boolean multiSource = p.buffer().sources().size() > 1;
        List<Line> shown = visibleLines(p, rows, in.width() - 2, multiSource);
        for (Line l : shown) {
            l.draw(c, in.x() + 1, y++, in.width() - 2);
        }
    }

    private static List<Line> notes(LogPane p) {
        List<Line> out = new ArrayList<>();
        if (p.buffer().dropped() > 0) {
            out.add(Line.of("note: " + p.buffer().dropped() + " earlier lines dropped to bound memory", Role.NOTE));
        }
        for (String n : p.notes()) {
            out.add(Line.of("note: " + n, Role.NOTE));
        }
        if (p.error() != null && p.buffer().size() > 0) {
            out.add(Line.of("! " + p.error(), Role.ERROR));
        }
        return out;
    }

    /** The rows to draw: walk back from the end (following) or forward from top, wrapping if asked. */
    private static List<Line> visibleLines(LogPane p, int rows, int width, boolean multiSource) {
        List<Line> out = new ArrayList<>();
        int n = p.buffer().size();
        if (p.follow()) {
            for (int i = n - 1; i >= 0 && out.size() < rows; i--) {
                LogLine l = p.buffer().get(i);
                if (p.source() != null && !p.source().equals(l.source())) {
                    continue;
                }
                List<Line> pieces = render(p, i, l, width, multiSource);
                for (int k = pieces.size() - 1; k >= 0 && out.size() < rows; k--) {
                    out.add(0, pieces.get(k));
                }
            }
            return out;
        }
        // without an instance filter the scroll position is a line index: start there directly
        int skipped = p.source() == null ? p.top() : 0;
        for (int i = p.source() == null ? p.top() : 0; i < n && out.size() < rows; i++) {
            LogLine l = p.buffer().get(i);
            if (p.source() != null && !p.source().equals(l.source())) {
                continue;
            }
            if (skipped++ < p.top()) {
                continue;
            }
            for (Line piece : render(p, i, l, width, multiSource)) {
                if (out.size() < rows) {
                    out.add(piece);
                }
            }
        }
        return out;
    }

    private static List<Line> render(LogPane p, int index, LogLine l, int width, boolean multiSource) {
        StringBuilder prefix = new StringBuilder();
        if (p.timestamps() && l.time() != null) {
            prefix.append(Formats.clock(l.time())).append(' ');
        }
        if (multiSource && l.source() != null) {
            prefix.append('[').append(l.source()).append("] ");
        }
        // CloudWatch shows the container's tabs as #011; XGBoost round lines read better as columns.
        // InertText here is for layout, not safety (the canvas does that): tabs expanded and a 1 MB
        // line cut before the wrap below measures it
        String text = InertText.of(l.readableText());
        boolean current = index == p.match();
        Role base = current ? Role.CURRENT_MATCH : Role.NORMAL;
        Line line = highlight(Line.of(prefix.toString(), Role.DIM), text, p.search(), base);
        // wrapping splits only a token wider than the pane: a log line must not lose characters
        return p.wrap() ? TextFit.split(line, width, prefix.length() + 2) : List.of(line);
    }

    private static Line highlight(Line line, String text, String search, Role base) {
        if (search == null || search.isEmpty()) {
            return line.plus(text, base);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String needle = search.toLowerCase(Locale.ROOT);
        int from = 0;
        Line out = line;
        int at;
        while ((at = lower.indexOf(needle, from)) >= 0) {
            out = out.plus(text.substring(from, at), base).plus(text.substring(at, at + needle.length()), Role.MATCH);
            from = at + needle.length();
        }
        return out.plus(text.substring(from), base);
    }
}

package dev.sagedeck.app.view;

import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.Rect;
import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Text;
import dev.sagedeck.app.keys.Binding;
import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.keys.Key;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The help screen: every key of the view underneath, with what it does (from the key bindings). */
final class HelpPainter {
    private HelpPainter() {}

    static void paint(Canvas c, AppState s, Rect area) {
        c.box(area, Text.HELP_TITLE + " - " + name(s.underHelp()) + " (Esc or ? closes)", Role.BORDER_FOCUS, Role.TITLE);
        Rect in = area.inner();
        List<Binding> bindings = new ArrayList<>(s.session().keymap().forView(s.underHelp()));
        if (s.underHelp() == View.JOB) {
            for (Binding b : s.session().keymap().forView(View.LOGS)) {
                if (!bindings.contains(b)) {
                    bindings.add(b);
                }
            }
        }
        List<Row> rows = grouped(bindings, s);
        int colWidth = in.width() >= 100 ? in.width() / 2 : in.width();
        int room = in.height() - (s.session().readOnly() ? 1 : 0);
        List<Line> lines = lines(rows, s, colWidth);
        if (colWidth == in.width() && lines.size() > room) {
            lines = lines(compactMoves(rows), s, colWidth); // one column too short: the movement keys share one line
        }
        int capacity = colWidth == in.width() ? room : 2 * room;
        if (lines.size() > capacity && room > 1) {
            // no key may go unmentioned: the last row says how many more there are and where to find them
            int shown = capacity - 1;
            while (shown > 0 && lines.get(shown).text().startsWith(" ")) {
                shown--; // an entry is shown whole or counted among the rest
            }
            int more = countRows(lines) - countRows(lines.subList(0, shown));
            lines = new ArrayList<>(lines.subList(0, shown));
            lines.add(Line.of(Text.HELP_MORE.formatted(more), Role.NOTE));
        }
        int y = in.y();
        int col = 0;
        for (Line l : lines) {
            if (y >= in.y() + room) {
                if (colWidth == in.width() || ++col > 1) {
                    break;
                }
                y = in.y();
            }
            l.draw(c, in.x() + 1 + col * colWidth, y++, colWidth - 2);
        }
        if (s.session().readOnly()) {
            c.put(in.x() + 1, in.y() + in.height() - 1, "Read-only mode: stop and launch are disabled.", Role.WARN, in.width() - 2);
        }
    }

    /** Entries among help lines: a continuation line (a wrapped help text) starts with spaces. */
    private static int countRows(List<Line> lines) {
        return (int) lines.stream().filter(l -> !l.text().startsWith(" ")).count();
    }

    /** One help line: the keys of an action, what it does, and whether read-only mode refuses it. */
    private record Row(Action action, String keys, String help, boolean disabled) {}

    /** One entry per row, its help wrapped under itself when the column is narrow. */
    private static List<Line> lines(List<Row> rows, AppState s, int colWidth) {
        List<Line> out = new ArrayList<>();
        for (Row r : rows) {
            String text = r.help() + (r.disabled() ? " (disabled: read-only)" : "");
            Line l = Line.of(TextFit.pad(r.keys(), 10) + " ", Role.KEY).plus(text, r.disabled() ? Role.DIM : Role.NORMAL);
            out.addAll(TextFit.wrap(l, colWidth - 2, 11));
        }
        return out;
    }

    private static final Set<Action> MOVES = EnumSet.of(Action.UP, Action.DOWN, Action.PAGE_UP, Action.PAGE_DOWN, Action.TOP, Action.BOTTOM);

    private static List<Row> compactMoves(List<Row> rows) {
        List<Row> out = new ArrayList<>();
        boolean added = false;
        for (Row r : rows) {
            if (!MOVES.contains(r.action())) {
                out.add(r);
            } else if (!added) {
                added = true;
                out.add(new Row(r.action(), "k j g G", "move: up, down, first, last (also arrows, PageUp/PageDown, Home/End)", false));
            }
        }
        return out;
    }

    /** One row per action: the keys of its bindings joined ("k, Up"), the help text of the first binding. */
    private static List<Row> grouped(List<Binding> bindings, AppState s) {
        Map<Action, Row> byAction = new LinkedHashMap<>();
        for (Binding b : bindings) {
            Row seen = byAction.get(b.action());
            List<String> keys = new ArrayList<>(seen == null ? List.of() : List.of(seen.keys().split(", ")));
            for (Key k : b.keys()) {
                String name = Formats.key(k.code());
                if (!keys.contains(name)) {
                    keys.add(name);
                }
            }
            Row first = seen != null ? seen : new Row(b.action(), "", b.help(), !s.session().keymap().enabled(b));
            byAction.put(b.action(), new Row(first.action(), String.join(", ", keys), first.help(), first.disabled()));
        }
        return new ArrayList<>(byAction.values());
    }

    private static String name(View v) {
        switch (v) {
            case JOB:
                return "job view";
            case LOGS:
                return "log";
            case COMPARE:
                return "comparison";
            case WIZARD:
                return "launch wizard";
            default:
                return "job list";
        }
    }
}

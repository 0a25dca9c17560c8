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

/** The help screen: every key of the view underneath, with what it does (from the key bindings); it scrolls when they do not fit. */
final class HelpPainter {
    private HelpPainter() {}

    static void paint(Canvas c, AppState s, Rect area) {
        c.box(area, Text.HELP_TITLE + " - " + name(s.underHelp()) + " (Esc or ? closes)", Role.BORDER_FOCUS, Role.TITLE);
        Rect in = area.inner();
        Page p = page(s, in);
        int y = in.y();
        int col = 0;
        if (p.columns() == 2) {
            for (Line l : p.lines()) {
                if (y >= in.y() + p.room()) {
                    col++;
                    y = in.y();
                }
                l.draw(c, in.x() + 1 + col * p.width(), y++, p.width() - 2);
            }
        } else {
            int scroll = Math.min(s.helpScroll(), p.maxScroll());
            int shown = p.maxScroll() == 0 ? p.room() : p.room() - 1;
            for (int i = 0; i < shown && scroll + i < p.lines().size(); i++) {
                p.lines().get(scroll + i).draw(c, in.x() + 1, y++, p.width() - 2);
            }
            if (p.maxScroll() > 0) {
                // the last row says where the rest is: more below (and how to get there), or the end
                int below = p.lines().size() - scroll - shown;
                String note = below > 0 ? Text.HELP_MORE_BELOW.formatted(below, keys(s, Action.DOWN, Action.PAGE_DOWN))
                        : Text.HELP_END.formatted(keys(s, Action.UP, Action.PAGE_UP));
                c.put(in.x() + 1, in.y() + shown, TextFit.words(note, p.width() - 2), Role.NOTE, p.width() - 2);
            }
        }
        if (s.session().readOnly()) {
            c.put(in.x() + 1, in.y() + in.height() - 1, "Read-only mode: stop and launch are disabled.", Role.WARN, in.width() - 2);
        }
    }

    /** The keys that scroll the help, as the key map has them ("j/PgDn"). */
    private static String keys(AppState s, Action line, Action page) {
        List<String> out = new ArrayList<>();
        for (Action a : List.of(line, page)) {
            s.session().keymap().keyFor(a, View.HELP).ifPresent(k -> out.add(Formats.key(k.code())));
        }
        return String.join("/", out);
    }

    /** The help's lines as laid out in {@code in}: one or two columns of {@code width}, {@code room} rows each. */
    private record Page(List<Line> lines, int columns, int width, int room) {
        /** One column scrolls when it does not fit, its last row kept for the "more below" note. */
        int maxScroll() {
            return columns == 2 || lines.size() <= room ? 0 : Math.max(0, lines.size() - (room - 1));
        }
    }

    private static Page page(AppState s, Rect in) {
        List<Binding> bindings = new ArrayList<>(s.session().keymap().forView(s.underHelp()));
        if (s.underHelp() == View.JOB) {
            for (Binding b : s.session().keymap().forView(View.LOGS)) {
                if (!bindings.contains(b)) {
                    bindings.add(b);
                }
            }
        }
        List<Row> rows = grouped(bindings, s);
        int room = Math.max(1, in.height() - (s.session().readOnly() ? 1 : 0));
        if (in.width() >= 100) {
            List<Line> two = lines(rows, s, in.width() / 2);
            if (two.size() <= 2 * room) {
                return new Page(two, 2, in.width() / 2, room);
            }
        }
        List<Line> lines = lines(rows, s, in.width());
        if (lines.size() > room) {
            lines = lines(compactMoves(rows), s, in.width()); // too long for one screen: the movement keys share one line
        }
        return new Page(lines, 1, in.width(), room);
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
                out.add(new Row(r.action(), "k j g G", "move: up, down, first, last (also arrows, PgUp/PgDn, Home/End)", false));
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
            case TUNING:
                return "tuning job";
            default:
                return "job list";
        }
    }
}

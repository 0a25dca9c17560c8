package dev.sagedeck.app.view;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.Text;
import dev.sagedeck.app.keys.Binding;
import dev.sagedeck.app.keys.Binding.View;
import java.util.ArrayList;
import java.util.List;

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
        List<Binding> rows = grouped(bindings);
        int colWidth = in.width() >= 100 ? in.width() / 2 : in.width();
        int room = in.height() - (s.session().readOnly() ? 1 : 0);
        List<Line> lines = lines(rows, s, colWidth);
        if (colWidth == in.width() && lines.size() > room) {
            lines = lines(compactMoves(rows), s, colWidth); // one column too short: the movement keys share one line
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

    /** One binding per entry, its help wrapped under itself when the column is narrow. */
    private static List<Line> lines(List<Binding> rows, AppState s, int colWidth) {
        List<Line> out = new ArrayList<>();
        for (Binding b : rows) {
            boolean disabled = b.dangerous() && s.session().readOnly();
            String text = b.help() + (disabled ? " (disabled: read-only)" : "");
            Line l = Line.of(Formats.pad(b.key().code(), 10) + " ", Role.KEY).plus(text, disabled ? Role.DIM : Role.NORMAL);
            out.addAll(TextFit.wrap(l, colWidth - 2, 11));
        }
        return out;
    }

    private static final java.util.Set<dev.sagedeck.app.keys.Action> MOVES = java.util.EnumSet.of(
            dev.sagedeck.app.keys.Action.UP, dev.sagedeck.app.keys.Action.DOWN, dev.sagedeck.app.keys.Action.PAGE_UP,
            dev.sagedeck.app.keys.Action.PAGE_DOWN, dev.sagedeck.app.keys.Action.TOP, dev.sagedeck.app.keys.Action.BOTTOM);

    private static List<Binding> compactMoves(List<Binding> rows) {
        List<Binding> out = new ArrayList<>();
        boolean added = false;
        for (Binding b : rows) {
            if (!MOVES.contains(b.action())) {
                out.add(b);
            } else if (!added) {
                added = true;
                out.add(new Binding(new dev.sagedeck.app.keys.Key("k j g G"), b.action(), b.views(), "move",
                        "move: up, down, first, last (also arrows, PageUp/PageDown, Home/End)", false, false));
            }
        }
        return out;
    }

    /** One line per action: its keys joined ("k, Up"), the help text of the first binding. */
    private static List<Binding> grouped(List<Binding> bindings) {
        java.util.Map<dev.sagedeck.app.keys.Action, Binding> byAction = new java.util.LinkedHashMap<>();
        for (Binding b : bindings) {
            Binding seen = byAction.get(b.action());
            String key = Formats.key(b.key().code());
            if (seen == null) {
                byAction.put(b.action(), new Binding(new dev.sagedeck.app.keys.Key(key), b.action(), b.views(), b.label(), b.help(), b.dangerous(), b.inKeyBar()));
            } else if (!seen.key().code().contains(key)) {
                byAction.put(b.action(), new Binding(new dev.sagedeck.app.keys.Key(seen.key().code() + ", " + key), b.action(),
                        seen.views(), seen.label(), seen.help(), seen.dangerous(), seen.inKeyBar()));
            }
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

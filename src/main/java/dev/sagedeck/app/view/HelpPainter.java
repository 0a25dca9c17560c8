package dev.sagedeck.app.view;

import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.Rect;
import dev.sagedeck.app.AppState;
import dev.sagedeck.app.HelpPage;
import dev.sagedeck.app.Text;
import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.keys.Binding.View;
import java.util.ArrayList;
import java.util.List;

/** The help screen: {@link HelpPage}'s rows in colour, in one column that scrolls or two; the last row says what is below. */
final class HelpPainter {
    private HelpPainter() {}

    static void paint(Canvas c, AppState s, Rect area) {
        c.box(area, Text.HELP_TITLE + " - " + name(s.underHelp()) + " (Esc or ? closes)", Role.BORDER_FOCUS, Role.TITLE);
        Rect in = area.inner();
        HelpPage p = HelpPage.of(s, in);
        int y = in.y();
        int col = 0;
        if (p.columns() == 2) {
            for (HelpPage.Line l : p.lines()) {
                if (y >= in.y() + p.room()) {
                    col++;
                    y = in.y();
                }
                line(l).draw(c, in.x() + 1 + col * p.width(), y++, p.width() - 2);
            }
        } else {
            int scroll = Math.min(s.helpScroll(), p.maxScroll());
            int shown = p.maxScroll() == 0 ? p.room() : p.room() - 1;
            for (int i = 0; i < shown && scroll + i < p.lines().size(); i++) {
                line(p.lines().get(scroll + i)).draw(c, in.x() + 1, y++, p.width() - 2);
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

    /** A row of the help's layout with its colours: the keys, then the help text (dim when read-only refuses it). */
    private static Line line(HelpPage.Line l) {
        String text = l.row().text();
        Line out = Line.blank();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || l.isKey(i) != l.isKey(start)) {
                out = out.plus(text.substring(start, i), l.isKey(start) ? Role.KEY : l.disabled() ? Role.DIM : Role.NORMAL);
                start = i;
            }
        }
        return out;
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

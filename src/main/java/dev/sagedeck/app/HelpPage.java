package dev.sagedeck.app;

import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.format.Wrap;
import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.keys.Binding;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.keys.Key;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The help screen laid out: every key of the view underneath with what it does (from the key
 * bindings), wrapped by {@link Wrap} into one column or two. The one layout of help: the painter
 * draws it and the reducer stops the scroll at its last line.
 */
public record HelpPage(List<HelpPage.Line> lines, int columns, int width, int room) {
    /** Cells of a row's keys (padded) and the space after them; a wrapped help text continues under its own start. */
    public static final int KEYS = 11;

    /** One row on the screen: its text and, for each character, where it came from (below {@link #KEYS}: the keys). */
    public record Line(Wrap.Row row, boolean disabled) {
        /** Whether character {@code i} of this row belongs to the keys rather than the help text. */
        public boolean isKey(int i) {
            return row.from()[i] < KEYS;
        }
    }

    /** One column scrolls when it does not fit, its last row kept for the "more below" note. */
    public int maxScroll() {
        return columns == 2 || lines.size() <= room ? 0 : Math.max(0, lines.size() - (room - 1));
    }

    /** The help as it is shown in the state's layout. */
    public static HelpPage of(AppState s) {
        return of(s, Layout.of(s).whole().inner());
    }

    /** The help's lines inside {@code in}: two columns when the width allows and they fit, else one that may scroll. */
    public static HelpPage of(AppState s, Rect in) {
        List<Binding> bindings = new ArrayList<>(s.session().keymap().forView(s.underHelp()));
        if (s.underHelp() == View.JOB) {
            for (Binding b : s.session().keymap().forView(View.LOGS)) {
                if (!bindings.contains(b)) {
                    bindings.add(b);
                }
            }
        }
        List<Entry> entries = grouped(bindings, s);
        int room = Math.max(1, in.height() - (s.session().readOnly() ? 1 : 0));
        if (in.width() >= 100) {
            List<Line> two = lines(entries, in.width() / 2);
            if (two.size() <= 2 * room) {
                return new HelpPage(two, 2, in.width() / 2, room);
            }
        }
        List<Line> lines = lines(entries, in.width());
        if (lines.size() > room) {
            lines = lines(compactMoves(entries), in.width()); // too long for one screen: the movement keys share one line
        }
        return new HelpPage(lines, 1, in.width(), room);
    }

    /** One action: its keys, what it does, and whether read-only mode refuses it. */
    private record Entry(Action action, String keys, String help, boolean disabled) {}

    /** One entry per row, its help wrapped under itself when the column is narrow. */
    private static List<Line> lines(List<Entry> entries, int colWidth) {
        List<Line> out = new ArrayList<>();
        for (Entry e : entries) {
            String text = Wrap.pad(e.keys(), KEYS - 1) + " " + e.help() + (e.disabled() ? " (disabled: read-only)" : "");
            for (Wrap.Row r : Wrap.rows(text, colWidth - 2, KEYS)) {
                out.add(new Line(r, e.disabled()));
            }
        }
        return out;
    }

    private static final Set<Action> MOVES = EnumSet.of(Action.UP, Action.DOWN, Action.PAGE_UP, Action.PAGE_DOWN, Action.TOP, Action.BOTTOM);

    private static List<Entry> compactMoves(List<Entry> entries) {
        List<Entry> out = new ArrayList<>();
        boolean added = false;
        for (Entry e : entries) {
            if (!MOVES.contains(e.action())) {
                out.add(e);
            } else if (!added) {
                added = true;
                out.add(new Entry(e.action(), "k j g G", "move: up, down, first, last (also arrows, PgUp/PgDn, Home/End)", false));
            }
        }
        return out;
    }

    /** One entry per action: the keys of its bindings joined ("k, Up"), the help text of the first binding. */
    private static List<Entry> grouped(List<Binding> bindings, AppState s) {
        Map<Action, Entry> byAction = new LinkedHashMap<>();
        for (Binding b : bindings) {
            Entry seen = byAction.get(b.action());
            List<String> keys = new ArrayList<>(seen == null ? List.of() : List.of(seen.keys().split(", ")));
            for (Key k : b.keys()) {
                String name = Formats.key(k.code());
                if (!keys.contains(name)) {
                    keys.add(name);
                }
            }
            Entry first = seen != null ? seen : new Entry(b.action(), "", b.help(), !s.session().keymap().enabled(b));
            byAction.put(b.action(), new Entry(first.action(), String.join(", ", keys), first.help(), first.disabled()));
        }
        return new ArrayList<>(byAction.values());
    }
}

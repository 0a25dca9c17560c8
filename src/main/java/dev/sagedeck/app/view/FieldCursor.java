package dev.sagedeck.app.view;

import dev.sagedeck.app.keys.TextField;

/**
 * How a text field shows where typing goes: a trailing {@code _} while the cursor is at the end,
 * else the character under the cursor drawn selected; a pre-filled value that typing would replace
 * is drawn selected as a whole, as a form shows a selected value.
 */
final class FieldCursor {
    private FieldCursor() {}

    /** The field's text as drawn: with the {@code _} cursor when it sits at the end. */
    static String shown(TextField f) {
        return f.cursorAtEnd() ? f.text() + "_" : f.text();
    }

    /** Draws the cursor (or the selection) over the field's text, when it starts at {@code x} (and left of {@code maxX}). */
    static void draw(Canvas c, int x, int y, TextField f, int maxX) {
        if (f.selected()) {
            c.put(x, y, f.text(), Role.SELECTED, Math.max(0, maxX - x));
            return;
        }
        if (f.cursorAtEnd()) {
            return;
        }
        int cx = x + Canvas.widthOf(f.text().substring(0, f.cursor()));
        if (cx < maxX) {
            c.put(cx, y, String.valueOf(f.text().charAt(f.cursor())), Role.SELECTED);
        }
    }

    /** The field as spans of a line, in {@code role}, with its cursor or selection: for painters that build lines. */
    static Line spans(Line before, TextField f, Role role) {
        if (f.selected()) {
            return before.plus(f.text(), Role.SELECTED).plus("_", role);
        }
        if (f.cursorAtEnd()) {
            return before.plus(f.text() + "_", role);
        }
        int c = f.cursor();
        return before.plus(f.text().substring(0, c), role).plus(f.text().substring(c, c + 1), Role.SELECTED)
                .plus(f.text().substring(c + 1), role);
    }

    /**
     * The part of a long field that fits {@code width} cells with its cursor: at the end, the text's
     * end (a path shows the name being typed); elsewhere the text around the cursor, "…" where cut.
     */
    static TextField window(TextField f, int width) {
        if (Canvas.widthOf(shown(f)) <= width || width < 3) {
            return f;
        }
        String t = f.text();
        if (f.cursorAtEnd()) {
            String tail = TextFit.tail(t, width - 1);
            return new TextField(tail, tail.length(), Integer.MAX_VALUE, f.selected());
        }
        int from = Math.max(0, Math.min(f.cursor() - width / 2, t.length() - width));
        String shown = t.substring(from, Math.min(t.length(), from + width));
        if (from > 0) {
            shown = TextFit.ELLIPSIS + shown.substring(1);
        }
        if (from + width < t.length()) {
            shown = shown.substring(0, shown.length() - 1) + TextFit.ELLIPSIS;
        }
        return new TextField(shown, f.cursor() - from, Integer.MAX_VALUE);
    }
}

package dev.sagedeck.app.view;

import dev.sagedeck.app.keys.TextField;

/**
 * How a text field shows where typing goes: a trailing {@code _} while the cursor is at the end,
 * else the character under the cursor drawn selected.
 */
final class FieldCursor {
    private FieldCursor() {}

    /** The field's text as drawn: with the {@code _} cursor when it sits at the end. */
    static String shown(TextField f) {
        return f.cursorAtEnd() ? f.text() + "_" : f.text();
    }

    /** Draws the cursor over the character under it, when the field's text starts at {@code x} (and it is left of {@code maxX}). */
    static void draw(Canvas c, int x, int y, TextField f, int maxX) {
        if (f.cursorAtEnd()) {
            return;
        }
        int cx = x + Canvas.widthOf(f.text().substring(0, f.cursor()));
        if (cx < maxX) {
            c.put(cx, y, String.valueOf(f.text().charAt(f.cursor())), Role.SELECTED);
        }
    }
}

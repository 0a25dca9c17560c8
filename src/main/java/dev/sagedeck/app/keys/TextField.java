package dev.sagedeck.app.keys;

import java.util.Optional;

/**
 * One line of text being typed, with its cursor: the one editing rule for every prompt (list
 * filter, log search, owner, stop confirmation, test file, wizard fields), like bubbles' textinput.
 * Printable keys insert at the cursor; Backspace/Delete delete around it; Left/Right, Home/End
 * (C-a/C-e) and C-Left/C-Right move it; C-w or A-Backspace deletes the word before it, C-u
 * everything before it, C-k everything after it. A value the program filled in ({@link #prefilled})
 * starts {@code selected}, like a selected value in a form: the first character typed replaces it,
 * while any editing key (Backspace, an arrow, C-w ...) keeps it and edits it as usual.
 * Immutable: {@link #edit} returns the next field.
 */
public record TextField(String text, int cursor, int maxLength, boolean selected) {
    public static final TextField EMPTY = of("");

    public TextField {
        text = text == null ? "" : text;
        cursor = Math.max(0, Math.min(text.length(), cursor));
        selected = selected && !text.isEmpty();
    }

    /** A field as the user left it: nothing selected. */
    public TextField(String text, int cursor, int maxLength) {
        this(text, cursor, maxLength, false);
    }

    /** A field holding {@code text}, cursor at its end, no length limit. */
    public static TextField of(String text) {
        String t = text == null ? "" : text;
        return new TextField(t, t.length(), Integer.MAX_VALUE);
    }

    /**
     * A value the program filled in (a remembered file, a cloned hyperparameter), cursor at its end
     * and the whole text selected: typing replaces it, editing keys edit it.
     */
    public static TextField prefilled(String text) {
        String t = text == null ? "" : text;
        return new TextField(t, t.length(), Integer.MAX_VALUE, true);
    }

    /** The same field, accepting at most {@code max} characters (typing beyond it is ignored). */
    public TextField limitedTo(int max) {
        return new TextField(text.length() > max ? text.substring(0, max) : text, cursor, max, selected);
    }

    /** The same field holding {@code t}, cursor at its end, nothing selected (a completion). */
    public TextField withText(String t) {
        String v = t == null ? "" : t;
        return new TextField(v.length() > maxLength ? v.substring(0, maxLength) : v, v.length(), maxLength);
    }

    /** The field after an editing key, or empty when the key does not edit text (Enter, Esc, Tab ... are the caller's). */
    public Optional<TextField> edit(Key key) {
        if (key.isChar()) {
            return Optional.of(insert(String.valueOf(key.ch())));
        }
        // any editing key takes the value as it is: from here on, typing inserts at the cursor
        return deselected().editText(key);
    }

    private Optional<TextField> editText(Key key) {
        switch (key.code()) {
            case "<Backspace>":
                return Optional.of(cursor == 0 ? this : cut(cursor - 1, cursor));
            case "<Delete>":
                return Optional.of(cursor == text.length() ? this : cut(cursor, cursor + 1));
            case "<Left>":
                return Optional.of(at(cursor - 1));
            case "<Right>":
                return Optional.of(at(cursor + 1));
            case "<Home>":
            case "<C-a>":
                return Optional.of(at(0));
            case "<End>":
            case "<C-e>":
                return Optional.of(at(text.length()));
            case "<C-Left>":
                return Optional.of(at(wordStart()));
            case "<C-Right>":
                return Optional.of(at(wordEnd()));
            case "<C-w>":
            case "<A-Backspace>":
                return Optional.of(cut(wordStart(), cursor));
            case "<C-u>":
                return Optional.of(cut(0, cursor));
            case "<C-k>":
                return Optional.of(cut(cursor, text.length()));
            default:
                return Optional.empty();
        }
    }

    /** {@code s} typed at the cursor (in place of a selected value), as much as the length limit allows. */
    public TextField insert(String s) {
        if (selected) {
            return new TextField("", 0, maxLength).insert(s);
        }
        int room = maxLength == Integer.MAX_VALUE ? s.length() : Math.max(0, maxLength - text.length());
        String in = s.length() > room ? s.substring(0, room) : s;
        return new TextField(text.substring(0, cursor) + in + text.substring(cursor), cursor + in.length(), maxLength);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public boolean cursorAtEnd() {
        return cursor == text.length();
    }

    /** The same text and cursor, nothing selected. */
    public TextField deselected() {
        return selected ? new TextField(text, cursor, maxLength) : this;
    }

    private TextField at(int c) {
        return new TextField(text, c, maxLength);
    }

    private TextField cut(int from, int to) {
        return new TextField(text.substring(0, from) + text.substring(to), from, maxLength);
    }

    /** Where the word before the cursor starts: separators (space, /) before it are skipped first. */
    private int wordStart() {
        int i = cursor;
        while (i > 0 && isSeparator(text.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && !isSeparator(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private int wordEnd() {
        int i = cursor;
        while (i < text.length() && isSeparator(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && !isSeparator(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A slash ends a word too, so C-w takes back one path segment. */
    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == '/';
    }
}

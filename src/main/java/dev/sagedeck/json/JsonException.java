package dev.sagedeck.json;

import java.io.IOException;

/** JSON that cannot be read, or read as what was expected: one line, with where it is (line and column, or the field). */
public final class JsonException extends IOException {
    private static final long serialVersionUID = 1L;

    public JsonException(String message) {
        super(inert(message));
    }

    JsonException(String message, Throwable cause) {
        super(inert(message), cause);
    }

    /** The message may quote the file's own bytes: no control character reaches a terminal or a table cell. */
    private static String inert(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }
}

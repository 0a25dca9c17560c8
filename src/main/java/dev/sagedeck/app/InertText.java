package dev.sagedeck.app;

/**
 * Makes text from logs and remote fields safe to put in terminal cells: control characters and
 * escape sequences become visible caret notation ({@code ESC} -> {@code ^[}), tabs become spaces,
 * combining marks are dropped and characters outside the Basic Multilingual Plane become '?'
 * (terminals disagree on their width, which would shift the rest of the row).
 */
public final class InertText {
    private InertText() {}

    public static String of(String s) {
        if (s == null) {
            return "";
        }
        if (isPlain(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                int spaces = 8 - (b.length() % 8);
                b.append(" ".repeat(spaces));
            } else if (c < 0x20) {
                b.append('^').append((char) (c + 64));
            } else if (c == 0x7f) {
                b.append("^?");
            } else if (c >= 0x80 && c <= 0x9f) {
                b.append(String.format("\\x%02x", (int) c));
            } else if (Character.isHighSurrogate(c)) {
                b.append('?');
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                }
            } else if (Character.isLowSurrogate(c)) {
                b.append('?');
            } else if (Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
                    || c == '\u200b' || c == '\u200d' || c == '\ufeff') {
                // zero-width: would take a cell of its own and shift the row
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c >= 0x300) {
                return false;
            }
        }
        return true;
    }
}

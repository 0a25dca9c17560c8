package dev.sagedeck.app;

/**
 * Makes text from outside (log lines, job names, failure reasons) safe to put on a terminal:
 * escape sequences, control bytes and bidi overrides become visible symbols instead of acting on
 * the screen, TABs become spaces, and very long text is cut with a count of what was left out.
 * Adapters keep the original bytes as data; only the UI renders through this. Pure and thread-safe.
 */
public final class InertText {
    /** Longest text {@link #of(String)} keeps; a 1 MB log line would otherwise stall a redraw. */
    public static final int DEFAULT_MAX_CHARS = 4096;
    private static final int TAB_WIDTH = 8;

    private InertText() {}

    /** {@code text} made inert, cut at {@link #DEFAULT_MAX_CHARS} characters. */
    public static String of(String text) {
        return of(text, DEFAULT_MAX_CHARS);
    }

    /** {@code text} made inert, cut at {@code maxChars} characters of output. */
    public static String of(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        if (text.length() <= maxChars && plainAscii(text)) {
            return text; // the common case: every piece of text on the canvas passes through here
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars) + 16);
        int column = 0;
        int i = 0;
        while (i < text.length() && out.length() < maxChars) {
            char c = text.charAt(i);
            if (c == '\t') {
                int spaces = TAB_WIDTH - (column % TAB_WIDTH);
                out.append(" ".repeat(spaces));
                column += spaces;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                // emoji and other non-BMP characters: Lanterna puts each UTF-16 half in its own cell
                // and terminals disagree on their width, so the rest of the row would shift
                out.append('?');
                i++;
                column++;
            } else if (zeroWidth(c)) {
                // combining marks and zero-width characters would take a cell of their own
            } else {
                out.append(visible(c));
                column++;
            }
            i++;
        }
        if (i < text.length()) {
            out.append(" … (").append(text.length() - i).append(" more characters)");
        }
        return out.toString();
    }

    /** True when {@code text} has nothing that {@link #of} would change (besides length). */
    public static boolean isInert(String text) {
        return text == null || of(text, Integer.MAX_VALUE).equals(text);
    }

    private static boolean plainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static boolean zeroWidth(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF';
    }

    /** One character as it may be drawn in a cell: controls, bidi marks and surrogate halves become symbols. */
    public static char visible(char c) {
        if (c < 0x20) {
            return (char) (0x2400 + c); // C0 controls -> Unicode "control pictures" (ESC shows as ␛)
        }
        if (c == 0x7F) {
            return '\u2421'; // ␡
        }
        if (c >= 0x80 && c <= 0x9F) {
            return '\uFFFD'; // C1 controls, including the 8-bit CSI
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C) {
            return '\uFFFD'; // bidi controls could reorder what the user reads
        }
        if (Character.isSurrogate(c)) {
            return '\uFFFD'; // an unpaired half of a surrogate pair
        }
        return c;
    }
}

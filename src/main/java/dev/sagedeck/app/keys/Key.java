package dev.sagedeck.app.keys;

/**
 * A key press in the core's own terms, written the way the help shows it: a printable character
 * ("q", "?", "S") or a named key in angle brackets ("<Enter>", "<Esc>", "<Up>", "<C-c>").
 */
public record Key(String code) {
    public static final Key ENTER = new Key("<Enter>");
    public static final Key ESC = new Key("<Esc>");
    public static final Key UP = new Key("<Up>");
    public static final Key DOWN = new Key("<Down>");
    public static final Key LEFT = new Key("<Left>");
    public static final Key RIGHT = new Key("<Right>");
    public static final Key PAGE_UP = new Key("<PageUp>");
    public static final Key PAGE_DOWN = new Key("<PageDown>");
    public static final Key HOME = new Key("<Home>");
    public static final Key END = new Key("<End>");
    public static final Key TAB = new Key("<Tab>");
    public static final Key BACKSPACE = new Key("<Backspace>");
    public static final Key DELETE = new Key("<Delete>");

    public static Key of(char c) {
        return new Key(String.valueOf(c));
    }

    /** True for a single printable character (what text fields accept). */
    public boolean isChar() {
        return code.length() == 1 && !Character.isISOControl(code.charAt(0));
    }

    public char ch() {
        return code.charAt(0);
    }

    @Override
    public String toString() {
        return code;
    }
}

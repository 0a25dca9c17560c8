package dev.sagedeck.ui;

/**
 * The bytes that make a terminal tap the user on the shoulder: BEL, and a desktop notification as
 * OSC 9 (iTerm2, WezTerm, Windows Terminal, kitty) and OSC 777 (VTE terminals: GNOME Terminal,
 * Tilix; rxvt-unicode; foot). Terminals that know neither ignore them. Inside tmux the OSCs are
 * wrapped in tmux's passthrough ({@code ESC P tmux; ... ESC \}), which tmux forwards only with
 * {@code set -g allow-passthrough on}. Text from jobs is stripped of every control character, so a
 * failure reason cannot end the sequence early or start one of its own.
 */
final class TerminalAlerts {
    static final String BEL = "\u0007";
    private static final String ESC = "\u001b";
    private static final int MAX = 200;

    private TerminalAlerts() {}

    static String sequence(String title, String body, boolean bell, boolean desktop, boolean tmux) {
        StringBuilder out = new StringBuilder();
        if (desktop) {
            String t = clean(title).replace(';', ',');
            String b = clean(body);
            out.append(wrap(ESC + "]9;" + t + ": " + b + BEL, tmux));
            out.append(wrap(ESC + "]777;notify;" + t + ";" + b + BEL, tmux));
        }
        if (bell) {
            out.append(BEL);
        }
        return out.toString();
    }

    /** Printable text only (no C0, DEL or C1), cut to a notification's length. */
    static String clean(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length() && b.length() < MAX; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f)) {
                b.append(c);
            } else if (c == '\n' || c == '\t') {
                b.append(' ');
            }
        }
        return b.toString();
    }

    private static String wrap(String osc, boolean tmux) {
        return tmux ? ESC + "Ptmux;" + osc.replace(ESC, ESC + ESC) + ESC + "\\" : osc;
    }
}

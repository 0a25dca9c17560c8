package dev.sagedeck.app.view;

import dev.sagedeck.app.Rect;
import dev.sagedeck.app.InertText;
import java.util.Arrays;

/**
 * A grid of cells, each a character and a {@link Role}: the pure picture of one frame. Painters
 * draw on it; the terminal adapter copies it to the screen. Writes outside the grid are clipped.
 * A wide (CJK) character takes two cells; the second holds {@link #WIDE_PAD}. Every character is made
 * inert here ({@link InertText}), so text from outside can never act on the terminal, whichever painter draws it.
 */
public final class Canvas {
    public static final char WIDE_PAD = '\0';
    private final int width;
    private final int height;
    private final char[] chars;
    private final Role[] roles;

    public Canvas(int width, int height) {
        this.width = Math.max(0, width);
        this.height = Math.max(0, height);
        this.chars = new char[this.width * this.height];
        this.roles = new Role[this.width * this.height];
        Arrays.fill(chars, ' ');
        Arrays.fill(roles, Role.NORMAL);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public char charAt(int x, int y) {
        return chars[y * width + x];
    }

    public Role roleAt(int x, int y) {
        return roles[y * width + x];
    }

    /** Writes text from (x, y), at most {@code maxWidth} cells, control characters made inert; returns the cells used. */
    public int put(int x, int y, String text, Role role, int maxWidth) {
        int limit = Math.min(width, x + Math.max(0, maxWidth));
        if (y < 0 || y >= height || text == null || x >= limit) {
            return 0;
        }
        // the one place text enters the screen: an ESC here would reach the terminal (Lanterna throws on it)
        // a little more than fits, so a cut can be told from text that ends at the edge (and marked)
        text = InertText.of(text, limit - x + 32);
        int col = x;
        for (int i = 0; i < text.length() && col < limit; i++) {
            char c = text.charAt(i);
            boolean wide = isWide(c);
            if (wide && col + 1 >= limit) {
                markCut(col + 1, y, text.substring(i), role);
                break;
            }
            if (col >= 0) {
                set(col, y, c, role);
                if (wide) {
                    set(col + 1, y, WIDE_PAD, role);
                }
            }
            col += wide ? 2 : 1;
            if (i + 1 < text.length() && col >= limit) {
                markCut(col, y, text.substring(i + 1), role);
            }
        }
        return col - x;
    }

    /** Text that did not fit ends in "…", so a cut never passes for a whole word. */
    private void markCut(int end, int y, String rest, Role role) {
        if (rest.isBlank() || end - 1 < 0 || end - 1 >= width) {
            return;
        }
        int at = end - 1;
        if (chars[y * width + at] == WIDE_PAD && at > 0) {
            set(at, y, ' ', role);
            at--;
        }
        set(at, y, TextFit.ELLIPSIS, role);
    }

    public int put(int x, int y, String text, Role role) {
        return put(x, y, text, role, width - x);
    }

    /** Changes the role of cells without changing their characters (selection, highlights). */
    public void paint(int x, int y, int w, Role role) {
        if (y < 0 || y >= height) {
            return;
        }
        for (int c = Math.max(0, x); c < Math.min(width, x + w); c++) {
            roles[y * width + c] = role;
        }
    }

    public void fill(Rect r, char c, Role role) {
        c = InertText.visible(c);
        for (int y = Math.max(0, r.y()); y < Math.min(height, r.y() + r.height()); y++) {
            for (int x = Math.max(0, r.x()); x < Math.min(width, r.x() + r.width()); x++) {
                set(x, y, c, role);
            }
        }
    }

    /** An ASCII box with an optional title in the top border. */
    public void box(Rect r, String title, Role border, Role titleRole) {
        if (r.width() < 2 || r.height() < 2) {
            return;
        }
        int right = r.x() + r.width() - 1;
        int bottom = r.y() + r.height() - 1;
        for (int x = r.x(); x <= right; x++) {
            set(x, r.y(), '-', border);
            set(x, bottom, '-', border);
        }
        for (int y = r.y(); y <= bottom; y++) {
            set(r.x(), y, '|', border);
            set(right, y, '|', border);
        }
        set(r.x(), r.y(), '+', border);
        set(right, r.y(), '+', border);
        set(r.x(), bottom, '+', border);
        set(right, bottom, '+', border);
        if (title != null && !title.isEmpty() && r.width() > 6) {
            put(r.x() + 2, r.y(), " " + title + " ", titleRole, r.width() - 4);
        }
    }

    private void set(int x, int y, char c, Role role) {
        if (x >= 0 && x < width && y >= 0 && y < height) {
            chars[y * width + x] = c;
            roles[y * width + x] = role;
        }
    }

    /** Characters terminals draw two cells wide (East Asian wide and full-width forms). */
    public static boolean isWide(char c) {
        return dev.sagedeck.app.format.Cells.isWide(c);
    }

    /** Display width of a string in cells. */
    public static int widthOf(String s) {
        return dev.sagedeck.app.format.Cells.width(s);
    }

    /** The grid as text, one line per row, trailing spaces trimmed (for tests and debugging). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int y = 0; y < height; y++) {
            StringBuilder line = new StringBuilder();
            for (int x = 0; x < width; x++) {
                char c = charAt(x, y);
                if (c != WIDE_PAD) {
                    line.append(c);
                }
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }
}

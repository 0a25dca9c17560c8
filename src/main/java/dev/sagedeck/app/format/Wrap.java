package dev.sagedeck.app.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one rule for where wrapped text breaks and how a cut looks, on plain text, so the reducers
 * can count the rows the painters draw ({@code app.view.TextFit} gives the rows their colours). Prose breaks at spaces;
 * continuation rows start {@code indent} cells in; a token wider than the room is cut in the
 * middle with "…" (both ends stay readable), or, when splitting, broken across rows.
 */
public final class Wrap {
    public static final char ELLIPSIS = '\u2026';

    private Wrap() {}

    /** One row: its text, and for each of its characters the index of the input character it shows (a style follows it). */
    public record Row(String text, int[] from) {}

    /** Plain text wrapped to {@code width}, continuation rows indented by {@code indent} more than the first. */
    public static List<String> lines(String s, int width, int indent) {
        return rows(s, width, indent).stream().map(Row::text).toList();
    }

    /** The rows of {@code s} in {@code width} cells, its indentation kept, continuation rows {@code indent} cells further in. */
    public static List<Row> rows(String s, int width, int indent) {
        int lead = leading(s);
        return rows(s, width, lead, lead + indent, false);
    }

    /** {@code s} in exactly {@code width} cells: cut with "…" at the end, or padded with spaces. */
    public static String pad(String s, int width) {
        String f = end(s, width);
        return f + " ".repeat(Math.max(0, width - Cells.width(f)));
    }

    /** A hard cut at the end with "…". */
    public static String end(String s, int width) {
        if (Cells.width(s) <= width) {
            return s;
        }
        if (width <= 0) {
            return "";
        }
        return prefix(s, width - 1) + ELLIPSIS;
    }

    static int leading(String text) {
        return text.length() - text.stripLeading().length();
    }

    /**
     * The rows of {@code text} in {@code width} cells: its first {@code prefix} characters (indentation
     * or a field's label) start the first row unbroken; continuation rows start {@code contIndent}
     * cells in (at most half the width); {@code split}: a word wider than a row is broken across rows
     * instead of cut in the middle.
     */
    public static List<Row> rows(String text, int width, int prefix, int contIndent, boolean split) {
        if (width <= 0 || Cells.width(text) <= width) {
            int[] all = new int[text.length()];
            Arrays.setAll(all, i -> i);
            return List.of(new Row(text, all));
        }
        int indent = Math.min(contIndent, width / 2);
        List<Row> out = new ArrayList<>();
        Builder row = new Builder();
        int pos = 0;
        while (pos < Math.min(prefix, text.length())) {
            row.add(text.charAt(pos), pos);
            pos++;
        }
        int rowStart = row.width;
        while (pos < text.length()) {
            int gapStart = pos;
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
            int wordStart = pos;
            while (pos < text.length() && text.charAt(pos) != ' ') {
                pos++;
            }
            if (wordStart == pos) {
                break; // trailing spaces
            }
            String word = text.substring(wordStart, pos);
            int wordWidth = Cells.width(word);
            boolean atStart = row.width == rowStart;
            int gap = atStart ? 0 : wordStart - gapStart;
            if (row.width + gap + wordWidth <= width) {
                for (int i = atStart ? wordStart : gapStart; i < pos; i++) {
                    row.add(text.charAt(i), i);
                }
                continue;
            }
            if (!atStart && (split || indent + wordWidth <= width || width - row.width - gap < Math.max(12, width / 2))) {
                out.add(row.row());
                row = new Builder();
                row.pad(indent);
                rowStart = row.width;
                gap = 0;
                if (row.width + wordWidth <= width) {
                    for (int i = wordStart; i < pos; i++) {
                        row.add(text.charAt(i), i);
                    }
                    continue;
                }
            }
            if (!split) {
                // a token wider than the room left: both of its ends stay readable
                for (int i = gapStart; i < gapStart + gap; i++) {
                    row.add(' ', i);
                }
                for (char ch : middle(word, width - row.width, Math.max(0, width - row.width - 1) / 2).toCharArray()) {
                    row.add(ch, wordStart);
                }
                continue;
            }
            // one word wider than a whole row: it alone is split across rows
            for (int i = wordStart; i < pos; i++) {
                int cw = Cells.isWide(text.charAt(i)) ? 2 : 1;
                if (row.width + cw > width && row.width > rowStart) {
                    out.add(row.row());
                    row = new Builder();
                    row.pad(indent);
                    rowStart = row.width;
                }
                row.add(text.charAt(i), i);
            }
        }
        out.add(row.row());
        return out;
    }

    /** A token cut in the middle keeping {@code head} cells of its start (the rest of the room goes to its end). */
    public static String middle(String s, int width, int head) {
        if (Cells.width(s) <= width) {
            return s;
        }
        if (width <= 1) {
            return width == 1 ? String.valueOf(ELLIPSIS) : "";
        }
        int room = width - 1;
        int h = Math.max(0, Math.min(room, head));
        String start = prefix(s, h);
        String rest = s.substring(start.length());
        return start + ELLIPSIS + suffix(rest, room - Cells.width(start));
    }

    /** The longest start of s that fits in width cells. */
    public static String prefix(String s, int width) {
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int cw = Cells.isWide(s.charAt(i)) ? 2 : 1;
            if (w + cw > width) {
                break;
            }
            w += cw;
            i++;
        }
        return s.substring(0, i);
    }

    /** The longest end of s that fits in width cells. */
    public static String suffix(String s, int width) {
        int w = 0;
        int i = s.length();
        while (i > 0) {
            int cw = Cells.isWide(s.charAt(i - 1)) ? 2 : 1;
            if (w + cw > width) {
                break;
            }
            w += cw;
            i--;
        }
        return s.substring(i);
    }

    /** A row being filled: characters and where each came from. A padding space comes from the first character. */
    private static final class Builder {
        private final StringBuilder chars = new StringBuilder();
        private final List<Integer> from = new ArrayList<>();
        private int width;

        void add(char c, int source) {
            chars.append(c);
            from.add(source);
            width += Cells.isWide(c) ? 2 : 1;
        }

        void pad(int n) {
            for (int i = 0; i < n; i++) {
                add(' ', 0);
            }
        }

        Row row() {
            return new Row(chars.toString(), from.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}

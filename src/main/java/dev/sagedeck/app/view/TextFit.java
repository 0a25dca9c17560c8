package dev.sagedeck.app.view;

import dev.sagedeck.app.format.Wrap;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way the UI fits text into cells (where wrapped text breaks is {@link Wrap}'s rule, shared with the reducers). Prose wraps at spaces; a token (job name, path) is cut
 * in the middle with "…" so both ends stay readable; any other cut ends in "…". A word is split
 * across rows only when it alone is wider than a row (a long path in a wrapped log line).
 */
public final class TextFit {
    public static final char ELLIPSIS = Wrap.ELLIPSIS;

    private TextFit() {}

    /** {@code s} in exactly {@code width} cells: cut with "…" at the end, or padded with spaces. */
    public static String pad(String s, int width) {
        return Wrap.pad(s, width);
    }

    /** A token in {@code width} cells: its start and its end (a file name, a timestamp: the end gets the odd cell), "…" between. */
    public static String middle(String s, int width) {
        return middle(s, width, Math.max(0, width - 1) / 2);
    }

    /** A token cut in the middle keeping {@code head} cells of its start (the rest of the room goes to its end). */
    static String middle(String s, int width, int head) {
        return Wrap.middle(s, width, head);
    }

    /**
     * Tokens that share a long start (job names of one person) cut so no two look the same: the cut
     * moves towards the start until they differ (or nothing more can be done).
     */
    public static List<String> distinct(List<String> tokens, int width) {
        List<String> out = new ArrayList<>();
        for (int head = Math.max(0, width - 1) / 2; head >= 0; head--) {
            out.clear();
            for (String t : tokens) {
                out.add(middle(t, width, head));
            }
            boolean unique = out.stream().distinct().count() == tokens.stream().distinct().count();
            if (unique) {
                return out;
            }
        }
        return out;
    }

    /** Prose on one line: the whole words that fit, then "…"; a last token (a path) is cut in the middle. */
    public static String words(String s, int width) {
        if (Canvas.widthOf(s) <= width) {
            return s;
        }
        String t = s.strip();
        if (t.indexOf(' ') < 0) {
            return middle(s, width);
        }
        StringBuilder kept = new StringBuilder(s.substring(0, s.length() - s.stripLeading().length()));
        String[] words = t.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            String gap = i == 0 ? "" : " ";
            int room = width - Canvas.widthOf(kept.toString()) - gap.length();
            boolean last = i == words.length - 1;
            if (Canvas.widthOf(words[i]) <= room - (last ? 0 : 2)) {
                kept.append(gap).append(words[i]);
            } else if (last && room >= 12) {
                return kept.append(gap).append(middle(words[i], room)).toString();
            } else {
                String out = kept.toString().stripTrailing();
                return out.isBlank() ? end(s, width) : out + " " + ELLIPSIS;
            }
        }
        return kept.toString();
    }

    /** The end of a text being typed (a long path): "…" and as much of its end as fits. */
    public static String tail(String s, int width) {
        if (Canvas.widthOf(s) <= width) {
            return s;
        }
        return width <= 0 ? "" : ELLIPSIS + suffix(s, width - 1);
    }

    /** A hard cut at the end with "…" (log lines, where every character counts). */
    public static String end(String s, int width) {
        return Wrap.end(s, width);
    }

    /** Plain text wrapped to {@code width}, continuation rows indented by {@code indent} more than the first. */
    public static List<String> wrap(String s, int width, int indent) {
        return Wrap.lines(s, width, indent);
    }

    /**
     * A styled line wrapped to {@code width}: each span keeps its role; continuation rows start under
     * the value of a "Label  value" field, else 2 cells further in than the line.
     */
    public static List<Line> wrap(Line l, int width) {
        boolean field = l.spans().size() > 1 && l.spans().get(0).role() == Role.DIM && l.spans().get(0).text().endsWith("  ");
        if (field) {
            int label = l.spans().get(0).text().length();
            return wrapAt(l, width, label, Canvas.widthOf(l.spans().get(0).text()), false);
        }
        return wrap(l, width, 2);
    }

    /** A "label value" row wrapped to {@code width}: the first {@code column} cells (the label) never break, continuation rows start under the value. */
    public static List<Line> wrapUnder(Line l, int width, int column) {
        return wrapAt(l, width, column, column, false);
    }

    /** Wrapped at spaces; a token wider than a row (a path, an ARN) is cut in the middle to fit. */
    public static List<Line> wrap(Line l, int width, int indent) {
        int lead = leading(l.text());
        return wrapAt(l, width, lead, lead + indent, false);
    }

    /** Wrapped at spaces; a token wider than a row is split across rows, nothing left out (a wrapped log line). */
    public static List<Line> split(Line l, int width, int indent) {
        int lead = leading(l.text());
        return wrapAt(l, width, lead, lead + indent, true);
    }

    private static int leading(String text) {
        return text.length() - text.stripLeading().length();
    }

    /** {@code prefix} characters (indentation or a field's label) start the first row and are never broken: {@link Wrap#rows}, coloured. */
    private static List<Line> wrapAt(Line l, int width, int prefix, int contIndent, boolean split) {
        String text = l.text();
        if (width <= 0 || Canvas.widthOf(text) <= width) {
            return List.of(l);
        }
        Role[] roles = roles(l, text.length());
        List<Line> out = new ArrayList<>();
        for (Wrap.Row r : Wrap.rows(text, width, prefix, contIndent, split)) {
            Row row = new Row();
            for (int i = 0; i < r.text().length(); i++) {
                row.add(r.text().charAt(i), roles[r.from()[i]]);
            }
            out.add(row.line());
        }
        return out;
    }

    private static Role[] roles(Line l, int length) {
        Role[] roles = new Role[length];
        int i = 0;
        for (Line.Span s : l.spans()) {
            for (int k = 0; k < s.text().length(); k++) {
                roles[i++] = s.role();
            }
        }
        return roles;
    }

    /** The longest start of s that fits in width cells. */
    static String prefix(String s, int width) {
        return Wrap.prefix(s, width);
    }

    /** The longest end of s that fits in width cells. */
    static String suffix(String s, int width) {
        return Wrap.suffix(s, width);
    }

    /** A row being filled: characters with their roles, grouped into spans at the end. */
    private static final class Row {
        private final StringBuilder chars = new StringBuilder();
        private final List<Role> roles = new ArrayList<>();
        private int width;

        void add(char c, Role r) {
            chars.append(c);
            roles.add(r);
            width += Canvas.isWide(c) ? 2 : 1;
        }

        void pad(int n, Role r) {
            for (int i = 0; i < n; i++) {
                add(' ', r);
            }
        }

        Line line() {
            List<Line.Span> spans = new ArrayList<>();
            int start = 0;
            for (int i = 1; i <= chars.length(); i++) {
                if (i == chars.length() || roles.get(i) != roles.get(start)) {
                    spans.add(new Line.Span(chars.substring(start, i), roles.get(start)));
                    start = i;
                }
            }
            return spans.isEmpty() ? Line.blank() : new Line(spans);
        }
    }
}

package dev.sagedeck.app.view;

import java.util.ArrayList;
import java.util.List;

/** Wraps a styled line to a width, keeping each span's role; continuation rows are indented. */
final class Wrap {
    private Wrap() {}

    static List<Line> line(Line l, int width) {
        if (width <= 8 || Canvas.widthOf(l.text()) <= width) {
            return List.of(l);
        }
        // indent continuation rows under the value of a "Label       value" field, or by 4
        boolean field = l.spans().size() > 1 && l.spans().get(0).role() == Role.DIM;
        int indent = field ? Canvas.widthOf(l.spans().get(0).text()) : 4;
        List<Line> out = new ArrayList<>();
        List<Line.Span> row = new ArrayList<>();
        int used = 0;
        for (Line.Span span : l.spans()) {
            String rest = span.text();
            while (!rest.isEmpty()) {
                int room = width - used;
                if (room <= 0) {
                    out.add(new Line(row));
                    row = new ArrayList<>();
                    row.add(new Line.Span(" ".repeat(indent), Role.NORMAL));
                    used = indent;
                    continue;
                }
                int take = cut(rest, room);
                row.add(new Line.Span(rest.substring(0, take), span.role()));
                used += Canvas.widthOf(rest.substring(0, take));
                rest = rest.substring(take);
            }
        }
        out.add(new Line(row));
        return out;
    }

    /** How many characters of s fit in room cells, preferring to break after a space. */
    private static int cut(String s, int room) {
        if (Canvas.widthOf(s) <= room) {
            return s.length();
        }
        int w = 0;
        int i = 0;
        while (i < s.length() && w + (Canvas.isWide(s.charAt(i)) ? 2 : 1) <= room) {
            w += Canvas.isWide(s.charAt(i)) ? 2 : 1;
            i++;
        }
        int space = s.lastIndexOf(' ', i - 1);
        return space > 0 ? space + 1 : Math.max(1, i);
    }
}

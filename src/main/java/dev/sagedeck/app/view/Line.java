package dev.sagedeck.app.view;

import java.util.ArrayList;
import java.util.List;

/** One line of styled text: spans of text, each with a role. */
public record Line(List<Span> spans) {
    /** A piece of text with one role. */
    public record Span(String text, Role role) {}

    public Line {
        spans = List.copyOf(spans);
    }

    public static Line of(String text, Role role) {
        return new Line(List.of(new Span(text, role)));
    }

    public static Line blank() {
        return of("", Role.NORMAL);
    }

    /** A "label  value" line as used in the detail pane. */
    public static Line field(String label, String value, Role valueRole) {
        return new Line(List.of(new Span(TextFit.pad(label, 12), Role.DIM), new Span(value == null ? "-" : value, valueRole)));
    }

    public Line plus(String text, Role role) {
        List<Span> s = new ArrayList<>(spans);
        s.add(new Span(text, role));
        return new Line(s);
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.text()));
        return b.toString();
    }

    /** Draws the line at (x, y) within width cells. */
    public void draw(Canvas c, int x, int y, int width) {
        int col = x;
        for (Span s : spans) {
            int left = x + width - col;
            if (left <= 0) {
                break;
            }
            col += c.put(col, y, s.text(), s.role(), left);
        }
    }
}

package dev.sagedeck.app.view;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps a one-role line at spaces (long words are cut), continuation rows indented: for prose and command lines. */
final class WordWrap {
    private WordWrap() {}

    static List<Line> of(Line l, int width, int indent) {
        if (l.spans().size() != 1 || Canvas.widthOf(l.text()) <= width || width <= indent + 8) {
            return List.of(l);
        }
        Role role = l.spans().get(0).role();
        String text = l.text();
        String lead = text.substring(0, text.length() - text.stripLeading().length());
        List<Line> out = new ArrayList<>();
        StringBuilder row = new StringBuilder(lead);
        String pad = " ".repeat(lead.length() + indent);
        for (String word : text.stripLeading().split(" ")) {
            String w = word;
            while (Canvas.widthOf(row.toString()) + (row.toString().isBlank() ? 0 : 1) + w.length() > width) {
                if (!row.toString().isBlank()) {
                    out.add(Line.of(row.toString(), role));
                    row = new StringBuilder(pad);
                    continue;
                }
                int room = width - row.length();
                row.append(w, 0, room);
                out.add(Line.of(row.toString(), role));
                row = new StringBuilder(pad);
                w = w.substring(room);
            }
            if (!row.toString().isBlank()) {
                row.append(' ');
            }
            row.append(w);
        }
        out.add(Line.of(row.toString(), role));
        return out;
    }
}

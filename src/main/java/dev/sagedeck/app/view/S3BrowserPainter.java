package dev.sagedeck.app.view;

import dev.sagedeck.app.Rect;
import dev.sagedeck.app.wizard.S3Browser;
import dev.sagedeck.app.wizard.WizardText;
import dev.sagedeck.port.ObjectStore;
import dev.sagedeck.port.ObjectStore.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Draws the S3 browser over the wizard's fields: the prefix, its folders and files with sizes, a status line and its keys. */
final class S3BrowserPainter {
    private S3BrowserPainter() {}

    static void paint(Canvas c, S3Browser b, Rect area) {
        if (area.width() < 12 || area.height() < 5) {
            return;
        }
        c.fill(area, ' ', Role.MODAL);
        c.box(area, WizardText.BROWSE_TITLE.formatted(b.prefix()), Role.BORDER_FOCUS, Role.MODAL_TITLE);
        Rect in = area.inner();
        int width = in.width() - 2;
        List<Line> status = status(b);
        int listRows = Math.max(1, in.height() - status.size() - 1);
        List<Entry> rows = b.rows();
        int top = Math.max(0, Math.min(b.selected() - listRows / 2, rows.size() - listRows));
        for (int i = 0; i < listRows && top + i < rows.size(); i++) {
            int r = top + i;
            row(rows.get(r), r == b.selected() && !b.loading(), width).draw(c, in.x() + 1, in.y() + i, width);
        }
        for (int i = 0; i < status.size(); i++) {
            status.get(i).draw(c, in.x() + 1, in.y() + listRows + i, width);
        }
        Line.of(WizardText.BROWSE_KEYS, Role.DIM).draw(c, in.x() + 1, in.y() + in.height() - 1, width);
    }

    private static Line row(Entry e, boolean selected, int width) {
        String size = e.folder() ? "" : size(e.size());
        String name = TextFit.pad(e.name(), Math.max(1, width - 12)) + " " + " ".repeat(Math.max(0, 11 - size.length())) + size;
        Role role = selected ? Role.SELECTED : e.folder() ? Role.TITLE : Role.MODAL;
        return Line.of(TextFit.pad(name, width), role);
    }

    private static List<Line> status(S3Browser b) {
        List<Line> out = new ArrayList<>();
        if (b.loading()) {
            out.add(Line.of(WizardText.BROWSE_LOADING, Role.NOTE));
        } else if (b.error() != null) {
            out.add(Line.of("! " + b.error(), Role.ERROR));
        } else if (b.entries().isEmpty()) {
            out.add(Line.of(WizardText.BROWSE_EMPTY, Role.NOTE));
        } else if (b.truncated()) {
            out.add(Line.of(WizardText.BROWSE_MORE.formatted(ObjectStore.MAX_ENTRIES), Role.WARN));
        }
        return out;
    }

    /** Sizes as people read them: 1.2 MB, 840 B (decimal units, as the S3 console shows them). */
    static String size(long bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = 0;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}

package dev.sagedeck.app.view;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.compare.CompareKeys;
import dev.sagedeck.app.compare.CompareText;
import dev.sagedeck.app.compare.Comparison;
import dev.sagedeck.app.wizard.WizardText;
import java.util.List;

/** Jobs side by side: a label column, then one column per job; rows that differ stand out. */
final class ComparePainter {
    private ComparePainter() {}

    static void paint(Canvas c, AppState s, Rect area) {
        Comparison cmp = CompareKeys.of(s);
        c.box(area, WizardText.COMPARE_TITLE.formatted(cmp.jobs().size()) + (s.compare().allParams() ? " - all hyperparameters" : ""),
                Role.BORDER_FOCUS, Role.TITLE);
        Rect in = area.inner();
        int n = Math.max(1, cmp.jobs().size());
        int label = Math.min(20, Math.max(12, in.width() / 5));
        int col = Math.max(6, (in.width() - 1 - label) / n);
        int y = in.y();
        c.put(in.x() + 1, y, Formats.pad("", label), Role.COLUMN_HEADER, label);
        List<String> names = TextFit.distinct(cmp.jobs(), col - 1);
        for (int i = 0; i < names.size(); i++) {
            c.put(in.x() + 1 + label + i * col, y, Formats.pad(names.get(i), col), Role.COLUMN_HEADER, col);
        }
        List<Comparison.Row> rows = cmp.rows();
        int visible = Math.max(1, in.height() - 2);
        int top = Math.max(0, Math.min(s.compare().scroll(), rows.size() - visible));
        String group = null;
        for (int r = 0; r < visible && top + r < rows.size(); r++) {
            Comparison.Row row = rows.get(top + r);
            int ry = y + 1 + r;
            boolean hp = row.group().equals("hyperparameter");
            c.put(in.x() + 1, ry, Formats.pad(fit(row.label(), label - 1), label), hp ? Role.KEY : Role.DIM, label);
            for (int i = 0; i < row.values().size(); i++) {
                String v = row.values().get(i);
                Role role = v.startsWith("failed: ") ? Role.ERROR : row.differs() ? Role.MATCH : Role.NORMAL;
                if (v.startsWith("ml.") && v.length() > col - 1) {
                    v = v.substring(3); // "ml." is on every SageMaker type: the rest tells them apart
                }
                c.put(in.x() + 1 + label + i * col, ry, Formats.pad(v, col - 1), role, col - 1);
            }
            group = row.group();
        }
        String file = s.compare().test().file();
        String foot = (file != null ? CompareText.FOOT_FILE.formatted(file) : "")
                + (cmp.equalParams() > 0 && !s.compare().allParams() ? cmp.equalParams() + " equal hyperparameters hidden (d shows all). " : "")
                + "Highlighted rows differ." + (top + visible < rows.size() ? " More below (Down)." : "");
        c.put(in.x() + 1, in.y() + in.height() - 1, foot, Role.NOTE, in.width() - 2);
    }

    /** A label too long for its column loses its "(file)" part first: the footer names the file. */
    static String fit(String label, int width) {
        int paren = label.indexOf(" (");
        return label.length() > width && paren > 0 ? label.substring(0, paren) : label;
    }
}

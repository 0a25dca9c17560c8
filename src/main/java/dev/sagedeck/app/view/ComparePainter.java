package dev.sagedeck.app.view;

import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.Rect;
import dev.sagedeck.app.AppState;
import dev.sagedeck.app.CompareKeys;
import dev.sagedeck.app.compare.CompareText;
import dev.sagedeck.app.compare.Comparison;
import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.wizard.WizardText;
import java.util.ArrayList;
import java.util.List;

/**
 * Jobs side by side: a label column, then one column per job, every column aligned at any width.
 * Results come first, the best value of each metric marked with *; settings that differ stand out.
 */
final class ComparePainter {
    private static final String BEST = "*";
    private static final int MIN_COLUMN = 12;
    private static final int MIN_LABEL = 14;

    private ComparePainter() {}

    static void paint(Canvas c, AppState s, Rect area) {
        Comparison cmp = CompareKeys.of(s);
        String title = WizardText.COMPARE_TITLE.formatted(cmp.jobs().size()) + (s.compare().allParams() ? " - all rows" : "");
        c.box(area, title, Role.BORDER_FOCUS, Role.TITLE);
        Rect in = area.inner();
        int width = in.width() - 2;
        int longest = cmp.rows().stream().mapToInt(r -> Canvas.widthOf(r.label())).max().orElse(8);
        int natural = Math.max(10, Math.min(longest + 1, 24));
        // every job when each keeps a readable column (a label of 14 or more); else as many as fit, and the footer says how many are not shown
        int n = Math.max(1, cmp.jobs().size());
        if (width - n * MIN_COLUMN < MIN_LABEL) {
            n = Math.max(1, (width - MIN_LABEL) / MIN_COLUMN);
        }
        int label = Math.max(MIN_LABEL, Math.min(natural, width - n * MIN_COLUMN));
        int col = Math.max(6, (width - label) / n);
        int notShown = cmp.jobs().size() - n;
        List<Line> foot = footer(s, cmp, width, false, notShown);
        int y = in.y();
        int x0 = in.x() + 1;
        List<String> names = TextFit.distinct(cmp.jobs().subList(0, Math.min(n, cmp.jobs().size())), col - 1);
        for (int i = 0; i < names.size(); i++) {
            c.put(x0 + label + i * col, y, TextFit.pad(names.get(i), col - 1), Role.COLUMN_HEADER, col - 1);
        }
        List<Comparison.Row> rows = cmp.rows();
        int visible = Math.max(1, in.height() - 1 - foot.size());
        int top = Math.max(0, Math.min(s.compare().scroll(), rows.size() - visible));
        boolean more = top + visible < rows.size();
        if (more) {
            foot = footer(s, cmp, width, true, notShown);
            visible = Math.max(1, in.height() - 1 - foot.size());
        }
        for (int r = 0; r < visible && top + r < rows.size(); r++) {
            Comparison.Row row = rows.get(top + r);
            int ry = y + 1 + r;
            boolean result = row.isResult();
            c.put(x0, ry, TextFit.middle(row.label(), label - 1), result ? Role.TITLE : row.group().equals("hyperparameter") ? Role.KEY : Role.DIM, label - 1);
            for (int i = 0; i < row.values().size() && i < n; i++) {
                String v = row.values().get(i);
                boolean best = row.best().contains(i);
                Role role = v.startsWith("failed: ") ? Role.ERROR : best ? Role.COMPLETED : !result && row.differs() ? Role.MATCH : Role.NORMAL;
                c.put(x0 + label + i * col, ry, cell(v, best, col - 1), role, col - 1);
            }
        }
        for (int i = 0; i < foot.size(); i++) {
            foot.get(i).draw(c, x0, in.y() + in.height() - foot.size() + i, width);
        }
    }

    /** A value in its column: a token cut in the middle, prose at a word; the best value keeps its mark. */
    private static String cell(String v, boolean best, int width) {
        if (v.startsWith("ml.") && Canvas.widthOf(v) > width) {
            v = v.substring(3); // "ml." is on every SageMaker type: the rest tells them apart
        }
        String mark = best ? (Canvas.widthOf(v) + 2 <= width ? " " + BEST : BEST) : "";
        int room = width - mark.length();
        String fitted = v.startsWith("failed: ") ? TextFit.words(v, room) : TextFit.middle(v, room);
        return fitted + mark;
    }

    /** What is not shown and why, the test file, the sort: wrapped, at most two rows. */
    private static List<Line> footer(AppState s, Comparison cmp, int width, boolean more, int jobsNotShown) {
        List<String> parts = new ArrayList<>();
        // the lesson's 1-vs-N experiment: the speed-up against the cost ratio, first, as it is what was asked
        dev.sagedeck.app.compare.ScalingSummary.ofExperiment(s.compare().jobs(s.list().jobs()), t -> s.session().price(t), s.now())
                .forEach(x -> parts.add(x.shortText() + "."));
        if (jobsNotShown > 0) {
            parts.add(CompareText.FOOT_JOBS_NOT_SHOWN.formatted(jobsNotShown));
        }
        if (s.compare().test().file() != null) {
            parts.add(CompareText.FOOT_FILE.formatted(s.compare().test().file()));
        }
        if (cmp.hidden() > 0 && !s.compare().allParams()) {
            parts.add(CompareText.FOOT_HIDDEN.formatted(cmp.hidden()));
        }
        if (cmp.rows().stream().anyMatch(r -> !r.best().isEmpty())) {
            parts.add(CompareText.FOOT_BEST);
        }
        String sortKey = s.session().keymap().keyFor(Action.SORT, View.COMPARE).map(k -> Formats.key(k.code())).orElse(null);
        if (cmp.sortedBy() != null) {
            parts.add(CompareText.FOOT_SORTED.formatted(cmp.sortedBy(), sortKey));
        } else if (!cmp.sortable().isEmpty() && sortKey != null) {
            parts.add(CompareText.FOOT_SORT.formatted(sortKey));
        }
        if (more) {
            parts.add(CompareText.FOOT_MORE);
        }
        List<Line> lines = TextFit.wrap(Line.of(String.join(" ", parts), Role.NOTE), width, 0);
        if (lines.size() > 2) {
            lines = List.of(lines.get(0), Line.of(TextFit.words(lines.get(1).text() + " " + lines.get(2).text(), width), Role.NOTE));
        }
        return lines;
    }
}

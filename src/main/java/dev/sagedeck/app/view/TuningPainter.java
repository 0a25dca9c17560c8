package dev.sagedeck.app.view;

import dev.sagedeck.app.AppState;
import dev.sagedeck.app.InertText;
import dev.sagedeck.app.Rect;
import dev.sagedeck.app.TuningLayout;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.tuning.TuningText;
import dev.sagedeck.app.tuning.TuningViewState;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.tuning.Objective;
import dev.sagedeck.domain.tuning.Ranking;
import dev.sagedeck.domain.tuning.TuningJob;
import java.util.ArrayList;
import java.util.List;

/**
 * The tuning view: a box titled with the search, its summary packed into the top lines (the most
 * needed parts first, so 80 columns keep status, strategy, objective, progress and best), then the
 * ranked training jobs ({@link TuningTable}) and the scatter plot ({@link TuningPlotLines}) where
 * {@link TuningLayout} puts them.
 */
final class TuningPainter {
    private static final String GAP = "  ";

    private TuningPainter() {}

    static void paint(Canvas c, AppState s, Rect whole) {
        TuningViewState t = s.tuning();
        TuningLayout l = TuningLayout.of(s);
        c.box(whole, TuningText.TITLE.formatted(t.name(), t.backend().label()), Role.BORDER_FOCUS, Role.TITLE);
        Rect sum = l.summary();
        if (t.search() == null) {
            String text = t.error() != null ? TuningText.LOAD_FAILED.formatted(t.name(), t.error()) : TuningText.LOADING;
            List<Line> lines = TextFit.wrap(Line.of(text, t.error() != null ? Role.ERROR : Role.DIM), sum.width() - 2, 0);
            for (int i = 0; i < lines.size() && i < l.box().inner().height(); i++) {
                lines.get(i).draw(c, sum.x() + 1, sum.y() + i, sum.width() - 2);
            }
            return;
        }
        List<Ranking.Row> rows = t.ranked();
        List<Line> summary = pack(parts(t, rows), sum.width() - 2, sum.height());
        for (int i = 0; i < summary.size(); i++) {
            summary.get(i).draw(c, sum.x() + 1, sum.y() + i, sum.width() - 2);
        }
        if (t.error() != null && sum.height() > 0) {
            // the last rows stay; the failed read says so over the last summary line
            Rect last = new Rect(sum.x(), sum.y() + sum.height() - 1, sum.width(), 1);
            c.fill(last, ' ', Role.ERROR);
            c.put(last.x() + 1, last.y(), TextFit.words(TuningText.LOAD_FAILED.formatted(t.name(), t.error()), last.width() - 2), Role.ERROR, last.width() - 2);
        }
        TuningTable.paint(c, s, t, rows, l.table(), new Rect(whole.x(), whole.y() + whole.height() - 1, whole.width(), 1));
        if (!l.plot().isEmpty()) {
            // a cell kept free on each side: a point or a label never touches the border (or the table)
            List<Line> plot = TuningPlotLines.of(s, t, rows, l.plot().width() - 2, l.plot().height());
            for (int i = 0; i < plot.size() && i < l.plot().height(); i++) {
                plot.get(i).draw(c, l.plot().x() + 1, l.plot().y() + i, l.plot().width() - 2);
            }
        }
    }

    /** The summary's parts, most needed first: what it is, how far, how well, what it cost, then how it is set up. */
    private static List<Line.Span> parts(TuningViewState t, List<Ranking.Row> rows) {
        TuningJob j = t.search();
        List<Line.Span> out = new ArrayList<>();
        out.add(new Line.Span(Formats.status(j.status()), Role.of(j.status())));
        out.add(new Line.Span(j.strategy().apiName(), Role.NORMAL));
        String direction = j.objective().direction() == Objective.Direction.MAXIMIZE ? TuningText.HIGHER : TuningText.LOWER;
        out.add(new Line.Span(InertText.of(j.objective().metric()) + " (" + direction + ")", Role.NORMAL));
        out.add(new Line.Span(progress(j), Role.NORMAL));
        Ranking.Row best = rows.stream().filter(Ranking.Row::best).findFirst().orElse(null);
        Double bestValue = best != null ? best.value() : j.bestValue();
        out.add(bestValue == null ? new Line.Span(TuningText.BEST_NONE, Role.DIM)
                : new Line.Span(TuningText.BEST.formatted(Formats.metric(bestValue)), Role.COMPLETED));
        if (j.backend() == Backend.SAGEMAKER) {
            out.add(new Line.Span(TuningText.COST.formatted(j.costSoFar() == null ? "-" : Formats.money(j.costSoFar())), Role.NORMAL));
        }
        out.add(new Line.Span("early stopping " + j.earlyStopping().apiName(), Role.DIM));
        if (!j.staticHyperParameters().isEmpty()) {
            List<String> fixed = new ArrayList<>();
            new java.util.TreeMap<>(j.staticHyperParameters()).forEach((k, v) -> fixed.add(k + "=" + v));
            out.add(new Line.Span(TuningText.FIXED.formatted(String.join(" ", fixed)), Role.DIM));
        }
        if (j.note() != null && !j.note().isBlank()) {
            out.add(new Line.Span(TuningText.NOTE.formatted(j.note()), Role.DIM));
        }
        return out;
    }

    /** "8/12 done (6 completed, 1 stopped early, 1 failed), 2 running": counts that are zero are left out. */
    private static String progress(TuningJob j) {
        TuningJob.Counters n = j.counters();
        int done = n.completed() + n.stoppedEarly() + n.stopped() + n.failed();
        List<String> how = new ArrayList<>();
        if (n.completed() > 0) how.add(n.completed() + " completed");
        if (n.stoppedEarly() > 0) how.add(n.stoppedEarly() + " stopped early");
        if (n.stopped() > 0) how.add(n.stopped() + " stopped");
        if (n.failed() > 0) how.add(n.failed() + " failed");
        String text = done + "/" + j.limits().maxJobs() + " done" + (how.isEmpty() ? "" : " (" + String.join(", ", how) + ")");
        return n.inProgress() > 0 ? text + ", " + n.inProgress() + " running" : text;
    }

    /**
     * Parts on at most {@code lines} lines of {@code width}, two spaces apart: each part goes on the
     * first line with room for it, else on a new line while there is one; a part wider than a line is
     * cut; what finds no room is left out (the job view and {@code describe} have it all).
     */
    static List<Line> pack(List<Line.Span> parts, int width, int lines) {
        List<List<Line.Span>> rows = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (Line.Span p : parts) {
            String text = InertText.of(p.text());
            int w = Canvas.widthOf(text);
            int at = -1;
            for (int i = 0; i < rows.size() && at < 0; i++) {
                if (used.get(i) + GAP.length() + w <= width) {
                    at = i;
                }
            }
            if (at >= 0) {
                rows.get(at).add(new Line.Span(GAP, Role.NORMAL));
                rows.get(at).add(new Line.Span(text, p.role()));
                used.set(at, used.get(at) + GAP.length() + w);
            } else if (rows.size() < lines) {
                String fitted = TextFit.words(text, width);
                rows.add(new ArrayList<>(List.of(new Line.Span(fitted, p.role()))));
                used.add(Canvas.widthOf(fitted));
            }
        }
        return rows.stream().map(Line::new).toList();
    }
}

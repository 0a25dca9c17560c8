package dev.sagedeck.app.view;

import dev.sagedeck.app.Rect;
import dev.sagedeck.app.Layout;
import dev.sagedeck.app.AppState;
import dev.sagedeck.app.JobPane;
import dev.sagedeck.app.MetricSeries;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Draws the details of the open job (or the raw JSON), scrolled by the user. */
final class DetailPainter {
    private DetailPainter() {}

    static void paint(Canvas c, AppState s, JobPane p, Rect area) {
        String what = p.raw() ? "Raw description (y to close)" : "Details";
        c.box(area, JobViewPainter.title(what, p.name(), area.width()), Role.BORDER_FOCUS, Role.TITLE);
        Rect in = area.inner();
        if (in.isEmpty()) {
            return;
        }
        List<Line> lines = new ArrayList<>();
        for (Line l : lines(s, p)) {
            lines.addAll(TextFit.wrap(l, in.width() - 2));
        }
        int top = Math.min(p.scroll(), Math.max(0, lines.size() - in.height()));
        for (int i = 0; i < in.height() && top + i < lines.size(); i++) {
            lines.get(top + i).draw(c, in.x() + 1, in.y() + i, in.width() - 2);
        }
    }

    static List<Line> lines(AppState s, JobPane p) {
        List<Line> lines = new ArrayList<>();
        if (p.error() != null) {
            lines.add(Line.of("! " + p.error(), Role.ERROR));
        }
        TrainingJob j = p.job();
        if (j == null) {
            lines.add(Line.of("Loading " + p.name() + " ...", Role.DIM));
            return lines;
        }
        if (p.raw()) {
            String raw = j.raw() == null ? "(no raw description from this backend)" : j.raw();
            for (String l : raw.split("\n", -1)) {
                lines.add(Line.of(l, Role.NORMAL));
            }
            return lines;
        }
        Optional<List<Line>> search = TuningDetailLines.of(s, j);
        if (search.isPresent()) {
            lines.addAll(search.get());
            return lines;
        }
        MetricSeries series = MetricSeries.EMPTY;
        List<Line> triage = List.of();
        if (s.logs() != null && s.logs().job().equals(j.name())) {
            triage = TriageCard.of(j, s.logs());
            series = s.list().series().getOrDefault(j.name(), MetricSeries.EMPTY);
        }
        lines.addAll(triage);
        int width = Layout.of(s).pane().inner().width() - 2;
        lines.addAll(JobSignalLines.of(j.name(), s.signals().recent(), width));
        List<Line> details = DetailLines.of(j, s.session().ownership().ownerOf(j), s.now(), s.session().price(j.resources() == null ? null : j.resources().instanceType()), series, width);
        // the triage card already opens with the failure reason: the details do not repeat it
        lines.addAll(triage.isEmpty() ? details : details.stream().filter(l -> !DetailLines.isFailure(l)).toList());
        return lines;
    }
}

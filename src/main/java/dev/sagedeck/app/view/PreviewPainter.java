package dev.sagedeck.app.view;

import dev.sagedeck.app.Rect;
import dev.sagedeck.app.AppState;
import dev.sagedeck.app.ActionTargets;
import dev.sagedeck.app.MetricSeries;
import dev.sagedeck.domain.TrainingJob;
import java.util.List;
import java.util.Optional;

/** On wide terminals, the selected job's details beside the list. */
final class PreviewPainter {
    private PreviewPainter() {}

    static void paint(Canvas c, AppState s, Rect area) {
        c.box(area, "Selected job (Enter opens)", Role.BORDER, Role.TITLE);
        Rect in = area.inner();
        Optional<TrainingJob> sel = ActionTargets.selected(s);
        if (sel.isEmpty() || in.isEmpty()) {
            return;
        }
        TrainingJob j = sel.get();
        List<Line> lines = new java.util.ArrayList<>();
        // a search's row: the search's own details, not those of the job it is seen as
        List<Line> details = TuningDetailLines.of(s, j).orElseGet(() -> DetailLines.of(j, s.session().ownership().ownerOf(j), s.now(),
                s.session().price(j.resources() == null ? null : j.resources().instanceType()),
                s.list().series().getOrDefault(j.name(), MetricSeries.EMPTY), in.width() - 2));
        for (Line l : details) {
            lines.addAll(TextFit.wrap(l, in.width() - 2));
        }
        for (int i = 0; i < in.height() && i < lines.size(); i++) {
            lines.get(i).draw(c, in.x() + 1, in.y() + i, in.width() - 2);
        }
    }
}

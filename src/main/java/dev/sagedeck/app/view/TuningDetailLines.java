package dev.sagedeck.app.view;

import dev.sagedeck.app.Text;
import dev.sagedeck.app.SearchText;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.tuning.TuningJob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The details of a search (tuning job) as lines: what it is and how far it got first (status, counters,
 * best training job, cost so far), then how it searches (strategy, objective, limits, early stopping,
 * ranges) and what it keeps fixed.
 */
final class TuningDetailLines {
    private TuningDetailLines() {}

    /** The details of the search a job stands for (a search's row or its record), when it is one the list knows. */
    static java.util.Optional<List<Line>> of(dev.sagedeck.app.AppState s, dev.sagedeck.domain.TrainingJob j) {
        if (!dev.sagedeck.domain.tuning.SearchAsJob.isSearch(j)) {
            return java.util.Optional.empty();
        }
        return s.list().searches().find(j.name()).filter(t -> t.backend() == j.backend())
                .map(t -> of(t, s.session().ownership().ownerOf(j), s.now()));
    }

    /** {@code owner} is whose the search is by the one ownership rule, null when unknown. */
    static List<Line> of(TuningJob t, String owner, Instant now) {
        List<Line> out = new ArrayList<>();
        if (t.note() != null && !t.note().isBlank()) {
            out.add(Line.field(SearchText.DETAILS_NOTE, t.note(), Role.DIM));
        }
        out.add(Line.field("Name", t.name(), Role.NORMAL));
        if (t.arn() != null) {
            out.add(Line.field("ARN", t.arn(), Role.DIM));
        }
        out.add(Line.field("Where", t.backend() == Backend.LOCAL ? SearchText.DETAILS_LOCAL : SearchText.DETAILS_SAGEMAKER, Role.NORMAL));
        out.add(new Line(List.of(new Line.Span(TextFit.pad("Status", 12), Role.DIM),
                new Line.Span(Formats.status(t.status()), Role.of(t.status())))));
        out.add(Line.field("Owner", owner == null ? Text.OWNER_UNKNOWN : owner, Role.NORMAL));
        if (t.timing().created() != null) {
            out.add(Line.field("Created", Formats.time(t.timing().created()), Role.NORMAL));
        }
        if (t.timing().ended() != null) {
            out.add(Line.field("Ended", Formats.time(t.timing().ended()), Role.NORMAL));
        }
        out.add(Line.field("Elapsed", Formats.duration(t.timing().elapsed(now)), Role.NORMAL));
        TuningJob.Counters c = t.counters();
        out.add(Line.field("Progress", SearchSummary.progress(t, false), Role.NORMAL));
        out.add(Line.field("Counters", SearchText.COUNTERS.formatted(c.completed(), c.inProgress(), c.failed(), c.stopped(), c.stoppedEarly()),
                Role.DIM));
        out.add(Line.field("Best job", t.bestJob() == null ? SearchText.NO_BEST_YET
                : t.bestJob() + (t.bestValue() == null ? "" : "  (" + t.objective().metric() + " " + Formats.metric(t.bestValue()) + ")"),
                Role.NORMAL));
        if (t.backend() != Backend.LOCAL) {
            out.add(Line.field("Cost so far", t.costSoFar() == null ? SearchText.PRICE_UNKNOWN : Formats.money(t.costSoFar()), Role.NORMAL));
        }
        out.add(Line.blank());
        out.add(Line.field("Strategy", t.strategy().apiName(), Role.NORMAL));
        out.add(Line.field("Objective", SearchSummary.objective(t), Role.NORMAL));
        out.add(Line.field("Limits", SearchText.LIMITS.formatted(t.limits().maxJobs(), t.limits().maxParallel()), Role.NORMAL));
        out.add(Line.field("Early stop", t.earlyStopping().apiName(), Role.NORMAL));
        out.add(Line.blank());
        out.add(Line.of(SearchText.DETAILS_RANGES, Role.COLUMN_HEADER));
        if (t.ranges().isEmpty()) {
            out.add(Line.of("  " + SearchText.NONE, Role.DIM));
        }
        t.ranges().forEach(r -> out.add(Line.of("  " + r, Role.NORMAL)));
        out.add(Line.of(SearchText.DETAILS_STATIC, Role.COLUMN_HEADER));
        Map<String, String> fixed = new TreeMap<>(t.staticHyperParameters());
        if (fixed.isEmpty()) {
            out.add(Line.of("  " + SearchText.NONE, Role.DIM));
        }
        fixed.forEach((k, v) -> out.add(Line.of("  " + k + " = " + v, Role.NORMAL)));
        return out;
    }
}

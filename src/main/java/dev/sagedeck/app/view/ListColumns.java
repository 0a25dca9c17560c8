package dev.sagedeck.app.view;

import dev.sagedeck.app.format.Formats;
import dev.sagedeck.app.AppState;
import dev.sagedeck.domain.JobCost;
import dev.sagedeck.app.MetricSeries;
import dev.sagedeck.app.view.ListColumn.Cell;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The job list's columns, left to right, and which of them fit a width. A narrow terminal drops
 * whole columns, lowest priority first, so no cell is cut in the middle of a word; the name column
 * takes what is left (a long name is cut in its middle, both ends readable).
 */
final class ListColumns {
    /** The name column keeps this many cells (a third of a narrow list) before any other column is given room. */
    static final int MIN_NAME = 28;

    private ListColumns() {}

    static final ListColumn OWNER = new ListColumn("OWNER", 9, 1, (j, s) -> {
        String owner = s.session().ownership().ownerOf(j);
        return Cell.plain(owner == null ? "?" : owner);
    });
    static final ListColumn WHERE = new ListColumn("WHERE", 9, 4, (j, s) -> Cell.plain(j.backend() == Backend.LOCAL ? "local" : "SageMaker"));
    static final ListColumn STATUS = new ListColumn("STATUS", 12, 0, (j, s) -> new Cell(Formats.status(j.status()), Role.of(j.status())));
    static final ListColumn PHASE = new ListColumn("PHASE", 12, 6, (j, s) -> Cell.plain(j.secondaryStatus() == null ? "" : j.secondaryStatus()));
    static final ListColumn INSTANCE = new ListColumn("INSTANCE", 16, 7, (j, s) -> Cell.plain(instance(j.resources())));
    static final ListColumn ELAPSED = new ListColumn("ELAPSED", 7, 2, (j, s) -> Cell.plain(Formats.duration(j.timing().elapsed(s.now()))));
    static final ListColumn METRIC = new ListColumn("METRIC", 15, 3, (j, s) -> Cell.plain(metric(j, series(j, s))));
    static final ListColumn COST = new ListColumn("COST", 8, 5, (j, s) -> Cell.plain(cost(j, s)));
    static final ListColumn TREND = new ListColumn("TREND", 12, 8, (j, s) -> {
        MetricSeries m = series(j, s);
        return new Cell(m.headline().map(h -> Sparkline.of(m.of(h), 12)).orElse(""), Role.PLOT_VALIDATION);
    });

    /** True for the columns a search's row fills as any row does (whose, where, status); the rest carry its summary. */
    static boolean beforeSummary(ListColumn col) {
        return col == OWNER || col == WHERE || col == STATUS;
    }

    /** The columns shown at {@code width} cells inside the list's border; OWNER only for everyone's jobs. */
    static List<ListColumn> fitting(int width, boolean all) {
        List<ListColumn> cols = new ArrayList<>(List.of(WHERE, STATUS, PHASE, INSTANCE, ELAPSED, METRIC, COST, TREND));
        if (all) {
            cols.add(0, OWNER);
        }
        int minName = Math.min(MIN_NAME, width / 3);
        while (nameWidth(width, cols) < minName) {
            Optional<ListColumn> drop = cols.stream().filter(c -> c.priority() > 0).max(Comparator.comparingInt(ListColumn::priority));
            if (drop.isEmpty()) {
                break;
            }
            cols.remove(drop.get());
        }
        return cols;
    }

    /** Cells left for the name: a margin on both sides and one space between columns. */
    static int nameWidth(int width, List<ListColumn> cols) {
        return width - cols.stream().mapToInt(c -> c.width() + 1).sum() - 2;
    }

    /** Test accuracy when the run scored one (what a decision rests on), else the last validation value. */
    static String metric(TrainingJob j, MetricSeries series) {
        Optional<Double> acc = JobResults.testAccuracy(j);
        if (acc.isPresent()) {
            return "test acc " + Formats.metric(acc.get());
        }
        return JobResults.headline(j, series).map(h -> h.shortName() + " " + Formats.metric(h.last())).orElse("");
    }

    private static MetricSeries series(TrainingJob j, AppState s) {
        return s.list().series().getOrDefault(j.name(), MetricSeries.EMPTY);
    }

    private static String instance(Resources r) {
        if (r == null) {
            return "";
        }
        return Resources.LOCAL_INSTANCE.equals(r.instanceType()) ? "this machine" : r.instanceType() + " x" + r.instanceCount();
    }

    /** "-" for local runs (no bill), "?" when the price is unknown, else the cost so far. */
    private static String cost(TrainingJob j, AppState s) {
        if (j.backend() == Backend.LOCAL) {
            return "-";
        }
        Optional<Price> price = s.session().price(j.resources() == null ? null : j.resources().instanceType());
        if (price.isEmpty()) {
            return "?";
        }
        return JobCost.of(j, price, s.now()).map(c -> Formats.money(c.usd())).orElse("$0.00");
    }
}

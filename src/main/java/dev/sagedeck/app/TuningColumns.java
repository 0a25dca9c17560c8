package dev.sagedeck.app;

import dev.sagedeck.app.format.Cells;
import dev.sagedeck.app.tuning.TuningViewState;
import dev.sagedeck.domain.tuning.ParameterRange;
import dev.sagedeck.domain.tuning.Ranking;
import java.util.ArrayList;
import java.util.List;

/**
 * The tuning table's columns for a width: the mark, the job (its name after the search's), each
 * searched hyperparameter as wide as its values (5 to 14 cells) while they fit, the objective, the
 * status and, when there is still room, the runtime. The layout asks it how wide the table wants to be, so
 * a wide terminal gives the plot the rest.
 */
public record TuningColumns(int job, List<Integer> params, boolean runtime, int hidden) {
    public static final int MARK = 2;
    public static final int OBJECTIVE = 10;
    public static final int STATUS = 15;
    public static final int RUNTIME = 8;
    private static final int MIN_PARAM = 5;
    private static final int MAX_PARAM = 14;
    private static final int MAX_JOB = 16;

    public TuningColumns {
        params = List.copyOf(params);
    }

    /** The columns of {@code rows} in {@code width} cells. */
    public static TuningColumns of(TuningViewState t, List<Ranking.Row> rows, int width) {
        int job = 3;
        for (Ranking.Row r : rows) {
            job = Math.max(job, Math.min(MAX_JOB, cells(shortName(t.name(), r.job().name()))));
        }
        List<ParameterRange> ranges = t.ranges();
        int room = width - (MARK + job + 1 + OBJECTIVE + 1 + STATUS);
        List<Integer> widths = new ArrayList<>();
        for (ParameterRange p : ranges) {
            int w = cells(p.name());
            for (Ranking.Row r : rows) {
                w = Math.max(w, cells(r.job().hyperParameters().getOrDefault(p.name(), "")));
            }
            w = Math.max(MIN_PARAM, Math.min(MAX_PARAM, w));
            if (room < w + 1) {
                break;
            }
            widths.add(w);
            room -= w + 1;
        }
        // the searched hyperparameters before the runtime: what a job was tried with matters more than how long it took
        boolean runtime = room >= 1 + RUNTIME;
        return new TuningColumns(job, widths, runtime, ranges.size() - widths.size());
    }

    /** The cells every column takes, spaces between included. */
    public int width() {
        int w = MARK + job + 1 + OBJECTIVE + 1 + STATUS + (runtime ? 1 + RUNTIME : 0);
        for (int p : params) {
            w += p + 1;
        }
        return w;
    }

    /** A training job's name after its search's ({@code 003-abcdef12} of {@code alice-tune-1-003-abcdef12}), else the whole name. */
    public static String shortName(String search, String job) {
        return job.startsWith(search + "-") && job.length() > search.length() + 1 ? job.substring(search.length() + 1) : job;
    }

    private static int cells(String s) {
        return Cells.width(InertText.of(s));
    }
}

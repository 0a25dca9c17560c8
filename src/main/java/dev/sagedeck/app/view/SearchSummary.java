package dev.sagedeck.app.view;

import dev.sagedeck.app.SearchText;
import dev.sagedeck.app.format.Formats;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.tuning.Objective;
import dev.sagedeck.domain.tuning.TuningJob;
import java.util.ArrayList;
import java.util.List;

/**
 * A search's row after its status: progress, best objective so far, cost so far of all its training
 * jobs (SageMaker's; a local search has no bill), strategy and objective. When they do not fit, whole
 * parts go from the end, then the best value and the progress take their short forms, so no part is
 * ever cut in the middle.
 */
final class SearchSummary {
    private static final String GAP = "  ";

    private SearchSummary() {}

    static String of(TuningJob t, int width) {
        String longProgress = progress(t, false);
        String shortProgress = progress(t, true);
        String strategy = t.strategy().apiName();
        // widest first; the readable progress goes last but one, the best value after it
        List<List<String>> candidates = List.of(
                List.of(longProgress, best(t, false), cost(t), strategy, objective(t)),
                List.of(longProgress, best(t, false), cost(t), strategy),
                List.of(longProgress, best(t, false), cost(t)),
                List.of(longProgress, best(t, true), cost(t)),
                List.of(shortProgress, best(t, true), cost(t)),
                List.of(shortProgress, best(t, true)),
                List.of(shortProgress));
        for (List<String> c : candidates) {
            String text = String.join(GAP, c.stream().filter(p -> !p.isEmpty()).toList());
            if (text.length() <= width) {
                return text;
            }
        }
        return TextFit.words(shortProgress, width);
    }

    /** "3 done, 2 running of 12" (parts that are 0 left out), or "3/2/0/0 of 12". */
    static String progress(TuningJob t, boolean narrow) {
        TuningJob.Counters c = t.counters();
        int max = t.limits().maxJobs();
        if (narrow) {
            return SearchText.PROGRESS_SHORT.formatted(c.completed(), c.inProgress(), c.failed(), c.stopped() + c.stoppedEarly(), max);
        }
        List<String> parts = new ArrayList<>();
        add(parts, SearchText.DONE, c.completed());
        add(parts, SearchText.RUNNING, c.inProgress());
        add(parts, SearchText.FAILED, c.failed());
        add(parts, SearchText.STOPPED, c.stopped());
        add(parts, SearchText.STOPPED_EARLY, c.stoppedEarly());
        return SearchText.OF_MAX.formatted(parts.isEmpty() ? "0" : String.join(", ", parts), max);
    }

    private static void add(List<String> parts, String format, int n) {
        if (n > 0) {
            parts.add(format.formatted(n));
        }
    }

    /** "best 0.8123", narrow "*0.8123"; nothing before a first training job has ended. */
    static String best(TuningJob t, boolean narrow) {
        if (t.bestValue() == null) {
            return "";
        }
        return (narrow ? SearchText.BEST_SHORT : SearchText.BEST).formatted(Formats.metric(t.bestValue()));
    }

    /** SageMaker's cost so far, "$?" when no price is known; nothing for a local search. */
    static String cost(TuningJob t) {
        if (t.backend() == Backend.LOCAL) {
            return "";
        }
        return t.costSoFar() == null ? "$?" : Formats.money(t.costSoFar());
    }

    static String objective(TuningJob t) {
        return t.objective().metric() + (t.objective().direction() == Objective.Direction.MAXIMIZE ? " max" : " min");
    }
}

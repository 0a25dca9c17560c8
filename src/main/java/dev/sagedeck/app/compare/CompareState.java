package dev.sagedeck.app.compare;

import dev.sagedeck.domain.TrainingJob;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparison: the jobs marked in the list (in marking order), whether the side-by-side view
 * is open, whether it shows every hyperparameter or only those that differ, how far it is
 * scrolled, the full descriptions that have arrived for the compared jobs, and the on-demand
 * evaluation of their models on a test file, and the metric the jobs are ordered by (null: marking order).
 * The last test file scored is remembered in the session (and the state directory) for the next {@code t}.
 */
public record CompareState(Set<String> marked, boolean open, boolean allParams, int scroll, Map<String, TrainingJob> described,
        TestEvaluation test, String sortBy) {
    public static final CompareState NONE = new CompareState(Set.of(), false, false, 0, Map.of(), TestEvaluation.NONE, null);

    public CompareState {
        marked = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(marked));
        described = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(described));
        test = test == null ? TestEvaluation.NONE : test;
    }

    /** Without a test evaluation (as before it existed). */
    public CompareState(Set<String> marked, boolean open, boolean allParams, int scroll, Map<String, TrainingJob> described) {
        this(marked, open, allParams, scroll, described, TestEvaluation.NONE, null);
    }

    public boolean isMarked(String name) {
        return marked.contains(name);
    }

    public CompareState toggle(String name) {
        Set<String> m = new LinkedHashSet<>(marked);
        if (!m.remove(name)) {
            m.add(name);
        }
        return new CompareState(m, open, allParams, scroll, described, test, sortBy);
    }

    public CompareState opened(boolean o) {
        // closing forgets the descriptions and the evaluation: a later compare starts fresh
        return new CompareState(marked, o, allParams, 0, o ? described : Map.of(), o ? test : TestEvaluation.NONE, o ? sortBy : null);
    }

    public CompareState withMarked(Set<String> m) {
        return new CompareState(m, open, allParams, scroll, described, test, sortBy);
    }

    public CompareState withAllParams(boolean a) {
        return new CompareState(marked, open, a, scroll, described, test, sortBy);
    }

    public CompareState withScroll(int s) {
        return new CompareState(marked, open, allParams, Math.max(0, s), described, test, sortBy);
    }

    public CompareState withDescribed(TrainingJob j) {
        Map<String, TrainingJob> d = new LinkedHashMap<>(described);
        d.put(j.name(), j);
        return new CompareState(marked, open, allParams, scroll, d, test, sortBy);
    }

    public CompareState withTest(TestEvaluation t) {
        return new CompareState(marked, open, allParams, scroll, described, t, sortBy);
    }

    public CompareState withSortBy(String metric) {
        return new CompareState(marked, open, allParams, scroll, described, test, metric);
    }

    /** The compared jobs, in marking order: the full description when it arrived, else the list row. */
    public List<TrainingJob> jobs(List<TrainingJob> rows) {
        List<TrainingJob> out = new java.util.ArrayList<>();
        for (String name : marked) {
            TrainingJob j = described.get(name);
            if (j == null) {
                j = rows.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
            }
            if (j != null) {
                out.add(j);
            }
        }
        return out;
    }
}

package dev.sagedeck.app;

import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.TuningJob;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The searches (tuning jobs) the list groups its training jobs under: the last ones listed (kept when
 * a listing fails), which are expanded, the training jobs listed for each expanded one, and the last
 * problem listing them (null when the last listing worked).
 */
public record SearchList(List<TuningJob> searches, Set<String> expanded, Map<String, List<TrainingJob>> children, String error) {
    public static final SearchList NONE = new SearchList(List.of(), Set.of(), Map.of(), null);

    public SearchList {
        searches = List.copyOf(searches);
        expanded = Set.copyOf(expanded);
        children = Map.copyOf(children);
    }

    /** The search of that name, if listed. */
    public Optional<TuningJob> find(String name) {
        return searches.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public boolean isExpanded(String name) {
        return expanded.contains(name);
    }

    /** Freshly listed searches; children are kept only for searches still expanded. */
    public SearchList withSearches(List<TuningJob> s, String problem) {
        return new SearchList(s, expanded, children, problem);
    }

    /** The searches of {@code backend} listed again, the others' kept (local ones first, as every listing puts them). */
    public SearchList withSearchesOf(dev.sagedeck.domain.Backend backend, List<TuningJob> fresh) {
        List<TuningJob> others = searches.stream().filter(t -> t.backend() != backend).toList();
        List<TuningJob> all = new java.util.ArrayList<>(backend == dev.sagedeck.domain.Backend.LOCAL ? fresh : others);
        all.addAll(backend == dev.sagedeck.domain.Backend.LOCAL ? others : fresh);
        return new SearchList(all, expanded, children, error);
    }

    /** True when a local search is listed that may still change (its row moves as its files do). */
    public boolean anyLocalLive() {
        return searches.stream().anyMatch(t -> t.backend() == dev.sagedeck.domain.Backend.LOCAL && !t.status().isFinal());
    }

    public SearchList expand(String name) {
        Set<String> e = new HashSet<>(expanded);
        e.add(name);
        return new SearchList(searches, e, children, error);
    }

    /** Folds a search: its listed training jobs are forgotten (listed again when it opens). */
    public SearchList collapse(String name) {
        Set<String> e = new HashSet<>(expanded);
        e.remove(name);
        Map<String, List<TrainingJob>> c = new HashMap<>(children);
        c.remove(name);
        return new SearchList(searches, e, c, error);
    }

    /** The training jobs listed for an expanded search (dropped when it was folded meanwhile). */
    public SearchList withChildren(String name, List<TrainingJob> jobs) {
        if (!expanded.contains(name)) {
            return this;
        }
        Map<String, List<TrainingJob>> c = new HashMap<>(children);
        c.put(name, List.copyOf(jobs));
        return new SearchList(searches, expanded, c, error);
    }

    public SearchList withError(String e) {
        return new SearchList(searches, expanded, children, e);
    }
}

package dev.sagedeck.app;

import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.SearchAsJob;
import dev.sagedeck.domain.tuning.TuningJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Searches (tuning jobs) in the job list: listed after every list refresh, then each expanded one's
 * training jobs (one listing per expanded search per refresh, none for a folded one: its rows are
 * grouped by the tag their search gave them), expanded and folded by the list's keys, and opened.
 */
final class SearchUpdate {
    private SearchUpdate() {}

    /** After a list refresh: list the searches again (dropped while a listing is on its way). */
    static Next refresh(Next after) {
        AppState s = after.state();
        if (s.busy(Effect.ListSearches.KEY)) {
            return after;
        }
        List<Effect> effects = new ArrayList<>(after.effects());
        effects.add(new Effect.ListSearches(s.list().scope()));
        return new Next(s.started(Effect.ListSearches.KEY), effects);
    }

    /**
     * Local files changed (the file watch, the same moment the local jobs are listed again): list the
     * local searches again too, so their rows' progress and best move with their training jobs, when
     * one may have moved: a local search still running, or a record the list does not know yet (a
     * search just started). The reading is an effect; a change while one is on its way reads once more after it.
     */
    static AppState listLocal(AppState s, java.util.Set<String> records, List<Effect> effects) {
        boolean unknown = records.stream().anyMatch(r -> r.isEmpty() || s.list().jobs().stream().noneMatch(j -> j.name().equals(r)));
        if (!s.list().searches().anyLocalLive() && !unknown) {
            return s;
        }
        String key = Effect.ListSearches.key(dev.sagedeck.domain.Backend.LOCAL);
        if (s.busy(key)) {
            return s.started(Effect.again(key));
        }
        effects.add(new Effect.ListSearches(s.list().scope(), dev.sagedeck.domain.Backend.LOCAL));
        return s.started(key);
    }

    /**
     * After the searches: the training jobs of each expanded one (of {@code only} that backend, when
     * only its searches were listed), one listing each (none while one is on its way). Asked after the
     * searches, not with them, so a backend that walked them for the cost moments ago can answer from that walk.
     */
    private static Next expandedChildren(AppState s, dev.sagedeck.domain.Backend only) {
        List<Effect> effects = new ArrayList<>();
        for (String name : s.list().searches().expanded()) {
            Effect.ListSearchChildren e = new Effect.ListSearchChildren(name);
            boolean listed = s.list().searches().find(name).filter(t -> only == null || t.backend() == only).isPresent();
            if (!s.busy(e) && listed) {
                effects.add(e);
                s = s.started(e);
            }
        }
        return new Next(s, effects);
    }

    static Next loaded(AppState s, Msg.SearchesLoaded m) {
        if (m.only() != null) {
            return loadedOf(s, m);
        }
        AppState n = s.finished(Effect.ListSearches.KEY);
        if (m.scope() != n.list().scope()) {
            // for the scope just left: ask again for the one shown now
            return Next.of(n.started(Effect.ListSearches.KEY), new Effect.ListSearches(n.list().scope()));
        }
        String problem = m.problem() == null ? null : SearchText.SEARCHES_FAILED.formatted(m.problem());
        n = withSearches(n, n.list().searches().withSearches(m.searches(), problem));
        if (problem != null && s.list().searches().error() == null) {
            n = n.withFlash(problem); // said once, not at every refresh
        }
        return expandedChildren(n, null);
    }

    /** One backend's searches (the local ones, on the file watch): its rows replaced, the others' kept; a failure keeps the last rows (the next full listing says it). */
    private static Next loadedOf(AppState s, Msg.SearchesLoaded m) {
        String key = Effect.ListSearches.key(m.only());
        AppState n = s.finished(key);
        List<Effect> effects = new ArrayList<>();
        if (n.busy(Effect.again(key))) {
            effects.add(new Effect.ListSearches(n.list().scope(), m.only()));
            n = n.finished(Effect.again(key)).started(key);
        }
        if (m.scope() != n.list().scope() || m.problem() != null) {
            return new Next(n, effects);
        }
        Next children = expandedChildren(withSearches(n, n.list().searches().withSearchesOf(m.only(), m.searches())), m.only());
        effects.addAll(children.effects());
        return new Next(children.state(), effects);
    }

    static Next failed(AppState s, Msg.SearchesFailed m) {
        if (m.only() != null) {
            // the local searches' own listing: the last rows stay, and the next full listing says what fails
            String key = Effect.ListSearches.key(m.only());
            return Next.of(s.finished(key).finished(Effect.again(key)));
        }
        AppState n = s.finished(Effect.ListSearches.KEY);
        String problem = SearchText.SEARCHES_FAILED.formatted(m.message());
        boolean first = n.list().searches().error() == null;
        n = n.withList(n.list().withSearches(n.list().searches().withError(problem)));
        return Next.of(first ? n.withFlash(problem) : n);
    }

    static Next childrenLoaded(AppState s, Msg.SearchChildrenLoaded m) {
        AppState n = s.finished(Effect.ListSearchChildren.key(m.search()));
        return Next.of(withSearches(n, n.list().searches().withChildren(m.search(), m.children())));
    }

    static Next childrenFailed(AppState s, Msg.SearchChildrenFailed m) {
        AppState n = s.finished(Effect.ListSearchChildren.key(m.search()));
        return Next.of(n.withFlash(SearchText.CHILDREN_FAILED.formatted(InertText.of(m.search()), m.message())));
    }

    /** The searches replaced, the cursor kept on a row that is still shown (a training job folded away: its search). */
    private static AppState withSearches(AppState s, SearchList searches) {
        JobListState l = s.list().withSearches(searches);
        List<ListRow> rows = JobQuery.rows(l, s.session().ownership());
        String selected = l.selected();
        if (selected != null && rows.stream().noneMatch(r -> r.name().equals(selected))) {
            Optional<String> parent = s.list().jobs().stream().filter(j -> j.name().equals(selected)).findFirst()
                    .flatMap(SearchAsJob::parentOf).filter(p -> rows.stream().anyMatch(r -> r.name().equals(p)));
            if (parent.isPresent()) {
                l = l.withSelected(parent.get());
            } else if (!rows.isEmpty()) {
                l = l.withSelected(rows.get(0).name());
            }
        }
        return s.withList(l);
    }

    /** The row under the cursor, if any. */
    static Optional<ListRow> selectedRow(AppState s) {
        List<ListRow> rows = JobQuery.rows(s.list(), s.session().ownership());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<TrainingJob> jobs = rows.stream().map(ListRow::job).toList();
        return Optional.of(rows.get(JobQuery.selectedIndex(jobs, s.list().selected())));
    }

    /** Enter: a folded search opens its training jobs under it, an expanded one opens; any other row opens its job. */
    static Next enter(AppState s, ListRow row) {
        if (row.kind() != ListRow.Kind.SEARCH) {
            return Update.open(s, row.job());
        }
        return row.expanded() ? open(s, row.search()) : expand(s, row);
    }

    /** Right: shows a folded search's training jobs under it (and lists them at once). */
    static Next expand(AppState s, ListRow row) {
        if (row.kind() != ListRow.Kind.SEARCH || row.expanded()) {
            return Next.of(s);
        }
        String name = row.search().name();
        AppState n = s.withList(s.list().withSearches(s.list().searches().expand(name)));
        if (row.search().counters().total() == 0) {
            n = n.withFlash(SearchText.NO_CHILDREN.formatted(InertText.of(name)));
        }
        Effect.ListSearchChildren e = new Effect.ListSearchChildren(name);
        return n.busy(e) ? Next.of(n) : Next.of(n.started(e), e);
    }

    /** Left: folds an expanded search; on one of its training jobs, goes up to the search and folds it. */
    static Next collapse(AppState s, ListRow row) {
        if (row.kind() == ListRow.Kind.JOB || row.kind() == ListRow.Kind.SEARCH && !row.expanded()) {
            return Next.of(s);
        }
        String name = row.search().name();
        return Next.of(s.withList(s.list().withSearches(s.list().searches().collapse(name)).withSelected(name)));
    }

    /** Opens a search (Enter on an expanded search, {@code t}): the tuning view, its training jobs ranked. */
    static Next open(AppState s, TuningJob t) {
        return TuningUpdate.open(s, new Msg.OpenTuning(t.name(), t.backend()));
    }
}

package dev.sagedeck.app;

import dev.sagedeck.app.keys.Action;
import dev.sagedeck.domain.TrainingJob;
import java.util.List;
import java.util.Optional;

/** What the list view does with each action. */
final class ListKeys {
    private ListKeys() {}

    static Next act(AppState s, Action action) {
        List<TrainingJob> rows = JobQuery.visible(s.list(), s.session().ownership());
        int i = JobQuery.selectedIndex(rows, s.list().selected());
        switch (action) {
            case UP:
                return select(s, rows, i - 1);
            case DOWN:
                return select(s, rows, i + 1);
            case PAGE_UP:
                return select(s, rows, i - KeyUpdate.page(s));
            case PAGE_DOWN:
                return select(s, rows, i + KeyUpdate.page(s));
            case TOP:
                return select(s, rows, 0);
            case BOTTOM:
                return select(s, rows, rows.size() - 1);
            case OPEN:
                return SearchUpdate.selectedRow(s).map(r -> SearchUpdate.enter(s, r)).orElse(Next.of(s));
            case EXPAND:
                return SearchUpdate.selectedRow(s).map(r -> SearchUpdate.expand(s, r)).orElse(Next.of(s));
            case COLLAPSE:
                return SearchUpdate.selectedRow(s).map(r -> SearchUpdate.collapse(s, r)).orElse(Next.of(s));
            case OPEN_TUNING:
                return SearchUpdate.selectedRow(s).filter(r -> r.kind() == ListRow.Kind.SEARCH)
                        .map(r -> SearchUpdate.open(s, r.search())).orElse(Next.of(s));
            case REFRESH:
                if (s.busy(Effect.ListJobs.KEY)) {
                    return Next.of(s.withFlash(Text.REFRESH_IN_FLIGHT));
                }
                return Next.of(s.started(Effect.ListJobs.KEY), new Effect.ListJobs(s.list().scope()));
            case TOGGLE_ALL:
                return Update.toggleScope(s);
            case FILTER:
                // the filter in force comes back pre-filled: typing a new one replaces it, an arrow or Backspace edits it
                return Next.of(s.withList(s.list().withFilterField(dev.sagedeck.app.keys.TextField.prefilled(s.list().filter()), true)));
            case SORT:
                JobListState l = s.list().withSort(s.list().sort().next());
                return Next.of(s.withList(l).withFlash(Text.SORTED_BY.formatted(l.sort().label())));
            case STOP:
                return StopUpdate.request(s, KeyUpdate.selected(s));
            case COPY_NAME:
                return copy(s, KeyUpdate.selected(s));
            case NEW_RUN:
                return WizardOpen.fresh(s);
            case CLONE:
                return WizardOpen.cloneOf(s, KeyUpdate.selected(s));
            case PROMOTE:
                return WizardOpen.promote(s, KeyUpdate.selected(s));
            case MARK:
                if (SearchUpdate.selectedRow(s).filter(r -> r.kind() == ListRow.Kind.SEARCH).isPresent()) {
                    return Next.of(s.withFlash(SearchText.MARK_A_CONFIGURATION));
                }
                // then on to the next row, as in k9s and lazygit: marking two jobs is Space Space
                Next marked = CompareKeys.mark(s);
                return rows.isEmpty() ? marked : new Next(select(marked.state(), rows, i + 1).state(), marked.effects());
            case UNMARK_ALL:
                return CompareKeys.unmarkAll(s);
            case COMPARE:
                return CompareKeys.open(s);
            case SIGNALS:
                return SignalUpdate.openList(s);
            default:
                return Next.of(s);
        }
    }

    private static Next select(AppState s, List<TrainingJob> rows, int index) {
        if (rows.isEmpty()) {
            return Next.of(s);
        }
        int clamped = Math.max(0, Math.min(rows.size() - 1, index));
        return Next.of(s.withList(s.list().withSelected(rows.get(clamped).name())));
    }

    static Next copy(AppState s, Optional<TrainingJob> job) {
        if (job.isEmpty()) {
            return Next.of(s);
        }
        String name = job.get().name();
        return Next.of(s.withFlash(Text.COPIED.formatted(name)), new Effect.CopyToClipboard(name));
    }
}

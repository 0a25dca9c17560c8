package dev.sagedeck.app;

import dev.sagedeck.app.compare.CompareState;
import dev.sagedeck.app.compare.CompareText;
import dev.sagedeck.app.compare.Comparison;
import dev.sagedeck.app.keys.Action;
import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.wizard.WizardText;
import dev.sagedeck.domain.TrainingJob;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Space marks jobs in the list; = opens them side by side (describing each); keys in the comparison. */
public final class CompareKeys {
    private CompareKeys() {}

    public static Next mark(AppState s) {
        return ActionTargets.selected(s).map(j -> {
            CompareState c = s.compare().toggle(j.name());
            return Next.of(s.withCompare(c).withFlash(WizardText.MARKED.formatted(c.marked().size())));
        }).orElse(Next.of(s));
    }

    /** {@code u}: every mark cleared at once, saying how many were. */
    public static Next unmarkAll(AppState s) {
        int n = s.compare().marked().size();
        return Next.of(s.withCompare(s.compare().withMarked(java.util.Set.of())).withFlash(WizardText.UNMARKED.formatted(n)));
    }

    /** Opens the comparison and asks for every compared job's full description (hyperparameters, metrics). */
    public static Next open(AppState s) {
        List<TrainingJob> jobs = s.compare().jobs(s.list().jobs());
        if (jobs.size() < 2) {
            return Next.of(s.withFlash(WizardText.COMPARE_NEED_TWO));
        }
        AppState n = s.withCompare(s.compare().opened(true)).withView(View.COMPARE);
        List<Effect> effects = new ArrayList<>();
        for (TrainingJob j : jobs) {
            if (!n.busy(Effect.DescribeJob.key(j.name()))) {
                effects.add(new Effect.DescribeJob(j.name()));
                n = n.started(Effect.DescribeJob.key(j.name()));
            }
        }
        return new Next(n, effects);
    }

    public static Next act(AppState s, Action action) {
        CompareState c = s.compare();
        OptionalInt scrolled = Scroll.after(action, c.scroll());
        if (scrolled.isPresent()) {
            return Next.of(s.withCompare(c.withScroll(scrolled.getAsInt())));
        }
        switch (action) {
            case BACK:
                return Next.of(s.withCompare(c.opened(false)).withView(TuningUpdate.backView(s)));
            case EVALUATE_TEST:
                return CompareEvaluate.prompt(s);
            case SORT:
                return sort(s);
            case ALL_PARAMS:
                return Next.of(s.withCompare(c.withAllParams(!c.allParams())));
            case EXPORT_CSV:
            case EXPORT_JSON:
                if (s.busy(Effect.ExportComparison.KEY)) {
                    return Next.of(s);
                }
                return Next.of(s.started(Effect.ExportComparison.KEY).withFlash(WizardText.EXPORTING),
                        new Effect.ExportComparison(of(s), action == Action.EXPORT_JSON));
            default:
                return Next.of(s);
        }
    }

    /** The comparison the screen shows now. */
    public static Comparison of(AppState s) {
        return Comparison.of(s.compare().jobs(s.list().jobs()), t -> s.session().price(t), s.now(), s.compare().allParams(),
                s.compare().test(), s.compare().sortBy());
    }

    /** The next metric to order the jobs by (best first), then back to marking order. */
    private static Next sort(AppState s) {
        List<String> metrics = of(s).sortable();
        int at = s.compare().sortBy() == null ? -1 : metrics.indexOf(s.compare().sortBy());
        String next = at + 1 < metrics.size() ? metrics.get(at + 1) : null;
        String flash = next == null ? CompareText.UNSORTED : CompareText.SORTED_BY.formatted(next);
        return Next.of(s.withCompare(s.compare().withSortBy(next)).withFlash(flash));
    }
}

package dev.sagedeck.app;

import dev.sagedeck.app.keys.Binding.View;
import dev.sagedeck.app.wizard.TuneText;
import dev.sagedeck.app.wizard.WizardField;
import dev.sagedeck.app.wizard.WizardPrefill;
import dev.sagedeck.app.wizard.WizardState;
import dev.sagedeck.app.wizard.WizardStep;
import dev.sagedeck.app.wizard.WizardText;
import dev.sagedeck.app.wizard.WizardTune;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.TuningLaunch;
import dev.sagedeck.domain.tuning.TuningPreview;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A search in the wizard: its review asks for the plan of exactly the search shown (the dry run, the
 * expected time, the checks), submit starts that search once and only when nothing FAILs, and P on a
 * local search reads it and opens the wizard on SageMaker with the tune step filled in from it.
 */
public final class WizardTuneUpdate {
    private WizardTuneUpdate() {}

    /** Whether a row is a local search (its own record, tagged so), which P promotes as a search. */
    public static boolean localSearch(TrainingJob j) {
        return j.backend() == Backend.LOCAL && dev.sagedeck.domain.tuning.SearchAsJob.isSearch(j); // its record, or the list's row for it
    }

    /** P in the tuning view: the search shown, when it is a local one. */
    static Next promoteShown(AppState s, dev.sagedeck.app.tuning.TuningViewState t) {
        if (t == null || t.search() == null) {
            return Next.of(s); // not read yet: nothing to promote
        }
        if (t.search().backend() != Backend.LOCAL) {
            return Next.of(s.withModal(new Modal.Message(WizardText.LAUNCH_TITLE, TuneText.PROMOTE_NOT_LOCAL_SEARCH.formatted(t.name()))));
        }
        return promote(s, dev.sagedeck.domain.tuning.SearchAsJob.of(t.search()));
    }

    /** The review of a search: its plan is asked for unless it is there for this very search. */
    static Next review(AppState s, WizardState moved) {
        TuningLaunch launch = WizardTune.launch(moved, s.session().ownership());
        if (moved.plan() != null && launch.equals(moved.plan().tuning())) {
            return Next.of(s.withWizard(moved));
        }
        AppState n = s.withWizard(moved.withPlan(WizardState.Plan.pending(launch)));
        if (n.busy(Effect.PlanTuning.KEY)) {
            return Next.of(n); // the answer for the older search is dropped on arrival and asked again
        }
        return Next.of(n.started(Effect.PlanTuning.KEY), new Effect.PlanTuning(launch));
    }

    /** Enter on a search's review: one launch of the search the review showed, under the name it showed. */
    static Next submit(AppState s, WizardState w) {
        TuningLaunch launch = WizardTune.launch(w, s.session().ownership());
        WizardState.Plan plan = w.plan();
        if (plan == null || plan.pending() || !launch.equals(plan.tuning())) {
            return Next.of(s.withFlash(WizardText.CHECKS_PENDING));
        }
        if (plan.error() != null) {
            return Next.of(s.withFlash(WizardText.BLOCKED.formatted(plan.error())));
        }
        Optional<Next> blocked = WizardSubmit.blockedByChecks(s, plan);
        if (blocked.isPresent()) {
            return blocked.get();
        }
        Map<String, String> remembered = WizardPrefill.remember(w.values());
        AppState n = WizardSubmit.submitting(s, w, remembered);
        return Next.of(n, new Effect.LaunchTuning(reviewed(launch, plan.preview())), new Effect.SaveWizardValues(remembered));
    }

    /** A generated SageMaker name carries the time: the search started is the one the review named. */
    static TuningLaunch reviewed(TuningLaunch launch, TuningPreview preview) {
        LaunchSpec b = launch.base();
        if (b.name() != null || preview == null || preview.name() == null || b.backend() != Backend.SAGEMAKER) {
            return launch;
        }
        return new TuningLaunch(b.withName(preview.name()), launch.plan());
    }

    static Next update(AppState s, Msg msg) {
        if (msg instanceof Msg.TuningPlanned m) {
            return planned(s, m.launch(), new WizardState.Plan(m.launch().base(), false, m.preview().requestJson(), m.checks(), null,
                    m.launch(), m.preview()));
        }
        if (msg instanceof Msg.TuningPlanFailed m) {
            return planned(s, m.launch(), new WizardState.Plan(m.launch().base(), false, null, List.of(), m.message(), m.launch(), null));
        }
        if (msg instanceof Msg.TuningLaunched m) {
            AppState n = s.finished(Effect.Launch.KEY).withWizard(null).withView(View.LIST);
            String flash = m.search().backend() == Backend.LOCAL
                    ? TuneText.STARTED.formatted(m.search().name(), m.search().limits().maxJobs())
                    : TuneText.STARTED_MANAGED.formatted(m.search().name(), m.search().status().text());
            n = n.withList(n.list().withSelected(m.search().name()).withNextRefresh(n.now())).withFlash(flash);
            if (n.busy(Effect.ListJobs.KEY)) {
                return Next.of(n);
            }
            return Next.of(n.started(Effect.ListJobs.KEY), new Effect.ListJobs(n.list().scope()));
        }
        if (msg instanceof Msg.TuningLaunchFailed m) {
            AppState n = s.finished(Effect.Launch.KEY);
            if (n.wizard() != null) {
                n = n.withWizard(n.wizard().withSubmitting(false)); // the wizard stays, every value kept
            }
            return Next.of(n.withModal(new Modal.Message(Text.LAUNCH_FAILED_TITLE, m.message())));
        }
        if (msg instanceof Msg.SearchToPromote m) {
            AppState n = s.finished(Effect.ReadSearch.key(m.search().name()));
            return WizardOpen.promoteSearch(n, m.search(), m.record());
        }
        Msg.SearchPromoteFailed m = (Msg.SearchPromoteFailed) msg;
        return Next.of(s.finished(Effect.ReadSearch.key(m.name())).withModal(new Modal.Message(WizardText.LAUNCH_TITLE, m.message())));
    }

    /** A search's plan arrived: kept if it is the review's current search, else the current one is asked for. */
    private static Next planned(AppState s, TuningLaunch launch, WizardState.Plan plan) {
        AppState n = s.finished(Effect.PlanTuning.KEY);
        WizardState w = n.wizard();
        if (w == null || w.plan() == null || w.plan().tuning() == null) {
            return Next.of(n);
        }
        if (w.plan().tuning().equals(launch)) {
            return Next.of(n.withWizard(w.withPlan(plan)));
        }
        if (w.plan().pending()) {
            return Next.of(n.started(Effect.PlanTuning.KEY), new Effect.PlanTuning(w.plan().tuning()));
        }
        return Next.of(n);
    }

    /** P on a local search: read it (its ranges and limits, and its record for the data), then open the wizard. */
    static Next promote(AppState s, TrainingJob search) {
        if (!search.status().isFinal()) {
            return Next.of(s.withModal(new Modal.Message(WizardText.LAUNCH_TITLE,
                    TuneText.PROMOTE_SEARCH_NOT_FINISHED.formatted(search.name(), search.status().text()))));
        }
        if (s.session().awsProblem() != null) {
            return Next.of(s.withModal(new Modal.Message(WizardText.LAUNCH_TITLE, WizardText.PROMOTE_NO_AWS.formatted(s.session().awsProblem()))));
        }
        String key = Effect.ReadSearch.key(search.name());
        if (s.busy(key)) {
            return Next.of(s);
        }
        return Next.of(s.started(key).withFlash(TuneText.PROMOTING.formatted(search.name())), new Effect.ReadSearch(search.name()));
    }

    /** The step a promoted search opens on: the tune step, filled in. */
    static final WizardStep PROMOTED_STEP = WizardStep.TUNE;

    /** The field the promoted wizard focuses: the first with a problem (an objective SageMaker lacks), else the first. */
    static WizardField firstProblem(WizardState w) {
        return WizardTune.fields().stream().filter(f -> w.errors().containsKey(f)).findFirst().orElse(WizardTune.fields().get(0));
    }
}

package dev.sagedeck.app;

import dev.sagedeck.app.wizard.WizardField;
import dev.sagedeck.app.wizard.WizardPrefill;
import dev.sagedeck.app.wizard.WizardSettings;
import dev.sagedeck.app.wizard.WizardSpec;
import dev.sagedeck.app.wizard.WizardState;
import dev.sagedeck.app.wizard.WizardStep;
import dev.sagedeck.app.wizard.WizardSteps;
import dev.sagedeck.app.wizard.WizardText;
import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.LaunchSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Submit and the review's plan. Submit sends exactly one launch, and only when every field is
 * valid, the checks for this very spec have arrived and none of them FAILs; the values are
 * remembered for next time in the same step.
 */
public final class WizardSubmit {
    private WizardSubmit() {}

    static Next submit(AppState s, WizardState w) {
        if (s.busy(Effect.Launch.KEY)) {
            return Next.of(s.withFlash(WizardText.SUBMITTING));
        }
        for (WizardStep step : WizardSteps.steps(w.values())) {
            for (WizardField f : WizardSteps.fields(step, w.values())) {
                String problem = w.errors().get(f);
                if (problem != null) {
                    return Next.of(s.withWizard(w.withStep(step, f)).withFlash(WizardText.FIX_FIRST.formatted(problem)));
                }
            }
        }
        if (dev.sagedeck.app.wizard.WizardTune.on(w.values())) {
            return WizardTuneUpdate.submit(s, w);
        }
        LaunchSpec spec = WizardSpec.of(w, s.session().ownership());
        WizardState.Plan plan = w.plan();
        if (plan == null || plan.pending() || plan.tuning() != null || !plan.spec().equals(spec)) {
            return Next.of(s.withFlash(WizardText.CHECKS_PENDING));
        }
        Optional<Next> blocked = blockedByChecks(s, plan);
        if (blocked.isPresent()) {
            return blocked.get();
        }
        Map<String, String> remembered = WizardPrefill.remember(w.values());
        AppState n = submitting(s, w, remembered);
        LaunchSpec launched = reviewed(spec, plan.request());
        List<Integer> counts = WizardSettings.counts(w.value(WizardField.INSTANCE_COUNT));
        Effect launch = counts.size() > 1 && launched.name() != null
                ? new Effect.LaunchExperiment(dev.sagedeck.domain.InstanceCounts.specs(launched, counts)) : new Effect.Launch(launched);
        return Next.of(n, launch, new Effect.SaveWizardValues(remembered));
    }

    /** A check that FAILed blocks submit, for a run and a search alike: said in the flash, nothing launched. */
    static Optional<Next> blockedByChecks(AppState s, WizardState.Plan plan) {
        return plan.firstFailure().map(failed -> Next.of(s.withFlash(WizardText.BLOCKED.formatted(failed.name() + ": " + failed.detail()))));
    }

    /** The wizard while its one launch is on the way: marked submitting, its values remembered for next time. */
    static AppState submitting(AppState s, WizardState w, Map<String, String> remembered) {
        return s.withWizard(w.withSubmitting(true)).withSession(s.session().withWizardLast(remembered))
                .started(Effect.Launch.KEY).withFlash(WizardText.SUBMITTING);
    }

    private static final java.util.regex.Pattern JOB_NAME = java.util.regex.Pattern.compile("\"TrainingJobName\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * The spec with the job name the review showed: a generated name carries the time, and the job
     * launched must be the one the user read about, not one named a few seconds later.
     */
    public static LaunchSpec reviewed(LaunchSpec spec, String request) {
        if (spec.name() != null || request == null) {
            return spec;
        }
        java.util.regex.Matcher m = JOB_NAME.matcher(request);
        if (!m.find()) {
            return spec;
        }
        return spec.withName(m.group(1));
    }

    /** The plan for a spec arrived: kept if it is the review's current spec, else the current one is asked for. */
    public static Next planned(AppState s, LaunchSpec spec, String request, List<CheckResult> checks, String error) {
        AppState n = s.finished(Effect.PlanLaunch.KEY);
        WizardState w = n.wizard();
        if (w == null || w.plan() == null || w.plan().tuning() != null) {
            return Next.of(n); // a search's review asks for its own plan
        }
        if (w.plan().spec().equals(spec)) {
            return Next.of(n.withWizard(w.withPlan(new WizardState.Plan(spec, false, request, checks, error))));
        }
        if (w.plan().pending()) {
            return Next.of(n.started(Effect.PlanLaunch.KEY), new Effect.PlanLaunch(w.plan().spec()));
        }
        return Next.of(n);
    }

    public static Next planned(AppState s, Msg.LaunchPlanned m) {
        return planned(s, m.spec(), m.request(), m.checks(), null);
    }

    public static Next planFailed(AppState s, Msg.LaunchPlanFailed m) {
        return planned(s, m.spec(), null, List.of(), m.message());
    }
}

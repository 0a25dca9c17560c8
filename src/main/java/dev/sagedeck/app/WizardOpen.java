package dev.sagedeck.app;

import dev.sagedeck.app.wizard.WizardField;
import dev.sagedeck.app.wizard.WizardPrefill;
import dev.sagedeck.app.wizard.WizardState;
import dev.sagedeck.app.wizard.WizardStep;
import dev.sagedeck.app.wizard.WizardText;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.TrainingJob;
import java.util.Map;
import java.util.Optional;

/** The three ways into the wizard: n (new, last values remembered), C (clone a job), P (promote a local run or search). */
public final class WizardOpen {
    private WizardOpen() {}

    public static Next fresh(AppState s) {
        return withFrameworks(WizardUpdate.open(s, base(s), WizardState.Origin.NEW, WizardStep.WHERE));
    }

    /** A clone opens on the hyperparameters, the usual thing to change; Esc reaches the earlier steps. */
    public static Next cloneOf(AppState s, Optional<TrainingJob> job) {
        if (job.isEmpty()) {
            return Next.of(s);
        }
        Map<WizardField, String> v = WizardPrefill.fromJob(job.get(), base(s));
        return withFrameworks(WizardUpdate.open(s, v, new WizardState.Origin(WizardState.Origin.Kind.CLONE, job.get()), WizardStep.PARAMS));
    }

    /** A promote opens on the SageMaker resources: data and hyperparameters are the local run's. */
    public static Next promote(AppState s, Optional<TrainingJob> job) {
        if (job.isEmpty()) {
            return Next.of(s);
        }
        TrainingJob j = job.get();
        if (WizardTuneUpdate.localSearch(j)) {
            return WizardTuneUpdate.promote(s, j); // its ranges are read first, then the wizard opens on the tune step
        }
        if (j.backend() != Backend.LOCAL) {
            return message(s, WizardText.PROMOTE_NOT_LOCAL.formatted(j.name()));
        }
        if (!j.status().isFinal()) {
            return message(s, WizardText.PROMOTE_NOT_FINISHED.formatted(j.name(), j.status().text()));
        }
        if (s.session().awsProblem() != null) {
            return message(s, WizardText.PROMOTE_NO_AWS.formatted(s.session().awsProblem()));
        }
        Map<WizardField, String> v = WizardPrefill.promote(j, base(s));
        return withFrameworks(WizardUpdate.open(s, v, new WizardState.Origin(WizardState.Origin.Kind.PROMOTE, j), WizardStep.RESOURCES));
    }

    /** The opened wizard, and the framework catalogue's read when it has not been read (the wizard says "loading" meanwhile). */
    private static Next withFrameworks(AppState opened) {
        if (opened.session().frameworks().loaded() || opened.busy(Effect.LoadFrameworks.KEY)) {
            return Next.of(opened);
        }
        return Next.of(opened.started(Effect.LoadFrameworks.KEY), new Effect.LoadFrameworks(opened.session().frameworks()));
    }

    /**
     * The catalogue read: the wizard offers its frameworks from now on; a failure leaves xgboost and
     * sklearn and says why (the Framework field keeps saying it; a wizard opened later asks again).
     */
    static AppState frameworksLoaded(AppState s, Msg.FrameworksLoaded m) {
        AppState n = s.finished(Effect.LoadFrameworks.KEY);
        if (m.catalog() == null) {
            return n.withSession(n.session().withFrameworks(n.session().frameworks().failed(m.problem())))
                    .withFlash(WizardText.FRAMEWORKS_UNREADABLE.formatted(m.problem()));
        }
        return n.withSession(n.session().withFrameworks(m.catalog()));
    }

    /** A local search read for P: the wizard on SageMaker, its data, fixed values and tune step from the search, opened on the tune step. */
    static Next promoteSearch(AppState s, dev.sagedeck.domain.tuning.TuningJob search, TrainingJob record) {
        Map<WizardField, String> v = dev.sagedeck.app.wizard.SearchPromotion.values(search, record, base(s));
        AppState n = WizardUpdate.open(s, v, new WizardState.Origin(WizardState.Origin.Kind.PROMOTE, record), WizardTuneUpdate.PROMOTED_STEP);
        return Next.of(n.withWizard(n.wizard().withFocus(WizardTuneUpdate.firstProblem(n.wizard()))));
    }

    private static Map<WizardField, String> base(AppState s) {
        return WizardPrefill.initial(s.session().wizardLast(), s.session().defaultRole());
    }

    private static Next message(AppState s, String text) {
        return Next.of(s.withModal(new Modal.Message(WizardText.LAUNCH_TITLE, text)));
    }
}

package dev.sagedeck.app.wizard;

import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.TuningJob;
import java.util.Map;

/**
 * A local search promoted to a SageMaker tuning job, the one rule for the dashboard's P and
 * {@code tune --like}: the run promoted as P promotes a run ({@link WizardPrefill#promote}: its data
 * and fixed hyperparameters, on SageMaker), with the tune step filled in from the search
 * ({@link WizardTune#fromSearch}: the same ranges; random stays Random and grid Grid, the two
 * strategies a local search has, both SageMaker's too; the objective kept, and judged: one the
 * built-in container does not tune on is a problem at the objective).
 */
public final class SearchPromotion {
    private SearchPromotion() {}

    /** The wizard's values for the promoted search. */
    public static Map<WizardField, String> values(TuningJob search, TrainingJob record, Map<WizardField, String> base) {
        return WizardTune.fromSearch(search, WizardPrefill.promote(record, base));
    }

    /** The values {@code tune --like} starts from: the lesson's defaults under the search's. */
    public static Map<WizardField, String> values(TuningJob search, TrainingJob record, String defaultRole) {
        return values(search, record, WizardPrefill.initial(Map.of(), defaultRole));
    }

    /** The wizard state those values make (no step shown), for {@link WizardTune#launch}. */
    public static WizardState state(TrainingJob record, Map<WizardField, String> values) {
        return new WizardState(WizardStep.REVIEW, null, values, Map.of(), new WizardState.Origin(WizardState.Origin.Kind.PROMOTE, record),
                null, false, 0);
    }

    /** The search {@code values} describe, as the wizard would start it. */
    public static dev.sagedeck.domain.tuning.TuningLaunch launch(TrainingJob record, Map<WizardField, String> values, Ownership me) {
        return WizardTune.launch(state(record, values), me);
    }
}

package dev.sagedeck.app.wizard;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import java.util.Map;

/**
 * The launch a clone of a job starts from, for {@code launch --like} and {@code train --like}: the
 * very rule of the dashboard's C ({@link WizardPrefill#fromJob}, then {@link WizardSpec#of(WizardState, Ownership)}),
 * on the backend the command starts, resuming the job's checkpoints when asked.
 */
public final class CloneSpec {
    private CloneSpec() {}

    public static LaunchSpec of(TrainingJob job, Ownership me, Backend on, boolean resumeCheckpoints) {
        Map<WizardField, String> v = new java.util.EnumMap<>(WizardPrefill.fromJob(job, WizardPrefill.initial(Map.of(), null)));
        v.put(WizardField.WHERE, on == Backend.SAGEMAKER ? WizardChoices.SAGEMAKER : WizardChoices.LOCAL);
        if (resumeCheckpoints) {
            v.put(WizardField.CHECKPOINTS, WizardChoices.RESUME);
        }
        WizardState w = new WizardState(WizardStep.REVIEW, null, v, Map.of(), new WizardState.Origin(WizardState.Origin.Kind.CLONE, job),
                null, false, 0);
        return WizardSpec.of(w, me);
    }

    /** The checkpoint prefix a clone of {@code job} would resume from, or null when the job wrote none. */
    public static String checkpointsOf(TrainingJob job) {
        return job.settings().checkpointUri();
    }
}

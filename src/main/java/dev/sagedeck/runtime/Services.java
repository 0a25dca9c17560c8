package dev.sagedeck.runtime;

import dev.sagedeck.app.Msg;
import dev.sagedeck.port.JobChanges;
import dev.sagedeck.port.LaunchPlanning;
import dev.sagedeck.port.ModelEvaluation;
import dev.sagedeck.port.ObjectStore;
import java.util.function.Supplier;

/**
 * The optional adapters the dashboard's effects use besides the job port: launch planning and the
 * S3 browser (null when AWS is not configured), model evaluation for the comparison, and the
 * look-up of the account and notebook instance for the header, and the watch on local job files
 * (null: local runs from other shells appear at the next refresh).
 */
public record Services(LaunchPlanning planning, ObjectStore objects, ModelEvaluation evaluation,
        Supplier<Msg.EnvironmentKnown> environment, JobChanges changes) {
    public static final Services NONE = new Services(null, null, null);

    public Services(LaunchPlanning planning, ObjectStore objects, ModelEvaluation evaluation,
            Supplier<Msg.EnvironmentKnown> environment) {
        this(planning, objects, evaluation, environment, null);
    }

    /** The same services, with local job files watched by {@code c}. */
    public Services withChanges(JobChanges c) {
        return new Services(planning, objects, evaluation, environment, c);
    }

    public Services(LaunchPlanning planning, ObjectStore objects, ModelEvaluation evaluation) {
        this(planning, objects, evaluation, null);
    }
}

package dev.sagedeck.runtime;

import dev.sagedeck.port.LaunchPlanning;
import dev.sagedeck.port.ModelEvaluation;
import dev.sagedeck.port.ObjectStore;

/**
 * The optional adapters the dashboard's effects use besides the job port: launch planning and the
 * S3 browser (null when AWS is not configured), and model evaluation for the comparison.
 */
public record Services(LaunchPlanning planning, ObjectStore objects, ModelEvaluation evaluation) {
    public static final Services NONE = new Services(null, null, null);
}

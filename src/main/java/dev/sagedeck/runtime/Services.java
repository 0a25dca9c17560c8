package dev.sagedeck.runtime;

import dev.sagedeck.app.Msg;
import dev.sagedeck.port.DataChecks;
import dev.sagedeck.port.JobChanges;
import dev.sagedeck.port.LaunchPlanning;
import dev.sagedeck.port.ModelEvaluation;
import dev.sagedeck.port.ObjectStore;
import dev.sagedeck.port.TuningJobs;
import dev.sagedeck.usecase.LaunchReview;
import java.util.function.Supplier;

/**
 * The optional adapters the dashboard's effects use besides the job port: SageMaker launch planning
 * (local runs are always planned, see {@link #review()}) and the S3 browser (null when AWS is not configured), model evaluation for the comparison, and the
 * look-up of the account and notebook instance for the header, and the watch on local job files
 * (null: local runs from other shells appear at the next refresh), and the look at a local run's
 * training file for the review (null: the review checks only that the files exist), and each backend's
 * searches for the tuning view (none: it says the backend is not configured).
 */
public record Services(LaunchPlanning planning, ObjectStore objects, ModelEvaluation evaluation,
        Supplier<Msg.EnvironmentKnown> environment, JobChanges changes, DataChecks data, java.util.List<TuningJobs> searches) {
    public static final Services NONE = new Services(null, null, null);

    public Services {
        searches = searches == null ? java.util.List.of() : java.util.List.copyOf(searches);
    }

    public Services(LaunchPlanning planning, ObjectStore objects, ModelEvaluation evaluation,
            Supplier<Msg.EnvironmentKnown> environment, JobChanges changes, DataChecks data) {
        this(planning, objects, evaluation, environment, changes, data, null);
    }

    public Services(LaunchPlanning planning, ObjectStore objects, ModelEvaluation evaluation,
            Supplier<Msg.EnvironmentKnown> environment, JobChanges changes) {
        this(planning, objects, evaluation, environment, changes, null);
    }

    public Services(LaunchPlanning planning, ObjectStore objects, ModelEvaluation evaluation,
            Supplier<Msg.EnvironmentKnown> environment) {
        this(planning, objects, evaluation, environment, null);
    }

    /** Plans for the wizard's review: local runs always (their data read by {@link #data} when set), SageMaker launches with {@link #planning}. */
    public LaunchReview review() {
        return new LaunchReview(planning, data);
    }

    /** The same services, with local job files watched by {@code c}. */
    public Services withChanges(JobChanges c) {
        return new Services(planning, objects, evaluation, environment, c, data, searches);
    }

    /** The same services, with local runs' training files read for the review by {@code d}. */
    public Services withDataChecks(DataChecks d) {
        return new Services(planning, objects, evaluation, environment, changes, d, searches);
    }

    /** The same services, with the searches of each backend (local searches, SageMaker tuning jobs) for the tuning view. */
    public Services withSearches(java.util.List<TuningJobs> s) {
        return new Services(planning, objects, evaluation, environment, changes, data, s);
    }

    public Services(LaunchPlanning planning, ObjectStore objects, ModelEvaluation evaluation) {
        this(planning, objects, evaluation, null);
    }
}

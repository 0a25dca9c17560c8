package dev.sagedeck.port;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.TuningLaunch;
import java.util.List;

/**
 * Searches (SageMaker hyperparameter tuning jobs, local searches), one implementation per backend.
 * Every method may block and throws {@link BackendException}; callers run it off the UI thread.
 */
public interface TuningJobs {
    Backend backend();

    /** Searches newest first: mine only, or every one the account can see. */
    List<TuningJob> list(JobScope scope);

    /** One search; NOT_FOUND when there is none of that name. */
    TuningJob describe(String name);

    /** The training jobs a search started (its configurations), as far as they are known. */
    List<TrainingJob> children(String name);

    /** Starts a search and returns it as first described. */
    TuningJob launch(TuningLaunch launch);

    /** The search worked out, nothing sent (a dry run); INVALID for a backend without one. */
    default dev.sagedeck.domain.tuning.TuningPreview preview(TuningLaunch launch) {
        throw new BackendException(BackendException.Kind.INVALID, "no dry run for a " + backend().label() + " search");
    }

    /** Asks the search to stop (callers check ownership and state first); CONFLICT when it no longer runs. */
    void stop(String name);
}

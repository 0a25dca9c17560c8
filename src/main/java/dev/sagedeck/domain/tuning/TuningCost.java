package dev.sagedeck.domain.tuning;

import dev.sagedeck.domain.Price;

/**
 * What a SageMaker search can cost at most and how long it should take, before it starts: the
 * ceiling is max jobs x each job's max runtime x the instance price (x instances); the expected wall
 * time is ceil(max jobs / max parallel) x one job's time (measured, or estimated).
 */
public final class TuningCost {
    /**
     * SageMaker's start-up before a training job trains: its instances provisioned, the image and the
     * data downloaded (2-4 min). The one figure for it: in the estimate below, and added to a time
     * measured on this machine when a SageMaker search is planned from it ({@link OneJobTime}).
     */
    public static final long SAGEMAKER_START_UP_SECONDS = 180;
    /** Training one built-in XGBoost job on small data. */
    public static final long SMALL_DATA_TRAINING_SECONDS = 120;
    /** One built-in XGBoost job on small data on SageMaker, when nothing was measured: the start-up plus training. */
    public static final long ESTIMATED_JOB_SECONDS = SAGEMAKER_START_UP_SECONDS + SMALL_DATA_TRAINING_SECONDS;

    private TuningCost() {}

    /** The most the search can cost in US dollars; null when the price is unknown. */
    public static Double ceilingUsd(TuningLimits limits, long maxRuntimeSeconds, int instances, Price price) {
        if (price == null) return null;
        return limits.maxJobs() * price.costOf(maxRuntimeSeconds, Math.max(1, instances));
    }

    /** How the expected wall time was had, as the review and the dry run say it. */
    public static String wallHow(TuningLimits limits, OneJobTime one) {
        return "ceil(%d jobs / %d at once) x %d s per job (%s)".formatted(limits.maxJobs(), Math.max(1, limits.maxParallel()), one.seconds(), one.how());
    }

    /** Rounds of parallel jobs times one job's time. */
    public static long expectedWallSeconds(TuningLimits limits, long oneJobSeconds) {
        long rounds = (limits.maxJobs() + (long) Math.max(1, limits.maxParallel()) - 1) / Math.max(1, limits.maxParallel());
        return rounds * oneJobSeconds;
    }
}

package dev.sagedeck.domain.tuning;

import dev.sagedeck.domain.Price;

/**
 * What a SageMaker search can cost at most and how long it should take, before it starts: the
 * ceiling is max jobs x each job's max runtime x the instance price (x instances); the expected wall
 * time is ceil(max jobs / max parallel) x one job's time (measured, or estimated).
 */
public final class TuningCost {
    /** One built-in XGBoost job on small data, when nothing was measured: SageMaker's 2-4 min start-up plus training. */
    public static final long ESTIMATED_JOB_SECONDS = 300;

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

package dev.sagedeck.domain.tuning;

/** How many configurations a search trains in all and at once (SageMaker's ResourceLimits). */
public record TuningLimits(int maxJobs, int maxParallel) {
    /** SageMaker's limits on MaxNumberOfTrainingJobs and MaxParallelTrainingJobs. */
    public static final int MAX_JOBS_LIMIT = 500;
    public static final int MAX_PARALLEL_LIMIT = 100;
}

package dev.sagedeck.domain.tuning;

/**
 * Tags that tie a search and its configurations together in a job's tags, for both backends:
 * SageMaker adds a tuning job's tags to the training jobs it launches; local configurations get them from their search.
 */
public final class TuningTags {
    /** On a configuration: the name of its search (tuning job). */
    public static final String TUNING_JOB = "sagedeck:tuning-job";
    /** On a local search's own record: {@code local-search}, so lists can tell it from a training run. */
    public static final String KIND = "sagedeck:kind";
    public static final String LOCAL_SEARCH = "local-search";
    /** On a configuration stopped by the median rule: why. */
    public static final String STOPPED_EARLY = "sagedeck:stopped-early";
    /** On a search: its best configuration so far. */
    public static final String BEST_JOB = "sagedeck:best-job";

    private TuningTags() {}
}

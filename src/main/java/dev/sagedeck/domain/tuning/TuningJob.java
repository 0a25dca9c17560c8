package dev.sagedeck.domain.tuning;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Timing;
import java.util.List;
import java.util.Map;

/**
 * A search as both backends describe it: a SageMaker hyperparameter tuning job, or a local search.
 * {@code ranges} are written as the CLI takes them ({@code --range max_depth=3:9}); {@code counters}
 * count its configurations by how they ended; {@code costSoFar} is null when no price is known.
 */
public record TuningJob(
        String name,
        String arn,
        Backend backend,
        JobStatus status,
        String owner,
        Timing timing,
        SearchStrategy strategy,
        Objective objective,
        List<String> ranges,
        Map<String, String> staticHyperParameters,
        TuningLimits limits,
        EarlyStopping earlyStopping,
        Counters counters,
        String bestJob,
        Double bestValue,
        Double costSoFar,
        String note,
        Map<String, String> tags,
        String raw) {

    /** Configurations by state: SageMaker's TrainingJobStatusCounters plus those stopped early. */
    public record Counters(int completed, int inProgress, int failed, int stopped, int stoppedEarly) {
        public int total() {
            return completed + inProgress + failed + stopped + stoppedEarly;
        }
    }

    public TuningJob {
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
        staticHyperParameters = staticHyperParameters == null ? Map.of() : Map.copyOf(staticHyperParameters);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }
}

package dev.sagedeck.domain.tuning;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A search, whichever backend runs it: the searched ranges, the fixed hyperparameters, the strategy,
 * the objective, the limits, early stopping and (random search) the seed that makes it repeatable.
 * Checked by {@link TuningRules}.
 */
public record TuningPlan(
        List<ParameterRange> ranges,
        Map<String, String> staticHyperParameters,
        SearchStrategy strategy,
        Objective objective,
        TuningLimits limits,
        EarlyStopping earlyStopping,
        long seed) {

    public TuningPlan {
        ranges = List.copyOf(ranges);
        staticHyperParameters = java.util.Collections.unmodifiableMap(new TreeMap<>(staticHyperParameters));
    }

    /** The range of {@code name}, if it is searched. */
    public java.util.Optional<ParameterRange> range(String name) {
        return ranges.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** Configurations a grid over these ranges has (integer ranges count every whole number); 0 with a continuous range. */
    public long gridSize() {
        long n = 1;
        for (ParameterRange r : ranges) {
            long k;
            if (r instanceof ParameterRange.IntegerRange i) k = i.max() - i.min() + 1;
            else if (r instanceof ParameterRange.CategoricalValues c) k = c.values().size();
            else return 0;
            n = Math.multiplyExact(n, Math.max(1, k));
            if (n > 1_000_000) return n;
        }
        return n;
    }
}

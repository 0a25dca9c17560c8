package dev.sagedeck.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lesson's experiment, the same job on 1 and then 2 instances, as several instance counts
 * ("1,2"): one job per count, named {@code <name>-x<count>} so the names show the count. The CLI
 * ({@code launch --instance-count 1,2}) and the wizard (Instance count {@code 1,2}) both ask here.
 */
public final class InstanceCounts {
    public static final int MAX_COUNTS = 5;
    public static final int MAX_INSTANCES = 100;

    private InstanceCounts() {}

    /** Why {@code counts} cannot be an experiment (or one job), or empty: each 1 to 100, each once, at most 5. */
    public static Optional<String> problem(List<Integer> counts) {
        List<Integer> seen = new ArrayList<>();
        for (int n : counts) {
            if (n < 1 || n > MAX_INSTANCES) {
                return Optional.of("--instance-count %d: a training job needs at least 1 instance, and sagedeck starts at most %d"
                        .formatted(n, MAX_INSTANCES));
            }
            if (seen.contains(n)) {
                return Optional.of("--instance-count names %d twice; give each count once".formatted(n));
            }
            seen.add(n);
        }
        return counts.size() > MAX_COUNTS
                ? Optional.of("--instance-count: %d counts; at most %d, one job each".formatted(counts.size(), MAX_COUNTS))
                : Optional.empty();
    }

    /** One spec per count from a named spec: {@code <name>-x<count>}, the name cut so the suffix fits in 63 characters. */
    public static List<LaunchSpec> specs(LaunchSpec named, List<Integer> counts) {
        List<LaunchSpec> out = new ArrayList<>();
        for (int n : counts) {
            Resources r = named.resources();
            out.add(named.withName(nameFor(named.name(), n)).withResources(new Resources(r.instanceType(), n, r.volumeGb(),
                    r.maxRuntimeSeconds(), r.managedSpot(), r.maxWaitSeconds())));
        }
        return out;
    }

    /** {@code alice-xgboost-20261206-184100-ab12} and 2 make {@code alice-xgboost-20261206-184100-ab12-x2}. */
    public static String nameFor(String name, int count) {
        String suffix = "-x" + count;
        String base = name.length() + suffix.length() > JobNames.MAX_LENGTH ? name.substring(0, JobNames.MAX_LENGTH - suffix.length()) : name;
        while (base.endsWith("-")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + suffix;
    }
}

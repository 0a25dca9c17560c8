package dev.sagedeck.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a job has cost: billable seconds × instance count × hourly price once AWS reports billable
 * time, and, while it runs, the time since training started as an estimate (labelled as such).
 * Pure: prices come from {@link dev.sagedeck.port.Prices}; an unknown price gives no cost at all.
 */
public final class JobCost {
    private JobCost() {}

    /** An amount in US dollars and what it is based on ("billable" or "running so far"). */
    public record Cost(double usd, String basis, Price price) {}

    /** The cost so far, or empty when the price or the time is unknown. */
    public static Optional<Cost> of(TrainingJob job, Optional<Price> price, Instant now) {
        Resources r = job.resources();
        if (price.isEmpty() || r == null || r.instanceCount() <= 0) {
            return Optional.empty();
        }
        Timing t = job.timing();
        if (t != null && t.billableSeconds() != null) {
            return Optional.of(new Cost(price.get().costOf(t.billableSeconds(), r.instanceCount()), "billable", price.get()));
        }
        if (t != null && t.started() != null && job.status().isActive()) {
            long seconds = t.elapsed(now).getSeconds();
            return Optional.of(new Cost(price.get().costOf(seconds, r.instanceCount()), "running so far", price.get()));
        }
        return Optional.empty();
    }

    /**
     * Managed spot savings in percent, {@code (1 - billable / training) × 100}, when spot was on and
     * both times are known.
     */
    public static OptionalDouble spotSavingsPercent(TrainingJob job) {
        Resources r = job.resources();
        Timing t = job.timing();
        if (r == null || !r.managedSpot() || t == null || t.billableSeconds() == null
                || t.trainingSeconds() == null || t.trainingSeconds() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((1.0 - (double) t.billableSeconds() / t.trainingSeconds()) * 100.0);
    }

    /**
     * What managed spot saved in US dollars: the on-demand price of the training seconds minus the
     * billable ones, times the instance count; empty without spot, times or a price.
     */
    public static OptionalDouble spotSavingsUsd(TrainingJob job, Optional<Price> price) {
        Timing t = job.timing();
        if (price.isEmpty() || spotSavingsPercent(job).isEmpty()) {
            return OptionalDouble.empty();
        }
        int n = job.resources().instanceCount();
        return OptionalDouble.of(price.get().costOf(t.trainingSeconds(), n) - price.get().costOf(t.billableSeconds(), n));
    }
}

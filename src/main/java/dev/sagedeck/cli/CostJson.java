package dev.sagedeck.cli;

import dev.sagedeck.domain.JobCost;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.TrainingJob;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** {@code describe --json}'s cost and spot members: null when the price or the times are unknown. */
final class CostJson {
    private CostJson() {}

    static Map<String, Object> of(TrainingJob j, Optional<Price> price, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        Optional<JobCost.Cost> cost = JobCost.of(j, price, now);
        m.put("costUsd", cost.map(JobCost.Cost::usd).orElse(null));
        m.put("costBasis", cost.map(JobCost.Cost::basis).orElse(null));
        m.put("usdPerHour", price.map(Price::usdPerHour).orElse(null));
        m.put("spotSavingsPercent", boxed(JobCost.spotSavingsPercent(j)));
        m.put("spotSavingsUsd", boxed(JobCost.spotSavingsUsd(j, price)));
        return m;
    }

    private static Double boxed(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}

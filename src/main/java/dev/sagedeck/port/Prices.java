package dev.sagedeck.port;

import dev.sagedeck.domain.Price;
import java.util.Map;
import java.util.Optional;

/** Hourly on-demand training prices by instance type, in the region the backend works in. */
public interface Prices {

    /** The price of one instance-hour of {@code instanceType}; empty when unknown (never a guess). */
    Optional<Price> hourly(String instanceType);

    /** The prices known without any call (own file, cached answers, bundled table), by instance type: for a start that must not wait. */
    default Map<String, Price> known() {
        return Map.of();
    }
}

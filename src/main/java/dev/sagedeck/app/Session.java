package dev.sagedeck.app;

import dev.sagedeck.app.keys.Keymap;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Price;
import java.util.Map;
import java.util.Optional;

/**
 * What stays fixed while the dashboard runs: version, who I am, which backends are on, the AWS
 * status line, the notebook instance, read-only mode, the key bindings and known prices.
 */
public record Session(
        String version,
        Ownership ownership,
        String backends,
        String awsStatus,
        String notebook,
        boolean readOnly,
        Keymap keymap,
        Map<String, Price> prices) {

    public Session {
        prices = Map.copyOf(prices);
    }

    public Session withOwnership(Ownership o) {
        return new Session(version, o, backends, awsStatus, notebook, readOnly, keymap, prices);
    }

    /** The hourly price of an instance type, when known (never a guess). */
    public Optional<Price> price(String instanceType) {
        return Optional.ofNullable(instanceType == null ? null : prices.get(instanceType));
    }
}

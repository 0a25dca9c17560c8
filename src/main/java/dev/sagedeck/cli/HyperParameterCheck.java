package dev.sagedeck.cli;

import java.util.Map;
import java.util.Optional;

/**
 * The hook {@code train} calls to validate built-in XGBoost hyperparameters before anything
 * starts: {@link #standard()} applies {@code dev.sagedeck.domain.HyperParameterRules}, which names
 * the parameter and its allowed range ({@code eta=0}, {@code subsample=1.5}, ...).
 */
@FunctionalInterface
interface HyperParameterCheck {
    /** The first problem with {@code hyperParameters}, or empty. */
    Optional<String> problem(Map<String, String> hyperParameters);

    static HyperParameterCheck standard() {
        return hps -> {
            try {
                dev.sagedeck.domain.HyperParameterRules.validate(hps);
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
        };
    }
}

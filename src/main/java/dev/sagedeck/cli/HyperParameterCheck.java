package dev.sagedeck.cli;

import java.util.Map;
import java.util.Optional;

/**
 * The hook {@code train} calls to validate built-in XGBoost hyperparameters before anything
 * starts. {@link #standard()} is where {@code dev.sagedeck.domain.HyperParameterRules} plugs in
 * (names the parameter and its allowed range: {@code eta=0}, {@code subsample=1.5}, ...); until
 * that is merged it accepts everything and the trainer's own check reports bad values as a Failed run.
 */
@FunctionalInterface
interface HyperParameterCheck {
    /** The first problem with {@code hyperParameters}, or empty. */
    Optional<String> problem(Map<String, String> hyperParameters);

    static HyperParameterCheck standard() {
        // TODO(lead): return hps -> HyperParameterRules.<check>(hps) once the engine branch is merged.
        return hps -> Optional.empty();
    }
}

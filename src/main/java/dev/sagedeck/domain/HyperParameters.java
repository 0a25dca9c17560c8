package dev.sagedeck.domain;

import java.util.List;
import java.util.Map;

/**
 * Hyperparameters after {@link HyperParameterRules#validate}: the lesson's five with defaults
 * filled in, the optional ones sagedeck understands (null when not given), every other key passed
 * to XGBoost unchanged, and warnings (e.g. a name XGBoost would silently ignore).
 */
public record HyperParameters(
        int maxDepth,
        double eta,
        double subsample,
        double colsampleBytree,
        int numRound,
        String objective,
        List<String> evalMetrics,
        Long seed,
        Integer nthread,
        Integer numClass,
        Integer earlyStoppingRounds,
        String treeMethod,
        Map<String, String> passThrough,
        List<String> warnings) {

    public HyperParameters {
        evalMetrics = evalMetrics == null ? List.of() : List.copyOf(evalMetrics);
        passThrough = Map.copyOf(passThrough);
        warnings = List.copyOf(warnings);
    }
}

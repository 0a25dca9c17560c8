package dev.sagedeck.domain.tuning;

import dev.sagedeck.domain.HyperParameterRules;
import java.util.List;
import java.util.Optional;

/**
 * The objectives SageMaker's built-in XGBoost container can tune (its documented metrics, "Tune an
 * XGBoost Model"): a managed search of the built-in algorithm must pick one of them; a local search
 * can pick those XGBoost itself reports (accuracy and f1 are the container's own).
 */
public final class XgboostObjectives {
    /** The lesson's metric first, then the others as the container documents them. */
    public static final List<String> CONTAINER = List.of("validation:logloss", "validation:auc", "validation:error",
            "validation:accuracy", "validation:f1", "validation:map", "validation:ndcg", "validation:merror", "validation:mlogloss",
            "validation:mae", "validation:mse", "validation:rmse");

    private XgboostObjectives() {}

    /** The container's objectives a local search can use too (XGBoost reports them as an eval_metric). */
    public static List<String> local() {
        return CONTAINER.stream()
                .filter(m -> HyperParameterRules.problem(HyperParameterRules.EVAL_METRIC, Objective.metricName(m)).isEmpty())
                .toList();
    }

    /** Why a managed search of the built-in algorithm cannot optimise {@code metric}, or empty when it can. */
    public static Optional<String> managedProblem(String metric) {
        if (CONTAINER.contains(metric)) return Optional.empty();
        return Optional.of("SageMaker's built-in XGBoost container does not tune on " + metric + "; it tunes on "
                + String.join(", ", CONTAINER) + " (--objective)");
    }
}

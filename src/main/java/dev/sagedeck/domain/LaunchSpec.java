package dev.sagedeck.domain;

import java.util.Map;

/**
 * Everything needed to start a run on either backend. {@code script} is null for the built-in
 * XGBoost algorithm. SageMaker-only fields ({@code roleArn}, {@code outputPath},
 * {@code imageVersion}) are ignored by the local backend. {@code budgetUsd} is the run's own cost
 * budget for the budget signal (null: {@code budget.job} from the config, if any).
 */
public record LaunchSpec(
        Backend backend,
        String name,
        String owner,
        DataSpec data,
        Map<String, String> hyperParameters,
        ScriptSpec script,
        Resources resources,
        String roleArn,
        String outputPath,
        String imageVersion,
        Double budgetUsd) {

    public LaunchSpec {
        hyperParameters = hyperParameters == null ? Map.of() : Map.copyOf(hyperParameters);
    }

    public LaunchSpec(Backend backend, String name, String owner, DataSpec data, Map<String, String> hyperParameters,
            ScriptSpec script, Resources resources, String roleArn, String outputPath, String imageVersion) {
        this(backend, name, owner, data, hyperParameters, script, resources, roleArn, outputPath, imageVersion, null);
    }

    /** This spec with its own budget in US dollars (null: none). */
    public LaunchSpec withBudget(Double usd) {
        return new LaunchSpec(backend, name, owner, data, hyperParameters, script, resources, roleArn, outputPath, imageVersion, usd);
    }
}

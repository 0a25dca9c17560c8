package dev.sagedeck.domain;

import java.util.Map;

/**
 * Everything needed to start a run on either backend. {@code script} is null for the built-in
 * XGBoost algorithm. SageMaker-only fields ({@code roleArn}, {@code outputPath},
 * {@code imageVersion}, {@code settings}) are ignored by the local backend. {@code budgetUsd} is the run's own cost
 * budget for the budget signal (null: {@code budget.job} from the config, if any). {@code settings}
 * is what else the CreateTrainingJob carries (environment, tags, VPC, checkpoints ...; never null).
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
        Double budgetUsd,
        JobSettings settings) {

    public LaunchSpec {
        hyperParameters = hyperParameters == null ? Map.of() : Map.copyOf(hyperParameters);
        settings = settings == null ? JobSettings.NONE : settings;
    }

    public LaunchSpec(Backend backend, String name, String owner, DataSpec data, Map<String, String> hyperParameters,
            ScriptSpec script, Resources resources, String roleArn, String outputPath, String imageVersion, Double budgetUsd) {
        this(backend, name, owner, data, hyperParameters, script, resources, roleArn, outputPath, imageVersion, budgetUsd, null);
    }

    public LaunchSpec(Backend backend, String name, String owner, DataSpec data, Map<String, String> hyperParameters,
            ScriptSpec script, Resources resources, String roleArn, String outputPath, String imageVersion) {
        this(backend, name, owner, data, hyperParameters, script, resources, roleArn, outputPath, imageVersion, null, null);
    }

    /** This spec with its own budget in US dollars (null: none). */
    public LaunchSpec withBudget(Double usd) {
        return new LaunchSpec(backend, name, owner, data, hyperParameters, script, resources, roleArn, outputPath, imageVersion, usd, settings);
    }

    /** This spec with what else the CreateTrainingJob carries. */
    public LaunchSpec withSettings(JobSettings s) {
        return new LaunchSpec(backend, name, owner, data, hyperParameters, script, resources, roleArn, outputPath, imageVersion, budgetUsd, s);
    }

    public LaunchSpec withName(String n) {
        return new LaunchSpec(backend, n, owner, data, hyperParameters, script, resources, roleArn, outputPath, imageVersion, budgetUsd, settings);
    }

    public LaunchSpec withData(DataSpec d) {
        return new LaunchSpec(backend, name, owner, d, hyperParameters, script, resources, roleArn, outputPath, imageVersion, budgetUsd, settings);
    }

    public LaunchSpec withResources(Resources r) {
        return new LaunchSpec(backend, name, owner, data, hyperParameters, script, r, roleArn, outputPath, imageVersion, budgetUsd, settings);
    }
}

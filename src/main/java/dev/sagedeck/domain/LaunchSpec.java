package dev.sagedeck.domain;

import java.util.Map;

/**
 * Everything needed to start a run on either backend. {@code script} is null for the built-in
 * XGBoost algorithm. SageMaker-only fields ({@code roleArn}, {@code outputPath},
 * {@code imageVersion}) are ignored by the local backend.
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
        String imageVersion) {

    public LaunchSpec {
        hyperParameters = hyperParameters == null ? Map.of() : Map.copyOf(hyperParameters);
    }
}

package dev.sagedeck.domain;

import java.util.List;

/**
 * Script mode: the user's entry point, its source directory and the framework container that runs
 * it, with the framework's version and Python version (null: the defaults), its own distributed
 * training ({@code torch_distributed}, {@code multi_worker_mirrored_strategy},
 * {@code parameter_server}; null: none) and the metric rules for its log ({@code --metric}; empty:
 * sagedeck's defaults).
 */
public record ScriptSpec(String entryPoint, String sourceDir, String framework, String frameworkVersion, String pyVersion,
        String distribution, List<MetricDefinition> metrics) {

    public ScriptSpec {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    public ScriptSpec(String entryPoint, String sourceDir, String framework, String frameworkVersion) {
        this(entryPoint, sourceDir, framework, frameworkVersion, null, null, List.of());
    }
}

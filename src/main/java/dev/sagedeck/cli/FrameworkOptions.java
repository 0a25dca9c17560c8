package dev.sagedeck.cli;

import dev.sagedeck.domain.MetricDefinition;
import dev.sagedeck.domain.ScriptSpec;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code launch}'s script-mode framework choices beyond {@code --framework}: the framework and
 * Python versions (checked against the SDK's image tables by the planner, which lists the valid
 * ones) and the framework's own distributed training.
 */
public final class FrameworkOptions {
    static final List<String> FRAMEWORKS = List.of("xgboost", "sklearn", "pytorch", "tensorflow");

    @Option(names = "--framework-version", paramLabel = "VER", description = "Script mode: the framework's version, "
            + "e.g. 2.8.0 (pytorch), 2.19.0 (tensorflow) or 1.4-2 (sklearn); default for pytorch and tensorflow the newest "
            + "the SageMaker Python SDK lists for training, xgboost 1.7-1, sklearn 1.2-1.")
    String frameworkVersion;

    @Option(names = "--py-version", paramLabel = "pyXY", description = "Script mode, pytorch/tensorflow: the image's Python, e.g. py312 "
            + "(needed only when the version has several).")
    String pyVersion;

    @Option(names = "--distribution", paramLabel = "STRATEGY", description = "Script mode: the framework's distributed training: "
            + "torch_distributed (pytorch, GPU), multi_worker_mirrored_strategy or parameter_server (tensorflow).")
    String distribution;

    /** The script spec with these choices; {@code imageVersion} is launch's older --image-version, which means the same. */
    ScriptSpec scriptSpec(String script, String sourceDir, String framework, String imageVersion, List<MetricDefinition> metrics) {
        if (frameworkVersion != null && imageVersion != null && !frameworkVersion.equals(imageVersion)) {
            throw new IllegalArgumentException("--framework-version and --image-version name the same thing; give one");
        }
        String version = frameworkVersion != null ? frameworkVersion : imageVersion;
        return new ScriptSpec(script, sourceDir, framework, version, pyVersion, distribution, metrics);
    }

    /** These options mean nothing without a script. */
    void refuseWithoutScript() {
        if (frameworkVersion != null || pyVersion != null || distribution != null) {
            throw new IllegalArgumentException("--framework-version, --py-version and --distribution go with --script FILE "
                    + "(built-in XGBoost: --image-version)");
        }
    }
}

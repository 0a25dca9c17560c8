package dev.sagedeck.app.wizard;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a PyTorch or TensorFlow training image's tag says ({@code 2.8.0-gpu-py312}: version,
 * processor, Python), and which distribution a job's hyperparameters turned on; a clone starts from them.
 */
record FrameworkTag(String version, String processor, String pyVersion) {
    private static final Pattern TAG = Pattern.compile("(?:pytorch|tensorflow)[a-z-]*:(\\d+(?:\\.\\d+)*)-(cpu|gpu)-(py\\d*)(?:-.*)?$");
    /** The SDK's distribution switches (Framework.LAUNCH_*_ENV_NAME, PyTorch.LAUNCH_TORCH_DISTRIBUTED_ENV_NAME). */
    private static final Map<String, String> SWITCHES = Map.of(
            "sagemaker_torch_distributed_enabled", "torch_distributed",
            "sagemaker_multi_worker_mirrored_strategy_enabled", "multi_worker_mirrored_strategy",
            "sagemaker_parameter_server_enabled", "parameter_server");

    static Optional<FrameworkTag> of(String image) {
        Matcher m = TAG.matcher(image == null ? "" : image);
        return m.find() ? Optional.of(new FrameworkTag(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    /** The strategy whose switch is {@code true}, else {@link WizardChoices#NO_DISTRIBUTION}. */
    static String distribution(Map<String, String> hyperParameters) {
        for (Map.Entry<String, String> e : SWITCHES.entrySet()) {
            if ("true".equals(hyperParameters.get(e.getKey()))) {
                return e.getValue();
            }
        }
        return WizardChoices.NO_DISTRIBUTION;
    }
}

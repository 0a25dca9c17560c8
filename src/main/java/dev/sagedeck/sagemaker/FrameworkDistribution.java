package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.FrameworkCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The framework's own distributed training, as the SageMaker Python SDK checks and encodes it
 * (v2.257.6 {@code src/sagemaker/fw_utils.py} {@code validate_distribution},
 * {@code validate_torch_distributed_distribution}, {@code warn_if_parameter_server_with_multi_gpu};
 * {@code src/sagemaker/estimator.py} {@code Framework._distribution_configuration},
 * {@code _validate_mwms_config}; {@code src/sagemaker/pytorch/estimator.py}
 * {@code _pytorch_distribution_configuration}): the hyperparameters it adds, before JSON encoding.
 */
final class FrameworkDistribution {
    static final String TORCH_DISTRIBUTED = "torch_distributed";
    static final String MWMS = "multi_worker_mirrored_strategy";
    static final String PARAMETER_SERVER = "parameter_server";
    static final List<String> STRATEGIES = List.of(TORCH_DISTRIBUTED, MWMS, PARAMETER_SERVER);

    /** {@code fw_utils.TORCH_DISTRIBUTED_GPU_SUPPORTED_FRAMEWORK_VERSIONS}, compared with the version as given. */
    static final List<String> TORCH_DISTRIBUTED_GPU_VERSIONS = List.of("1.13.1", "2.0.0", "2.0.1", "2.1.0", "2.1.2", "2.2.0",
            "2.3.0", "2.3.1", "2.4.1", "2.5.1", "2.6.0", "2.7.1", "2.8.0");
    /** {@code fw_utils.SINGLE_GPU_INSTANCE_TYPES}. */
    private static final List<String> SINGLE_GPU = List.of("ml.p2.xlarge", "ml.p3.2xlarge");
    /** {@code fw_utils.PARAMETER_SERVER_MULTI_GPU_WARNING}, shortened. */
    static final String PS_MULTI_GPU_WARNING = "parameter_server on a multi-GPU instance runs one worker per host: "
            + "it will not use all the GPUs";

    private FrameworkDistribution() {}

    /**
     * The hyperparameters {@code strategy} adds (empty for none); INVALID when the SDK would refuse
     * the combination, with what would work.
     */
    static Map<String, Object> hyperParameters(String strategy, FrameworkImage image, String instanceType, String entryPoint) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (strategy == null || strategy.isBlank()) {
            return out;
        }
        String framework = image.framework();
        switch (strategy) {
            case TORCH_DISTRIBUTED:
                requireFramework(strategy, framework, FrameworkCatalog.PYTORCH);
                checkTorchDistributed(image, instanceType, entryPoint);
                out.put("sagemaker_torch_distributed_enabled", true);
                out.put("sagemaker_instance_type", instanceType);
                return out;
            case MWMS:
                requireFramework(strategy, framework, FrameworkCatalog.TENSORFLOW);
                if (FrameworkCatalog.compareVersions(image.version(), "2.9") < 0) {
                    throw LaunchPlanner.invalid("multi_worker_mirrored_strategy needs TensorFlow 2.9 or later; %s was chosen"
                            .formatted(image.version()));
                }
                out.put("sagemaker_multi_worker_mirrored_strategy_enabled", true);
                return out;
            case PARAMETER_SERVER:
                requireFramework(strategy, framework, FrameworkCatalog.TENSORFLOW);
                out.put("sagemaker_parameter_server_enabled", true);
                return out;
            default:
                throw LaunchPlanner.invalid("unknown distribution '%s'; choose %s".formatted(strategy, String.join(", ", STRATEGIES)));
        }
    }

    /** The SDK's warning for parameter_server on a multi-GPU p instance, or null. */
    static String warning(String strategy, String instanceType) {
        if (!PARAMETER_SERVER.equals(strategy)) {
            return null;
        }
        boolean multiGpu = FrameworkTable.family(instanceType).startsWith("p") && !SINGLE_GPU.contains(instanceType);
        return multiGpu ? PS_MULTI_GPU_WARNING : null;
    }

    private static void requireFramework(String strategy, String framework, String needed) {
        if (!needed.equals(framework)) {
            throw LaunchPlanner.invalid("distribution %s is for %s; the framework is %s".formatted(strategy, needed, framework));
        }
    }

    private static void checkTorchDistributed(FrameworkImage image, String instanceType, String entryPoint) {
        if (!image.pyVersion().contains("py3")) {
            throw LaunchPlanner.invalid("torch_distributed needs Python 3; %s was chosen".formatted(image.pyVersion()));
        }
        if (!"gpu".equals(image.processor())) {
            throw LaunchPlanner.invalid("torch_distributed runs on GPU instances only; %s has no GPU (try ml.g5.12xlarge or ml.p4d.24xlarge)"
                    .formatted(instanceType));
        }
        if (!TORCH_DISTRIBUTED_GPU_VERSIONS.contains(image.version())) {
            throw LaunchPlanner.invalid("torch_distributed on GPU supports PyTorch %s; %s was chosen (give the full version)"
                    .formatted(String.join(", ", TORCH_DISTRIBUTED_GPU_VERSIONS), image.version()));
        }
        if (!entryPoint.endsWith(".py")) {
            throw LaunchPlanner.invalid("torch_distributed runs Python programs only (*.py); the entry point is " + entryPoint);
        }
    }
}

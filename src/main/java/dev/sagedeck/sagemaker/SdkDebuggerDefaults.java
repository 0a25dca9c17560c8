package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.FrameworkCatalog;
import dev.sagedeck.domain.LaunchSpec;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;

/**
 * The Debugger and Profiler settings every SageMaker Python SDK estimator adds unless told not to,
 * the generic {@code Estimator} of built-in XGBoost as much as the framework ones (v2.257.6, commit
 * fc582aaa: {@code src/sagemaker/estimator.py} {@code EstimatorBase._prepare_for_training} calls
 * {@code _prepare_debugger_for_training} and {@code _prepare_profiler_for_training};
 * {@code _validate_and_set_debugger_configs}; {@code Framework._validate_and_set_debugger_configs};
 * {@code tensorflow/estimator.py} the parameter server; {@code fw_utils.py} the unsupported regions;
 * {@code debugger/debugger.py} and {@code profiler_config.py} {@code _to_request_dict}), so a request
 * is the one the SDK sends: a hook config writing to the output path, and the profiler on where the
 * region and the instance have it.
 */
final class SdkDebuggerDefaults {
    /** {@code DEBUGGER_UNSUPPORTED_REGIONS}, which equals {@code PROFILER_UNSUPPORTED_REGIONS}. */
    static final List<String> UNSUPPORTED_REGIONS = List.of("us-iso-east-1", "us-isob-east-1", "ap-southeast-3", "ap-southeast-4",
            "eu-south-2", "me-central-1", "ap-south-2", "eu-central-2", "us-gov-east-1");
    /** {@code Framework._validate_and_set_debugger_configs}: these drop the hook when checkpoints are set. */
    private static final Set<String> NO_HOOK_WITH_CHECKPOINTS = Set.of(FrameworkCatalog.PYTORCH, FrameworkCatalog.TENSORFLOW);

    private SdkDebuggerDefaults() {}

    /** {@code built} with the SDK's DebugHookConfig and ProfilerConfig for {@code spec} in {@code region}. */
    static CreateTrainingJobRequest apply(CreateTrainingJobRequest built, LaunchSpec spec, String region) {
        boolean supported = !UNSUPPORTED_REGIONS.contains(region.toLowerCase(Locale.ROOT));
        String output = built.outputDataConfig().s3OutputPath();
        String framework = spec.script() == null ? null : spec.script().framework();
        boolean parameterServer = spec.script() != null && FrameworkDistribution.PARAMETER_SERVER.equals(spec.script().distribution());
        // PyTorch and TensorFlow set self.distribution = distribution or {}, never None, so with both
        // checkpoint members set (sagedeck always sends both) the hook goes at any instance count
        boolean checkpointed = built.checkpointConfig() != null && framework != null && NO_HOOK_WITH_CHECKPOINTS.contains(framework);
        CreateTrainingJobRequest.Builder b = built.toBuilder();
        if (supported && !parameterServer && !checkpointed) {
            b.debugHookConfig(d -> d.s3OutputPath(output).collectionConfigurations(List.of()));
        }
        // the profiler is off where the region lacks it and on Trainium (_instance_type_supports_profiler)
        boolean profiler = supported && !FrameworkTable.family(built.resourceConfig().instanceTypeAsString()).startsWith("trn");
        if (profiler) {
            b.profilerConfig(p -> p.s3OutputPath(output).disableProfiler(false));
        } else {
            b.profilerConfig(p -> p.disableProfiler(true));
        }
        return b.build();
    }
}

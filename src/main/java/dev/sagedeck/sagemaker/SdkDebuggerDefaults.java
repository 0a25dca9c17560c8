package dev.sagedeck.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;

/**
 * The Debugger and Profiler settings every SageMaker Python SDK estimator adds unless told not to
 * (v2.257.6 {@code src/sagemaker/estimator.py} {@code _validate_and_set_debugger_configs},
 * {@code _prepare_profiler_for_training}; {@code src/sagemaker/fw_utils.py} the unsupported regions;
 * {@code debugger/debugger.py} and {@code profiler_config.py} {@code _to_request_dict}), so a
 * script-mode request is the one the SDK sends: a hook config writing to the output path, and the
 * profiler on where the region has it (TensorFlow's parameter server turns the hook off).
 */
final class SdkDebuggerDefaults {
    /** {@code DEBUGGER_UNSUPPORTED_REGIONS}, which equals {@code PROFILER_UNSUPPORTED_REGIONS}. */
    static final List<String> UNSUPPORTED_REGIONS = List.of("us-iso-east-1", "us-isob-east-1", "ap-southeast-3", "ap-southeast-4",
            "eu-south-2", "me-central-1", "ap-south-2", "eu-central-2", "us-gov-east-1");

    private SdkDebuggerDefaults() {}

    static void apply(CreateTrainingJobRequest.Builder request, String region, String instanceType, S3Location output,
            boolean parameterServer) {
        boolean supported = !UNSUPPORTED_REGIONS.contains(region.toLowerCase(java.util.Locale.ROOT));
        if (supported && !parameterServer) {
            request.debugHookConfig(d -> d.s3OutputPath(output.uri()).collectionConfigurations(List.of()));
        }
        // the profiler is off where the region lacks it and on Trainium (_instance_type_supports_profiler)
        boolean profiler = supported && !FrameworkTable.family(instanceType).startsWith("trn");
        if (profiler) {
            request.profilerConfig(p -> p.s3OutputPath(output.uri()).disableProfiler(false));
        } else {
            request.profilerConfig(p -> p.disableProfiler(true));
        }
    }
}

package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.JobSettings;
import dev.sagedeck.domain.LaunchSpec;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;

/**
 * Where a request differs on purpose from what the SageMaker Python SDK (v2.257.6) sends when the
 * same choices leave its defaults alone, said in the review and the dry run (docs/SAGEMAKER.md,
 * "Where sagedeck differs from the SDK", gives the reasons): each difference is a default the SDK
 * takes an argument for, so the SDK call with that argument sends this very request.
 */
final class SdkDifferences {
    /** The SDK's {@code max_run} default: one day. */
    static final int SDK_MAX_RUN = 24 * 60 * 60;

    private SdkDifferences() {}

    static String note(LaunchSpec spec, CreateTrainingJobRequest r) {
        List<String> d = new ArrayList<>();
        d.add("the job name and the owner tag (fit(job_name=), tags=; the SDK names a job after its image and tags nothing)");
        int runtime = r.stoppingCondition().maxRuntimeInSeconds();
        if (runtime != SDK_MAX_RUN) {
            d.add("MaxRuntimeInSeconds %d (max_run=%d; the SDK's default is a day, sagedeck's an hour, so a forgotten job stops)"
                    .formatted(runtime, runtime));
        }
        if (spec.script() != null) {
            d.add("the code under the output path (code_location=output_path; the SDK's default is the bucket's root)");
            d.add("MetricDefinitions for round lines (metric_definitions=; the SDK sends none, so the console would chart nothing)");
        } else if (r.hasInputDataConfig() && r.inputDataConfig().stream().anyMatch(c -> BuiltInLaunch.CSV.equals(c.contentType()))) {
            d.add("ContentType text/csv (content_type='text/csv'; the lesson's 'csv' reads the same, none would mean libsvm)");
        }
        if (r.checkpointConfig() != null && spec.settings().checkpointUri() == null) {
            d.add("CheckpointConfig with spot (checkpoint_s3_uri=, checkpoint_local_path='%s'; the SDK sets none, so an interruption "
                    .formatted(JobSettings.CHECKPOINT_LOCAL_PATH) + "would start over)");
        }
        return "not the SageMaker Python SDK's defaults, on purpose: " + String.join("; ", d);
    }
}

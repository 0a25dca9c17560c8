package dev.sagedeck.port;

import dev.sagedeck.domain.CheckResult;
import dev.sagedeck.domain.LaunchSpec;
import java.util.List;

/**
 * What a launch would do, before it is done: the exact request (for SageMaker the CreateTrainingJob
 * request as JSON, as {@code --dry-run} prints it) and the pre-submit checks. Nothing is created.
 */
public interface LaunchPlanning {

    /** The request a launch of {@code spec} would send, as pretty-printed JSON. INVALID for bad input. */
    String dryRun(LaunchSpec spec);

    /** The pre-submit checks for {@code spec}; a check that cannot run is a WARN, never an exception. */
    List<CheckResult> check(LaunchSpec spec);

    /**
     * Everything a dry run shows, worked out once: the job name, the request JSON, the objects a
     * launch would upload ({@code s3://... (what)}), notes (defaults chosen) and warnings (advice).
     */
    record Preview(String jobName, String requestJson, List<String> uploads, List<String> notes, List<String> warnings) {}

    /** The full dry run; INVALID (BackendException) with a specific message for bad input. */
    default Preview preview(LaunchSpec spec) {
        return new Preview(spec.name(), dryRun(spec), List.of(), List.of(), List.of());
    }
}

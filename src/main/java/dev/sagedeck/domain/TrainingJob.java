package dev.sagedeck.domain;

import java.util.List;
import java.util.Map;

/**
 * A training job as both backends describe it. Fields a backend does not know are null or empty;
 * {@code raw} is the backend's own description as JSON (shown with {@code y}). {@code owner} is the
 * owner a backend recorded (a local run's record), never a guess; {@code tagsKnown} is false when
 * the tags could not be read (a list summary, ListTags denied), so ownership cannot rest on the name.
 * {@code settings} is what else the job was created with (environment, VPC, checkpoints ...; never null).
 * {@code metricDefinitions} are the metric rules it declared (a script job's user rules and
 * sagedeck's round-line defaults, {@link ScriptMetrics}), empty when it declared none or they are not known.
 */
public record TrainingJob(
        String name,
        String arn,
        Backend backend,
        JobStatus status,
        String secondaryStatus,
        List<StatusTransition> transitions,
        String owner,
        Timing timing,
        Resources resources,
        Map<String, String> hyperParameters,
        List<Channel> channels,
        String outputPath,
        String modelLocation,
        List<Metric> finalMetrics,
        String failureReason,
        Map<String, String> tags,
        String roleArn,
        String image,
        String raw,
        boolean tagsKnown,
        JobSettings settings,
        List<MetricDefinition> metricDefinitions) {

    public TrainingJob {
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
        hyperParameters = hyperParameters == null ? Map.of() : Map.copyOf(hyperParameters);
        channels = channels == null ? List.of() : List.copyOf(channels);
        finalMetrics = finalMetrics == null ? List.of() : List.copyOf(finalMetrics);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
        settings = settings == null ? JobSettings.NONE : settings;
        metricDefinitions = metricDefinitions == null ? List.of() : List.copyOf(metricDefinitions);
    }

    /** The backend's label a person reads ("local", "sagemaker"), or null when unknown. */
    public String where() {
        return backend == null ? null : backend.label();
    }

    /** A builder starting from this job, for adapters and tests that change a few fields. */
    public TrainingJobBuilder toBuilder() {
        return TrainingJobBuilder.from(this);
    }

    /** A builder for a job with the given name and backend, every other field empty. */
    public static TrainingJobBuilder builder(String name, Backend backend) {
        return new TrainingJobBuilder(name, backend);
    }
}

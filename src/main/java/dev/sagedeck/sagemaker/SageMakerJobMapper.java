package dev.sagedeck.sagemaker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Channel;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.MetricDefinition;
import dev.sagedeck.domain.Resources;
import dev.sagedeck.domain.StatusTransition;
import dev.sagedeck.domain.Timing;
import dev.sagedeck.domain.TrainingJob;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a training job as AWS describes it (the JSON tree of a DescribeTrainingJob answer with its
 * tags added, or a Search record, which has the same member names) to the domain job, with every
 * field a user checks before acting and the tree itself as {@code raw}.
 */
final class SageMakerJobMapper {
    private SageMakerJobMapper() {}

    static TrainingJob toJob(JsonNode d) {
        String name = d.path("TrainingJobName").asText();
        Map<String, String> tags = tags(d);
        return TrainingJob.builder(name, Backend.SAGEMAKER)
                .arn(text(d, "TrainingJobArn"))
                .status(JobStatus.of(text(d, "TrainingJobStatus")))
                .secondaryStatus(text(d, "SecondaryStatus"))
                .transitions(transitions(d))
                .timing(new Timing(time(d, "CreationTime"), time(d, "TrainingStartTime"), time(d, "TrainingEndTime"),
                        number(d, "TrainingTimeInSeconds"), number(d, "BillableTimeInSeconds")))
                .resources(resources(d))
                .hyperParameters(strings(d.path("HyperParameters")))
                .channels(channels(d))
                .outputPath(text(d.path("OutputDataConfig"), "S3OutputPath"))
                .modelLocation(text(d.path("ModelArtifacts"), "S3ModelArtifacts"))
                .finalMetrics(metrics(d))
                .failureReason(text(d, "FailureReason"))
                .tags(withSearch(tags, text(d, "TuningJobArn")))
                .tagsKnown(d.has("Tags"))
                .roleArn(text(d, "RoleArn"))
                .image(image(d))
                .raw(SdkJson.pretty(d))
                .settings(JobSettingsMapper.of(d, tags))
                .metricDefinitions(metricDefinitions(d))
                .build();
    }

    /**
     * The job's tags plus the name of the tuning job that launched it (its TuningJobArn, in Search
     * records and descriptions), so the list groups it under its search with no call of its own.
     * Only the job's own tags go to its settings (a clone must not claim the search).
     */
    static Map<String, String> withSearch(Map<String, String> tags, String tuningJobArn) {
        if (tuningJobArn == null || tuningJobArn.indexOf('/') < 0) {
            return tags;
        }
        Map<String, String> out = new LinkedHashMap<>(tags);
        out.put(dev.sagedeck.domain.tuning.TuningTags.TUNING_JOB, tuningJobArn.substring(tuningJobArn.lastIndexOf('/') + 1));
        return out;
    }

    static Map<String, String> tags(JsonNode d) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode t : d.path("Tags")) {
            out.put(t.path("Key").asText(), t.path("Value").asText(""));
        }
        return out;
    }

    static List<MetricDefinition> metricDefinitions(JsonNode d) {
        List<MetricDefinition> out = new ArrayList<>();
        for (JsonNode m : d.path("AlgorithmSpecification").path("MetricDefinitions")) {
            out.add(new MetricDefinition(m.path("Name").asText(), m.path("Regex").asText()));
        }
        return out;
    }

    private static List<StatusTransition> transitions(JsonNode d) {
        List<StatusTransition> out = new ArrayList<>();
        for (JsonNode t : d.path("SecondaryStatusTransitions")) {
            out.add(new StatusTransition(text(t, "Status"), time(t, "StartTime"), time(t, "EndTime"),
                    text(t, "StatusMessage")));
        }
        return out;
    }

    private static Resources resources(JsonNode d) {
        if (!d.has("ResourceConfig")) {
            return null; // a ListTrainingJobs summary: resources are known after a describe
        }
        JsonNode rc = d.path("ResourceConfig");
        String type = text(rc, "InstanceType");
        int count = rc.path("InstanceCount").asInt(0);
        if (type == null && rc.path("InstanceGroups").size() > 0) {
            // heterogeneous clusters: show the first group's type and the total count
            type = text(rc.path("InstanceGroups").get(0), "InstanceType");
            for (JsonNode g : rc.path("InstanceGroups")) {
                count += g.path("InstanceCount").asInt(0);
            }
        }
        JsonNode stop = d.path("StoppingCondition");
        return new Resources(type, count, rc.path("VolumeSizeInGB").asInt(0),
                stop.path("MaxRuntimeInSeconds").asLong(0), d.path("EnableManagedSpotTraining").asBoolean(false),
                stop.path("MaxWaitTimeInSeconds").asLong(0));
    }

    private static List<Channel> channels(JsonNode d) {
        List<Channel> out = new ArrayList<>();
        for (JsonNode c : d.path("InputDataConfig")) {
            JsonNode s3 = c.path("DataSource").path("S3DataSource");
            String uri = text(s3, "S3Uri");
            if (uri == null) {
                JsonNode fs = c.path("DataSource").path("FileSystemDataSource");
                uri = text(fs, "DirectoryPath");
            }
            out.add(new Channel(text(c, "ChannelName"), uri, text(c, "ContentType"), text(s3, "S3DataDistributionType")));
        }
        return out;
    }

    private static List<Metric> metrics(JsonNode d) {
        List<Metric> out = new ArrayList<>();
        for (JsonNode m : d.path("FinalMetricDataList")) {
            out.add(new Metric(m.path("MetricName").asText(), m.path("Value").asDouble()));
        }
        return out;
    }

    private static String image(JsonNode d) {
        JsonNode a = d.path("AlgorithmSpecification");
        String image = text(a, "TrainingImage");
        return image != null ? image : text(a, "AlgorithmName");
    }

    private static Map<String, String> strings(JsonNode obj) {
        Map<String, String> out = new LinkedHashMap<>();
        obj.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static Long number(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNumber() ? Long.valueOf(v.asLong()) : null;
    }

    private static Instant time(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null) {
            return null;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package dev.sagedeck.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagedeck.testing.ScriptedAws.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hyperparameter tuning jobs on the scripted endpoint, for what moto lacks: training jobs that run
 * (InProgress, then Completed with an objective value), ListTrainingJobsForHyperParameterTuningJob
 * paged at most {@link #PAGE} rows at a time whatever MaxResults asks (AWS may return fewer), and
 * StopHyperParameterTuningJob (InProgress only; the running children stop with it), and
 * ListHyperParameterTuningJobs (newest first, one page). Registering it takes over ListTags, answering
 * for tuning jobs.
 */
public final class ScriptedAwsTuning {
    public static final int PAGE = 5;
    private static final Instant BASE = Instant.parse("2026-11-01T08:00:00Z");

    /** One scripted tuning job: status, tags, children as they run. */
    public static final class Job {
        final String name;
        final String arn;
        final Instant created;
        volatile String status = "InProgress";
        final Map<String, String> tags = new LinkedHashMap<>();
        final List<ObjectNode> children = new ArrayList<>();

        Job(String name, Instant created) {
            this.name = name;
            this.created = created;
            this.arn = "arn:aws:sagemaker:eu-west-1:" + ScriptedAwsSageMaker.ACCOUNT + ":hyper-parameter-tuning-job/" + name;
        }

        public Job tag(String key, String value) {
            tags.put(key, value);
            return this;
        }

        /** A training job of this search, InProgress since {@code minutes} after the base time, with max_depth {@code depth}. */
        public synchronized Job child(int depth) {
            ObjectNode c = ScriptedAws.JSON.createObjectNode();
            int n = children.size() + 1;
            c.put("TrainingJobName", name + "-" + String.format("%03d", n) + "-abcdef12");
            c.put("TrainingJobArn", "arn:aws:sagemaker:eu-west-1:" + ScriptedAwsSageMaker.ACCOUNT + ":training-job/" + name + "-" + n);
            c.put("TuningJobName", name);
            c.put("CreationTime", BASE.plusSeconds(60L * n).getEpochSecond());
            c.put("TrainingStartTime", BASE.plusSeconds(60L * n).getEpochSecond());
            c.put("TrainingJobStatus", "InProgress");
            c.putObject("TunedHyperParameters").put("max_depth", Integer.toString(depth));
            children.add(c);
            return this;
        }

        /** Every running child ends Completed with validation:auc = 0.70 + max_depth / 100, one hour after it started. */
        public synchronized Job completeChildren() {
            for (ObjectNode c : children) {
                if (!"InProgress".equals(c.path("TrainingJobStatus").asText())) continue;
                c.put("TrainingJobStatus", "Completed");
                c.put("TrainingEndTime", c.path("TrainingStartTime").asLong() + 3600);
                double auc = 0.70 + Integer.parseInt(c.path("TunedHyperParameters").path("max_depth").asText()) / 100.0;
                c.putObject("FinalHyperParameterTuningJobObjectiveMetric").put("Type", "Maximize").put("MetricName", "validation:auc").put("Value", auc);
                c.put("ObjectiveStatus", "Succeeded");
            }
            return this;
        }

        public String status() {
            return status;
        }

        public String arn() {
            return arn;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    private final ScriptedAws.Handler trainingJobTags;

    public ScriptedAwsTuning(ScriptedAws aws) {
        this.trainingJobTags = aws.handler("SageMaker.ListTags");
        aws.on("SageMaker.DescribeHyperParameterTuningJob", this::describe);
        aws.on("SageMaker.ListTrainingJobsForHyperParameterTuningJob", this::children);
        aws.on("SageMaker.StopHyperParameterTuningJob", this::stop);
        aws.on("SageMaker.ListTags", this::listTags);
        aws.on("SageMaker.ListHyperParameterTuningJobs", this::list);
    }

    /** Every tuning job, newest first (one page: the scripted account holds a few). */
    private Reply list(JsonNode req) {
        ObjectNode out = ScriptedAws.JSON.createObjectNode();
        ArrayNode page = out.putArray("HyperParameterTuningJobSummaries");
        List<Job> all = new ArrayList<>(jobs.values());
        all.sort(java.util.Comparator.comparing((Job j) -> j.created).reversed());
        for (Job j : all) {
            page.addObject().put("HyperParameterTuningJobName", j.name).put("HyperParameterTuningJobArn", j.arn)
                    .put("HyperParameterTuningJobStatus", j.status).put("Strategy", "Bayesian")
                    .put("CreationTime", j.created.getEpochSecond());
        }
        return Reply.ok(out);
    }

    public Job add(String name) {
        Job j = new Job(name, BASE.plusSeconds(jobs.size()));
        jobs.put(name, j);
        return j;
    }

    private static Reply notFound(String name) {
        return Reply.error(400, "ResourceNotFound", "Amazon SageMaker can't find a tuning job with name " + name);
    }

    private Reply describe(JsonNode req) {
        Job j = jobs.get(req.path("HyperParameterTuningJobName").asText());
        if (j == null) return notFound(req.path("HyperParameterTuningJobName").asText());
        synchronized (j) {
            ObjectNode out = ScriptedAws.JSON.createObjectNode();
            out.put("HyperParameterTuningJobName", j.name).put("HyperParameterTuningJobArn", j.arn).put("HyperParameterTuningJobStatus", j.status);
            out.put("CreationTime", j.created.getEpochSecond());
            ObjectNode config = out.putObject("HyperParameterTuningJobConfig");
            config.put("Strategy", "Bayesian").put("TrainingJobEarlyStoppingType", "Off");
            config.putObject("HyperParameterTuningJobObjective").put("Type", "Maximize").put("MetricName", "validation:auc");
            config.putObject("ResourceLimits").put("MaxNumberOfTrainingJobs", 12).put("MaxParallelTrainingJobs", 4);
            config.putObject("ParameterRanges").putArray("IntegerParameterRanges").addObject()
                    .put("Name", "max_depth").put("MinValue", "3").put("MaxValue", "9").put("ScalingType", "Auto");
            ObjectNode def = out.putObject("TrainingJobDefinition");
            def.putObject("StaticHyperParameters").put("eval_metric", "auc").put("num_round", "100");
            def.putObject("ResourceConfig").put("InstanceType", "ml.m5.large").put("InstanceCount", 1).put("VolumeSizeInGB", 30);
            ObjectNode counters = out.putObject("TrainingJobStatusCounters");
            int completed = 0;
            int running = 0;
            int stopped = 0;
            ObjectNode best = null;
            for (ObjectNode c : j.children) {
                switch (c.path("TrainingJobStatus").asText()) {
                    case "Completed" -> {
                        completed++;
                        if (best == null || c.path("FinalHyperParameterTuningJobObjectiveMetric").path("Value").asDouble()
                                > best.path("FinalHyperParameterTuningJobObjectiveMetric").path("Value").asDouble()) best = c;
                    }
                    case "InProgress" -> running++;
                    default -> stopped++;
                }
            }
            counters.put("Completed", completed).put("InProgress", running).put("RetryableError", 0).put("NonRetryableError", 0).put("Stopped", stopped);
            if (best != null) out.set("BestTrainingJob", best.deepCopy());
            return Reply.ok(out);
        }
    }

    private Reply children(JsonNode req) {
        Job j = jobs.get(req.path("HyperParameterTuningJobName").asText());
        if (j == null) return notFound(req.path("HyperParameterTuningJobName").asText());
        int max = Math.min(PAGE, req.path("MaxResults").asInt(10));
        int from = req.hasNonNull("NextToken") ? Integer.parseInt(req.get("NextToken").asText()) : 0;
        synchronized (j) {
            int to = Math.min(j.children.size(), from + max);
            ObjectNode out = ScriptedAws.JSON.createObjectNode();
            ArrayNode page = out.putArray("TrainingJobSummaries");
            j.children.subList(from, to).forEach(c -> page.add(c.deepCopy()));
            if (to < j.children.size()) out.put("NextToken", Integer.toString(to));
            return Reply.ok(out);
        }
    }

    private Reply stop(JsonNode req) {
        Job j = jobs.get(req.path("HyperParameterTuningJobName").asText());
        if (j == null) return notFound(req.path("HyperParameterTuningJobName").asText());
        synchronized (j) {
            if (!"InProgress".equals(j.status)) {
                return Reply.error(400, "ValidationException", "The request was rejected because the tuning job is in status " + j.status + ".");
            }
            j.status = "Stopping";
            j.children.stream().filter(c -> "InProgress".equals(c.path("TrainingJobStatus").asText()))
                    .forEach(c -> c.put("TrainingJobStatus", "Stopping"));
            return Reply.empty();
        }
    }

    private Reply listTags(JsonNode req) {
        String arn = req.path("ResourceArn").asText();
        Job j = jobs.values().stream().filter(t -> t.arn.equals(arn)).findFirst().orElse(null);
        if (j == null && trainingJobTags != null) return trainingJobTags.handle(req); // a training job's: the training jobs answer
        if (j == null) return Reply.error(400, "ValidationException", "Requested resource not found: " + arn);
        ObjectNode out = ScriptedAws.JSON.createObjectNode();
        ArrayNode tags = out.putArray("Tags");
        j.tags.forEach((k, v) -> tags.addObject().put("Key", k).put("Value", v));
        return Reply.ok(out);
    }
}

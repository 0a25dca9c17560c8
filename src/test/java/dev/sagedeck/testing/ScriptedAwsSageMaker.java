package dev.sagedeck.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagedeck.testing.ScriptedAws.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The SageMaker side of the scripted endpoint: training jobs with lifecycles, and the operations
 * DescribeTrainingJob, StopTrainingJob, ListTrainingJobs (filters applied after each page is cut,
 * like AWS), Search (Filters and SubExpressions with And/Or, one Contains, real paging) and ListTags.
 */
public final class ScriptedAwsSageMaker {
    public static final String ACCOUNT = "123456789012";
    private static final Instant BASE = Instant.parse("2026-11-01T08:00:00Z");

    private final Map<String, ScriptedAwsJob> jobs = new ConcurrentHashMap<>();
    private final List<String> unfairStops = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String stopper = "alice";
    private volatile boolean rejectSubExpressions;
    private volatile boolean ignoreSubExpressions;

    ScriptedAwsSageMaker(ScriptedAws aws) {
        aws.on("SageMaker.DescribeTrainingJob", this::describe);
        aws.on("SageMaker.StopTrainingJob", this::stop);
        aws.on("SageMaker.ListTrainingJobs", this::list);
        aws.on("SageMaker.Search", this::search);
        aws.on("SageMaker.ListTags", this::listTags);
        aws.on("SageMaker.CreateTrainingJob", this::create);
    }

    private volatile java.util.function.Consumer<ScriptedAwsJob> onCreate = j -> { };

    /** What a job created by CreateTrainingJob does next (complete after a few describes, train for so long ...). */
    public void onCreate(java.util.function.Consumer<ScriptedAwsJob> script) {
        onCreate = script;
    }

    /** CreateTrainingJob: a new InProgress job with the request's name, instances, spot, tags and hyperparameters. */
    private Reply create(JsonNode req) {
        String name = req.path("TrainingJobName").asText();
        if (jobs.containsKey(name)) {
            return Reply.error(400, "ResourceInUse", "Training job names must be unique within an AWS account and region: " + name);
        }
        ScriptedAwsJob job = addJob(name, BASE.plusSeconds(3600L * (jobs.size() + 1)));
        JsonNode rc = req.path("ResourceConfig");
        job.instances(rc.path("InstanceType").asText(), rc.path("InstanceCount").asInt(1)).spot(req.path("EnableManagedSpotTraining").asBoolean());
        req.path("Tags").forEach(t -> job.tag(t.path("Key").asText(), t.path("Value").asText()));
        Map<String, String> hp = new java.util.LinkedHashMap<>();
        req.path("HyperParameters").properties().forEach(e -> hp.put(e.getKey(), e.getValue().asText()));
        job.hyperParameters(hp);
        onCreate.accept(job);
        return Reply.ok(ScriptedAws.JSON.createObjectNode().put("TrainingJobArn", job.arn()));
    }

    /**
     * Whose stops this endpoint checks (default alice, the owner of most tests; null: none, for a
     * test that sends StopTrainingJob itself to see how the adapter handles the answer).
     */
    public void stopsOnlyFor(String owner) {
        stopper = owner;
    }

    /** Every StopTrainingJob that reached a job not the stopper's or not running, with why. */
    public List<String> unfairStops() {
        return List.copyOf(unfairStops);
    }

    /** A new InProgress job; each job is created one minute after the previous one. */
    public synchronized ScriptedAwsJob addJob(String name) {
        ScriptedAwsJob job = new ScriptedAwsJob(name, ACCOUNT, BASE.plusSeconds(60L * jobs.size()));
        jobs.put(name, job);
        return job;
    }

    /** A new InProgress job created at {@code created} (Starting for a minute, then Training). */
    public synchronized ScriptedAwsJob addJob(String name, Instant created) {
        ScriptedAwsJob job = new ScriptedAwsJob(name, ACCOUNT, created);
        jobs.put(name, job);
        return job;
    }

    public ScriptedAwsJob job(String name) {
        return jobs.get(name);
    }

    /** Makes Search answer ValidationException to nested expressions, as a stricter service might. */
    public void rejectSubExpressions(boolean reject) {
        rejectSubExpressions = reject;
    }

    /** Makes Search ignore nested expressions and match everything, as moto does. */
    public void ignoreSubExpressions(boolean ignore) {
        ignoreSubExpressions = ignore;
    }

    private static Reply notFound(String name) {
        return Reply.error(400, "ValidationException", "Requested resource not found: training job " + name);
    }

    private Reply describe(JsonNode req) {
        ScriptedAwsJob job = jobs.get(req.path("TrainingJobName").asText());
        if (job == null) {
            return notFound(req.path("TrainingJobName").asText());
        }
        job.described();
        return Reply.ok(job.describe());
    }

    private Reply stop(JsonNode req) {
        ScriptedAwsJob job = jobs.get(req.path("TrainingJobName").asText());
        if (job == null) {
            return notFound(req.path("TrainingJobName").asText());
        }
        String unfair = stopper == null ? null : job.unfairStop(stopper);
        if (unfair != null) {
            unfairStops.add(unfair);
        }
        String rejection = job.stop();
        return rejection == null ? Reply.empty() : Reply.error(400, "ValidationException", rejection);
    }

    private List<ScriptedAwsJob> newestFirst() {
        List<ScriptedAwsJob> all = new ArrayList<>(jobs.values());
        all.sort(Comparator.comparing(ScriptedAwsJob::created).reversed());
        return all;
    }

    private Reply list(JsonNode req) {
        int max = req.path("MaxResults").asInt(10);
        if (max < 1 || max > 100) {
            return Reply.error(400, "ValidationException", "MaxResults must be between 1 and 100");
        }
        List<ScriptedAwsJob> all = newestFirst();
        if ("Ascending".equals(req.path("SortOrder").asText())) {
            all = new ArrayList<>(all);
            java.util.Collections.reverse(all);
        }
        int from = req.hasNonNull("NextToken") ? Integer.parseInt(req.get("NextToken").asText()) : 0;
        int to = Math.min(all.size(), from + max);
        String contains = req.path("NameContains").asText(null);
        String status = req.path("StatusEquals").asText(null);
        ObjectNode out = ScriptedAws.JSON.createObjectNode();
        ArrayNode page = out.putArray("TrainingJobSummaries");
        for (ScriptedAwsJob j : all.subList(from, to)) {
            // AWS cuts the page first and filters afterwards, so pages can be empty mid-way
            if ((contains == null || j.name().contains(contains)) && (status == null || status.equals(j.status()))) {
                page.add(j.summary());
            }
        }
        if (to < all.size()) {
            out.put("NextToken", Integer.toString(to));
        }
        return Reply.ok(out);
    }

    private Reply search(JsonNode req) {
        if (!"TrainingJob".equals(req.path("Resource").asText())) {
            return Reply.error(400, "ValidationException", "only Resource=TrainingJob is scripted");
        }
        JsonNode expr = req.path("SearchExpression");
        if (rejectSubExpressions && expr.has("SubExpressions")) {
            return Reply.error(400, "ValidationException", "SubExpressions are not supported for this resource");
        }
        if (countContains(expr) > 1) {
            return Reply.error(400, "ValidationException", "'CONTAINS' operator usage limit of 1 exceeded.");
        }
        int max = req.path("MaxResults").asInt(10);
        Predicate<ScriptedAwsJob> p = expr.isMissingNode() ? j -> true : expression(expr);
        List<ScriptedAwsJob> hits = newestFirst().stream().filter(p).toList();
        int from = req.hasNonNull("NextToken") ? Integer.parseInt(req.get("NextToken").asText()) : 0;
        int to = Math.min(hits.size(), from + max);
        ObjectNode out = ScriptedAws.JSON.createObjectNode();
        ArrayNode results = out.putArray("Results");
        hits.subList(from, to).forEach(j -> results.addObject().set("TrainingJob", j.searchRecord()));
        if (to < hits.size()) {
            out.put("NextToken", Integer.toString(to));
        }
        return Reply.ok(out);
    }

    private static int countContains(JsonNode expr) {
        int n = 0;
        for (JsonNode f : expr.path("Filters")) {
            n += "Contains".equals(f.path("Operator").asText()) ? 1 : 0;
        }
        for (JsonNode sub : expr.path("SubExpressions")) {
            n += countContains(sub);
        }
        return n;
    }

    private Predicate<ScriptedAwsJob> expression(JsonNode expr) {
        List<Predicate<ScriptedAwsJob>> parts = new ArrayList<>();
        expr.path("Filters").forEach(f -> parts.add(filter(f)));
        expr.path("SubExpressions").forEach(s -> parts.add(ignoreSubExpressions ? j -> true : expression(s)));
        boolean or = "Or".equals(expr.path("Operator").asText("And"));
        return j -> or ? parts.stream().anyMatch(p -> p.test(j)) : parts.stream().allMatch(p -> p.test(j));
    }

    private static Predicate<ScriptedAwsJob> filter(JsonNode f) {
        String name = f.path("Name").asText();
        String op = f.path("Operator").asText("Equals");
        String value = f.path("Value").asText();
        return j -> {
            String actual;
            if (name.startsWith("Tags.")) {
                actual = j.tags().get(name.substring(5));
            } else if (name.equals("TrainingJobName")) {
                actual = j.name();
            } else if (name.equals("TrainingJobStatus")) {
                actual = j.status();
            } else {
                throw new IllegalArgumentException("scripted Search has no property " + name);
            }
            switch (op) {
                case "Equals": return value.equals(actual);
                case "NotEquals": return !value.equals(actual);
                case "Contains": return actual != null && actual.contains(value);
                case "Exists": return actual != null;
                default: throw new IllegalArgumentException("scripted Search has no operator " + op);
            }
        };
    }

    private Reply listTags(JsonNode req) {
        String arn = req.path("ResourceArn").asText();
        ScriptedAwsJob job = jobs.values().stream().filter(j -> j.arn().equals(arn)).findFirst().orElse(null);
        if (job == null) {
            return Reply.error(400, "ValidationException", "Requested resource not found: " + arn);
        }
        ObjectNode out = ScriptedAws.JSON.createObjectNode();
        ArrayNode tags = out.putArray("Tags");
        job.tags().forEach((k, v) -> tags.addObject().put("Key", k).put("Value", v));
        return Reply.ok(out);
    }
}

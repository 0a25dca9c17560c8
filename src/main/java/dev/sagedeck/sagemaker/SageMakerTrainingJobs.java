package dev.sagedeck.sagemaker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagedeck.app.Text;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.MetricDefinition;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import dev.sagedeck.port.MetricDefinitions;
import dev.sagedeck.port.TrainingJobs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTagsResponse;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.TrainingJobSummary;

/**
 * SageMaker training jobs behind the one port: my jobs found by Search, every job by
 * ListTrainingJobs, details by DescribeTrainingJob + ListTags (finished jobs cached for good), logs
 * from CloudWatch, and StopTrainingJob. Launching and model download come with issue 5.
 */
public final class SageMakerTrainingJobs implements TrainingJobs, MetricDefinitions {
    /** SageMaker's job-name rule; anything else cannot be a SageMaker job, so no call is made. */
    private static final Pattern JOB_NAME = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}");
    public static final int DEFAULT_TAIL_LINES = 500;

    private record Seen(ObjectNode description, Instant at) {}

    private final AwsConnection aws;
    private final Supplier<Ownership> me;
    private final FinishedJobCache finished;
    private final MineListing mine;
    private final CloudWatchLogReader logs;
    private final Clock clock;
    private final Map<String, Seen> running = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> knownTags = new ConcurrentHashMap<>();

    /** @param cacheDir where finished jobs are kept on disk, or null for memory only */
    public SageMakerTrainingJobs(AwsConnection aws, Ownership me, Path cacheDir, Clock clock) {
        this(aws, () -> me, cacheDir, clock);
    }

    /**
     * @param me asked on every call, so an owner set while the dashboard runs (first-run question)
     *           takes effect at once
     */
    public SageMakerTrainingJobs(AwsConnection aws, Supplier<Ownership> me, Path cacheDir, Clock clock) {
        this(aws, me, cacheDir, clock, MineListing.Plan.COMBINED, DEFAULT_TAIL_LINES);
    }

    SageMakerTrainingJobs(AwsConnection aws, Supplier<Ownership> me, Path cacheDir, Clock clock, MineListing.Plan plan,
            int tailLines) {
        this.aws = aws;
        this.me = me;
        this.finished = new FinishedJobCache(cacheDir);
        this.mine = new MineListing(aws, plan, cacheDir == null ? null : cacheDir.resolve("search-plan"));
        this.logs = new CloudWatchLogReader(aws, tailLines, clock);
        this.clock = clock;
    }

    @Override
    public Backend backend() {
        return Backend.SAGEMAKER;
    }

    /** How "mine" is currently found: COMBINED search, SPLIT searches, or NAME_ONLY_LIST when Search is denied. */
    public String listingPlan() {
        return mine.plan().name();
    }

    @Override
    public List<TrainingJob> list(JobScope scope) {
        List<TrainingJob> out = new ArrayList<>();
        Ownership owner = me.get();
        if (scope == JobScope.MINE) {
            for (ObjectNode n : mine.find(owner)) {
                if (n.has("Tags")) {
                    knownTags.put(n.path("TrainingJobName").asText(), JobJson.tags(n));
                }
                out.add(JobJson.toJob(n, owner));
            }
            return out;
        }
        for (TrainingJobSummary s : mine.listAll(null)) {
            ObjectNode n = SdkJson.tree(s);
            Map<String, String> tags = knownTags.get(s.trainingJobName());
            if (tags != null) {
                withTags(n, tags);
            }
            out.add(JobJson.toJob(n, owner));
        }
        out.sort(Comparator.comparing((TrainingJob j) -> j.timing().created(),
                Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    @Override
    public TrainingJob describe(String name) {
        return JobJson.toJob(description(name), me.get());
    }

    @Override
    public List<MetricDefinition> of(String jobName) {
        return JobJson.metricDefinitions(description(jobName));
    }

    /** The job's AWS description with its tags: cached when final, else fetched fresh. */
    private ObjectNode description(String name) {
        if (name == null || !JOB_NAME.matcher(name).matches()) {
            throw new BackendException(Kind.NOT_FOUND, Text.NO_SUCH_JOB.formatted(name));
        }
        var cached = finished.get(name);
        if (cached.isPresent()) {
            return cached.get();
        }
        DescribeTrainingJobResponse r;
        try {
            r = aws.call(AwsConnection.Budget.CONTROL, AwsService.SAGEMAKER, "DescribeTrainingJob",
                    () -> aws.sageMaker().describeTrainingJob(b -> b.trainingJobName(name)));
        } catch (BackendException e) {
            throw notFoundIfMissing(e, name);
        }
        ObjectNode tree = SdkJson.tree(r);
        Map<String, String> tags = tags(r.trainingJobArn());
        if (tags != null) {
            withTags(tree, tags);
            knownTags.put(name, tags);
        }
        if (JobStatus.of(r.trainingJobStatusAsString()).isFinal()) {
            finished.put(name, tree);
            running.remove(name);
        } else {
            running.put(name, new Seen(tree, clock.instant()));
        }
        return tree;
    }

    /** Every tag of the job, or null when ListTags is denied (ownership then rests on the name). */
    private Map<String, String> tags(String arn) {
        Map<String, String> out = new LinkedHashMap<>();
        String token = null;
        try {
            do {
                String next = token;
                ListTagsResponse page = aws.call(AwsConnection.Budget.CONTROL, AwsService.SAGEMAKER, "ListTags",
                        () -> aws.sageMaker().listTags(b -> b.resourceArn(arn).maxResults(100).nextToken(next)));
                for (Tag t : page.tags()) {
                    out.put(t.key(), t.value());
                }
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
        } catch (BackendException e) {
            if (e.kind() == Kind.DENIED) {
                return null;
            }
            throw e;
        }
        return out;
    }

    private static void withTags(ObjectNode tree, Map<String, String> tags) {
        ArrayNode a = tree.putArray("Tags");
        tags.forEach((k, v) -> a.addObject().put("Key", k).put("Value", v));
    }

    @Override
    public LogChunk readLogs(String name, LogCursor cursor) {
        ObjectNode d = recentDescription(name);
        TrainingJob job = JobJson.toJob(d, me.get());
        int instances = job.resources() == null ? 1 : Math.max(1, job.resources().instanceCount());
        boolean ended = job.status().isFinal();
        return logs.read(name, cursor, new CloudWatchLogReader.JobState(ended, job.timing().ended(), instances));
    }

    /** For log following: a running job's status may be a few seconds old, to save describes. */
    private ObjectNode recentDescription(String name) {
        Seen seen = running.get(name);
        if (seen != null && seen.at().plus(aws.tuning().statusTtl()).isAfter(clock.instant())) {
            return seen.description();
        }
        return description(name);
    }

    @Override
    public void stop(String name) {
        if (name == null || !JOB_NAME.matcher(name).matches()) {
            throw new BackendException(Kind.NOT_FOUND, Text.NO_SUCH_JOB.formatted(name));
        }
        try {
            aws.call(AwsConnection.Budget.CONTROL, AwsService.SAGEMAKER, "StopTrainingJob",
                    () -> aws.sageMaker().stopTrainingJob(b -> b.trainingJobName(name)));
        } catch (BackendException e) {
            BackendException missing = notFoundIfMissing(e, name);
            if (missing != e) {
                throw missing;
            }
            if (e.kind() == Kind.INVALID) {
                // The service rejects Stop on a job that is not InProgress (it finished meanwhile).
                String said = e.getCause() instanceof SdkException sdk ? AwsErrors.message(sdk) : e.getMessage();
                throw new BackendException(Kind.CONFLICT, name + " is no longer running; AWS says: " + said, e);
            }
            throw e;
        } finally {
            running.remove(name);
        }
    }

    private static BackendException notFoundIfMissing(BackendException e, String name) {
        String m = e.getMessage();
        boolean missing = e.kind() == Kind.NOT_FOUND || e.kind() == Kind.INVALID
                && (m.contains("not found") || m.contains("Could not find") || m.contains("does not exist"));
        return missing ? new BackendException(Kind.NOT_FOUND, Text.NO_SUCH_JOB.formatted(name), e) : e;
    }

    @Override
    public TrainingJob launch(LaunchSpec spec) {
        throw new BackendException(Kind.FAILED, "launching SageMaker training jobs is not supported yet");
    }

    @Override
    public Path fetchModel(String name, Path destination) {
        throw new BackendException(Kind.FAILED, "downloading SageMaker models is not supported yet");
    }
}

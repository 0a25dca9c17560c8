package dev.sagedeck.sagemaker;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.MetricDefinition;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import dev.sagedeck.port.MetricDefinitions;
import dev.sagedeck.port.TransferProgress;
import dev.sagedeck.port.TrainingJobs;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sagemaker.model.TrainingJobSummary;

/**
 * SageMaker training jobs behind the one port: my jobs found by Search, every job by
 * ListTrainingJobs, details by DescribeTrainingJob + ListTags (finished jobs cached for good), logs
 * from CloudWatch, StopTrainingJob, launches (upload + CreateTrainingJob, see {@link SageMakerLaunches})
 * and model download ({@link ModelDownloads}). {@link #withProgress} gives a view that reports the
 * bytes moved, for progress bars.
 */
public final class SageMakerTrainingJobs implements TrainingJobs, MetricDefinitions {
    public static final int DEFAULT_TAIL_LINES = 500;

    private final AwsConnection aws;
    private final Supplier<Ownership> me;
    private final JobDescriptions descriptions;
    private final MineListing mine;
    private final CloudWatchLogReader logs;
    private final Supplier<String> defaultRole;
    private final Clock clock;
    private final TransferProgress progress;

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
        this(aws, me, new JobDescriptions(aws, cacheDir, clock), plan, cacheDir, tailLines, clock);
    }

    private SageMakerTrainingJobs(AwsConnection aws, Supplier<Ownership> me, JobDescriptions descriptions, MineListing.Plan plan,
            Path cacheDir, int tailLines, Clock clock) {
        this(aws, me, descriptions,
                new MineListing(aws, plan, cacheDir == null ? null : cacheDir.resolve("search-plan"), descriptions),
                new CloudWatchLogReader(aws, tailLines, clock), () -> null, clock, TransferProgress.NONE);
    }

    private SageMakerTrainingJobs(AwsConnection aws, Supplier<Ownership> me, JobDescriptions descriptions, MineListing mine,
            CloudWatchLogReader logs, Supplier<String> defaultRole, Clock clock, TransferProgress progress) {
        this.aws = aws;
        this.me = me;
        this.descriptions = descriptions;
        this.mine = mine;
        this.logs = logs;
        this.defaultRole = defaultRole;
        this.clock = clock;
        this.progress = progress;
    }

    /** The same backend (shared caches and budget) with another default role for launches. */
    SageMakerTrainingJobs withDefaultRole(Supplier<String> role) {
        return new SageMakerTrainingJobs(aws, me, descriptions, mine, logs, role, clock, progress);
    }

    /** The same backend, reporting upload and download progress to {@code sink}. */
    public SageMakerTrainingJobs withProgress(TransferProgress sink) {
        return new SageMakerTrainingJobs(aws, me, descriptions, mine, logs, defaultRole, clock, sink);
    }

    /** Dry runs and pre-submit checks with this backend's region, owner and default role. */
    public SageMakerLaunchPlanning planning() {
        return new SageMakerLaunchPlanning(aws, planner());
    }

    private LaunchPlanner planner() {
        return new LaunchPlanner(aws.region(), me, defaultRole, clock);
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
        Ownership owner = me.get();
        if (scope == JobScope.MINE) {
            return mine(owner);
        }
        List<TrainingJobSummary> summaries = mine.listAll(null);
        // A job named like mine is mine only if it has no owner tag: learn the tags of those first
        // (one Search, usually), so this list and describe never disagree about whose a job is.
        boolean unsure = owner != null && owner.known() && owner.namePrefix() != null && !owner.namePrefix().isEmpty()
                && summaries.stream().anyMatch(s -> s.trainingJobName().startsWith(owner.namePrefix())
                        && descriptions.knownTags(s.trainingJobName()) == null);
        if (unsure) {
            mine(owner);
        }
        List<TrainingJob> out = new ArrayList<>();
        for (TrainingJobSummary s : summaries) {
            ObjectNode n = SdkJson.tree(s);
            Map<String, String> tags = descriptions.knownTags(s.trainingJobName());
            if (tags != null) {
                JobDescriptions.withTags(n, tags);
            }
            out.add(SageMakerJobMapper.toJob(n));
        }
        out.sort(Comparator.comparing((TrainingJob j) -> j.timing().created(),
                Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    private List<TrainingJob> mine(Ownership owner) {
        List<TrainingJob> out = new ArrayList<>();
        for (ObjectNode n : mine.find(owner)) {
            out.add(SageMakerJobMapper.toJob(n));
        }
        return out;
    }

    @Override
    public TrainingJob describe(String name) {
        return SageMakerJobMapper.toJob(descriptions.fresh(name));
    }

    @Override
    public List<MetricDefinition> of(String jobName) {
        return SageMakerJobMapper.metricDefinitions(descriptions.recent(jobName, aws.tuning().statusTtl()));
    }

    /** From the description a log read uses anyway (a few seconds old at most): no call of its own. */
    @Override
    public List<MetricDefinition> metricRules(String name) {
        var d = descriptions.recent(name, aws.tuning().statusTtl());
        boolean script = d.path("HyperParameters").has(ScriptHyperParameters.PROGRAM);
        return dev.sagedeck.domain.ScriptMetrics.forCurve(script, SageMakerJobMapper.metricDefinitions(d));
    }

    @Override
    public LogChunk readLogs(String name, LogCursor cursor) {
        // a follower polls every few seconds; its status may be a little old, saving describes
        TrainingJob job = SageMakerJobMapper.toJob(descriptions.recent(name, aws.tuning().statusTtl()));
        int instances = job.resources() == null ? 1 : Math.max(1, job.resources().instanceCount());
        boolean ended = job.status().isFinal();
        return logs.read(name, cursor, new CloudWatchLogReader.JobState(ended, job.timing().ended(), instances));
    }

    @Override
    public void stop(String name) {
        JobDescriptions.checkName(name);
        try {
            aws.call(AwsConnection.Budget.CONTROL, AwsService.SAGEMAKER, "StopTrainingJob",
                    () -> aws.sageMaker().stopTrainingJob(b -> b.trainingJobName(name)));
        } catch (BackendException e) {
            BackendException missing = JobDescriptions.notFoundIfMissing(e, name);
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
            descriptions.forget(name);
        }
    }

    @Override
    public TrainingJob launch(LaunchSpec spec) {
        String name = new SageMakerLaunches(aws, planner()).launch(spec, progress);
        return describe(name);
    }

    @Override
    public Path fetchModel(String name, Path destination) {
        return new ModelDownloads(aws, ModelArchive.DEFAULT_MAX_BYTES).fetch(descriptions.fresh(name), destination, progress);
    }
}

package dev.sagedeck.sagemaker;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.Price;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.TuningCost;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.TuningLaunch;
import dev.sagedeck.domain.tuning.TuningPlan;
import dev.sagedeck.domain.tuning.TuningPreview;
import dev.sagedeck.domain.tuning.TuningRules;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import dev.sagedeck.port.Prices;
import dev.sagedeck.port.TransferProgress;
import dev.sagedeck.port.TuningJobs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobSummary;
import software.amazon.awssdk.services.sagemaker.model.ListHyperParameterTuningJobsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobResponse;

/**
 * SageMaker hyperparameter tuning jobs behind the {@link TuningJobs} port: the request built from the
 * training job one configuration would be ({@link TuningRequests}), mine by the owner tag (a tuning
 * job's tags go on the training jobs it launches), its training jobs paged through
 * ListTrainingJobsForHyperParameterTuningJob, the cost so far summed over them.
 */
public final class SageMakerTuningJobs implements TuningJobs {
    private final AwsConnection aws;
    private final Supplier<Ownership> me;
    private final Supplier<String> defaultRole;
    private final Prices prices;
    private final Clock clock;
    private final TransferProgress progress;
    /** The last walk of each tuning job's training jobs (see {@link #children}). */
    private final Map<String, Walk> walks = new java.util.concurrent.ConcurrentHashMap<>();
    /** The walk of each tuning job on its way now, which a second caller waits for instead of walking again. */
    private final Map<String, java.util.concurrent.CompletableFuture<List<TrainingJob>>> walking = new java.util.concurrent.ConcurrentHashMap<>();

    /** How long a walk of a running tuning job's training jobs answers again: the list's cost and an expanded row at one refresh. */
    static final Duration RECENT = Duration.ofSeconds(2);

    /** A walk of ListTrainingJobsForHyperParameterTuningJob: when it ended, what, and whether it can no longer change (the search and all its jobs ended). */
    private record Walk(Instant at, List<TrainingJob> jobs, boolean settled) {}

    SageMakerTuningJobs(AwsConnection aws, Supplier<Ownership> me, Supplier<String> defaultRole, Prices prices, Clock clock,
                        TransferProgress progress) {
        this.aws = aws;
        this.me = me;
        this.defaultRole = defaultRole;
        this.prices = prices;
        this.clock = clock;
        this.progress = progress;
    }

    @Override
    public Backend backend() {
        return Backend.SAGEMAKER;
    }

    @Override
    public TuningPreview preview(TuningLaunch launch) {
        try (Planned p = plan(launch)) {
            return p.preview();
        }
    }

    @Override
    public TuningJob launch(TuningLaunch launch) {
        try (Planned p = plan(launch)) {
            new SageMakerLaunches(aws, planner()).uploadThen(p.base(), "the tuning job " + p.name(), progress,
                    () -> aws.call(AwsConnection.Budget.CONTROL, AwsService.SAGEMAKER, "CreateHyperParameterTuningJob",
                            () -> aws.sageMaker().createHyperParameterTuningJob(p.request())));
            return describe(p.name());
        }
    }

    @Override
    public TuningJob describe(String name) {
        DescribeHyperParameterTuningJobResponse d;
        try {
            d = aws.call(AwsConnection.Budget.CONTROL, AwsService.SAGEMAKER, "DescribeHyperParameterTuningJob",
                    () -> aws.sageMaker().describeHyperParameterTuningJob(b -> b.hyperParameterTuningJobName(name)));
        } catch (BackendException e) {
            throw JobDescriptions.notFoundIfMissing(e, name);
        }
        Double cost;
        try {
            List<TrainingJob> kids = total(d) == 0 ? List.of() : children(name);
            cost = kids.isEmpty() ? Double.valueOf(0) : costSoFar(d, kids);
            if (dev.sagedeck.domain.JobStatus.of(d.hyperParameterTuningJobStatusAsString()).isFinal()
                    && kids.stream().allMatch(k -> k.status().isFinal())) {
                // an ended search's training jobs never change again: no walk of them after this one
                walks.computeIfPresent(name, (k, w) -> new Walk(w.at(), w.jobs(), true));
            }
        } catch (BackendException e) {
            cost = null; // the cost is a detail of the description, never a reason to lose it
        }
        return TuningJobMapper.toTuningJob(d, tags(d.hyperParameterTuningJobArn()), ownerTag(), cost);
    }

    @Override
    public List<TuningJob> list(JobScope scope) {
        List<TuningJob> out = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListHyperParameterTuningJobsResponse page = aws.call(AwsConnection.Budget.LIST, AwsService.SAGEMAKER, "ListHyperParameterTuningJobs",
                    () -> aws.sageMaker().listHyperParameterTuningJobs(b -> b.maxResults(100).sortBy("CreationTime").sortOrder("Descending").nextToken(next)));
            for (HyperParameterTuningJobSummary s : page.hyperParameterTuningJobSummaries()) {
                if (scope == JobScope.ALL || mine(s)) out.add(describe(s.hyperParameterTuningJobName()));
            }
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return out;
    }

    /**
     * The training jobs of a tuning job, paged. A walk that ended less than {@link #RECENT} ago answers
     * again (the tuning view's describe walks them for the cost, then its rows ask for them; the list's
     * describe and an expanded row likewise: one walk per refresh, not two), a walk on its way answers
     * whoever asks meanwhile (the list and the view refreshing at once), and an ended search's walk
     * answers for good.
     */
    @Override
    public List<TrainingJob> children(String name) {
        Walk last = walks.get(name);
        if (answers(last)) {
            return last.jobs();
        }
        java.util.concurrent.CompletableFuture<List<TrainingJob>> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<List<TrainingJob>> running = walking.putIfAbsent(name, mine);
        if (running != null) {
            return joined(running);
        }
        try {
            Walk meanwhile = walks.get(name); // a walk may have ended between the first look and the claim
            List<TrainingJob> out = answers(meanwhile) ? meanwhile.jobs() : List.copyOf(walk(name));
            if (!answers(meanwhile)) {
                // aged from its end, so a walk slower than RECENT still answers the read right after it
                walks.put(name, new Walk(clock.instant(), out, false));
            }
            mine.complete(out);
            return out;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            walking.remove(name, mine);
        }
    }

    private boolean answers(Walk w) {
        return w != null && (w.settled() || Duration.between(w.at(), clock.instant()).compareTo(RECENT) < 0);
    }

    /** Another caller's walk: its answer, or its failure as it was thrown there. */
    private static List<TrainingJob> joined(java.util.concurrent.CompletableFuture<List<TrainingJob>> running) {
        try {
            return running.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private List<TrainingJob> walk(String name) {
        List<TrainingJob> out = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListTrainingJobsForHyperParameterTuningJobResponse page = aws.call(AwsConnection.Budget.LIST, AwsService.SAGEMAKER,
                    "ListTrainingJobsForHyperParameterTuningJob",
                    () -> aws.sageMaker().listTrainingJobsForHyperParameterTuningJob(b -> b.hyperParameterTuningJobName(name).maxResults(100).nextToken(next)));
            for (HyperParameterTrainingJobSummary s : page.trainingJobSummaries()) out.add(TuningJobMapper.toTrainingJob(s, name));
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return out;
    }

    @Override
    public void stop(String name) {
        try {
            aws.call(AwsConnection.Budget.CONTROL, AwsService.SAGEMAKER, "StopHyperParameterTuningJob",
                    () -> aws.sageMaker().stopHyperParameterTuningJob(b -> b.hyperParameterTuningJobName(name)));
        } catch (BackendException e) {
            if (e.getMessage() != null && e.getMessage().contains("ValidationException")) {
                throw new BackendException(Kind.CONFLICT, name + " is no longer running: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** The request, the uploads of the training job one configuration would be, and what it costs at most. */
    private record Planned(String name, CreateHyperParameterTuningJobRequest request, LaunchPlan base, TuningPreview preview)
            implements AutoCloseable {
        @Override
        public void close() {
            base.close();
        }
    }

    private Planned plan(TuningLaunch launch) {
        TuningPlan plan;
        try {
            plan = TuningRules.check(launch.plan(), false);
        } catch (IllegalArgumentException e) {
            throw new BackendException(Kind.INVALID, e.getMessage());
        }
        LaunchSpec b = launch.base();
        String name;
        try {
            name = dev.sagedeck.domain.tuning.TuningNames.name(b.name(), owner(b), java.time.LocalDateTime.ofInstant(clock.instant(), clock.getZone()));
        } catch (IllegalArgumentException e) {
            throw new BackendException(Kind.INVALID, e.getMessage());
        }
        LaunchSpec spec = new LaunchSpec(Backend.SAGEMAKER, name, b.owner(), b.data(), TuningRules.staticWithObjectiveMetric(plan), b.script(),
                b.resources(), b.roleArn(), b.outputPath(), b.imageVersion(), b.budgetUsd());
        LaunchPlan base = planner().plan(spec);
        try {
            // the planner adds my <owner>- prefix to a given name, as for a training job; the tuning job takes the same name
            String named = base.jobName();
            dev.sagedeck.domain.tuning.TuningNames.problem(named).ifPresent(p -> {
                throw new BackendException(Kind.INVALID, p);
            });
            name = named;
            CreateHyperParameterTuningJobRequest request = TuningRequests.of(name, plan, base.request());
            var r = base.request().resourceConfig();
            long maxRuntime = base.request().stoppingCondition().maxRuntimeInSeconds();
            Price price = prices.hourly(r.instanceTypeAsString()).orElse(null);
            Double ceiling = TuningCost.ceilingUsd(plan.limits(), maxRuntime, r.instanceCount(), price);
            String ceilingHow = price == null ? "unknown: no price known for " + r.instanceTypeAsString()
                    : String.format(Locale.ROOT, "%d jobs x %d s max runtime x $%.4f/h (%s) x %d instance(s)", plan.limits().maxJobs(), maxRuntime,
                            price.usdPerHour(), price.source(), r.instanceCount());
            List<String> uploads = base.uploads().stream().map(u -> u.to().uri() + "  (" + u.what() + ")").toList();
            List<String> notes = new ArrayList<>(base.notes());
            notes.addAll(base.warnings());
            // estimated here; usecase.TuningReview puts in a measured time when there is one
            TuningPreview preview = TuningPreview.of(name, SdkJson.pretty(SdkJson.tree(request)), uploads, notes, ceiling, ceilingHow,
                    plan.limits(), dev.sagedeck.domain.tuning.OneJobTime.ESTIMATED_SAGEMAKER);
            return new Planned(name, request, base, preview);
        } catch (RuntimeException e) {
            base.close();
            throw e;
        }
    }

    private LaunchPlanner planner() {
        return new LaunchPlanner(aws.region(), me, defaultRole, clock);
    }

    private String owner(LaunchSpec b) {
        if (b.owner() != null && !b.owner().isBlank()) return b.owner();
        Ownership o = me.get();
        return o == null ? null : o.owner();
    }

    private String ownerTag() {
        Ownership o = me.get();
        return o == null || o.tagKey() == null ? Ownership.DEFAULT_TAG_KEY : o.tagKey();
    }

    /** Mine by the one ownership rule ({@link Ownership#isMine}), asked of the tuning job's tags (unknown when ListTags is denied) and name. */
    private boolean mine(HyperParameterTuningJobSummary s) {
        Ownership o = me.get();
        Map<String, String> tags = tags(s.hyperParameterTuningJobArn());
        return o != null && o.isMine(TrainingJob.builder(s.hyperParameterTuningJobName(), Backend.SAGEMAKER)
                .tags(tags).tagsKnown(tags != null).build());
    }

    /** The tuning job's tags, or null when ListTags is denied. */
    private Map<String, String> tags(String arn) {
        return JobDescriptions.tags(aws, arn);
    }

    private static int total(DescribeHyperParameterTuningJobResponse d) {
        return TuningJobMapper.counters(d.trainingJobStatusCounters()).total();
    }

    /** The children's instance time so far at the tuning job's instance price; null when the price is unknown. */
    private Double costSoFar(DescribeHyperParameterTuningJobResponse d, List<TrainingJob> children) {
        var definition = d.trainingJobDefinition();
        if (definition == null || definition.resourceConfig() == null) return null;
        Price price = prices.hourly(definition.resourceConfig().instanceTypeAsString()).orElse(null);
        if (price == null) return null;
        int instances = definition.resourceConfig().instanceCount() == null ? 1 : definition.resourceConfig().instanceCount();
        Instant now = clock.instant();
        double usd = 0;
        for (TrainingJob j : children) {
            Instant start = j.timing().started();
            if (start == null) continue;
            Instant end = j.timing().ended() != null ? j.timing().ended() : now;
            usd += price.costOf(Math.max(0, Duration.between(start, end).toSeconds()), instances);
        }
        return usd;
    }
}

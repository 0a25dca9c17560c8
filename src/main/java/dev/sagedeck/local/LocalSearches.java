package dev.sagedeck.local;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.EarlyStopping;
import dev.sagedeck.domain.tuning.Objective;
import dev.sagedeck.domain.tuning.SearchAsJob;
import dev.sagedeck.domain.tuning.SearchStrategy;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.TuningLaunch;
import dev.sagedeck.domain.tuning.TuningLimits;
import dev.sagedeck.domain.tuning.TuningRules;
import dev.sagedeck.domain.tuning.TuningTags;
import dev.sagedeck.domain.tuning.OneJobTime;
import dev.sagedeck.domain.tuning.ParallelLimit;
import dev.sagedeck.domain.tuning.TuningPreview;
import dev.sagedeck.xgboost.SearchData;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import dev.sagedeck.port.TuningJobs;
import java.util.List;
import java.util.TreeMap;

/**
 * Local searches behind the {@link TuningJobs} port. A search is a job record of its own (launch mode
 * {@code tuning}, so list, logs, stop and forget treat it as a local job) whose process is
 * {@link SearchRun}; its configurations are job records naming it in {@code tuningJob}.
 */
public final class LocalSearches implements TuningJobs {
    private final LocalTrainingJobs jobs;

    LocalSearches(LocalTrainingJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Backend backend() {
        return Backend.LOCAL;
    }

    @Override
    public List<TuningJob> list(JobScope scope) {
        return jobs.store().list().stream()
                .filter(r -> r.search != null)
                .map(this::toTuningJob)
                // mine by the one ownership rule (an owner tag says more than the recorded owner), as every job is
                .filter(t -> scope == JobScope.ALL || jobs.ownership().isMine(SearchAsJob.of(t)))
                .toList();
    }

    @Override
    public TuningJob describe(String name) {
        JobRecord r = jobs.store().find(name).orElseThrow(() -> notFound(name));
        if (r.search == null) throw notFound(name);
        return toTuningJob(r);
    }

    @Override
    public List<TrainingJob> children(String name) {
        JobRecord r = jobs.store().find(name).orElseThrow(() -> notFound(name));
        if (r.search == null) throw notFound(name);
        return r.search.children.stream().filter(jobs.store()::exists).map(jobs::describe).toList();
    }

    @Override
    public TuningJob launch(TuningLaunch launch) {
        try {
            TuningRules.check(launch.plan(), true);
        } catch (IllegalArgumentException e) {
            throw new BackendException(Kind.INVALID, e.getMessage());
        }
        LaunchSpec b = launch.base();
        if (b.script() != null) {
            throw new BackendException(Kind.INVALID, "a local search trains the built-in XGBoost; a script is searched on SageMaker (drop --local)");
        }
        LaunchSpec spec = new LaunchSpec(b.backend(), b.name(), b.owner(), b.data(), TuningRules.staticWithObjectiveMetric(launch.plan()),
                null, b.resources(), b.roleArn(), b.outputPath(), b.imageVersion(), b.budgetUsd());
        JobRecord r = jobs.startSearch(owner -> {
            JobRecord first = FirstRecord.firstRecord(spec, b.owner() != null && !b.owner().isBlank() ? b.owner() : owner, jobs.store(), jobs.clock().instant(), jobs.clock().getZone(), jobs.stopGraceValue().toSeconds(), "tune");
            JobRecord.Launch l = first.launch;
            first.launch = new JobRecord.Launch(JobRecord.Launch.TUNING, l.sample(), l.train(), l.test(), l.preset(), l.label(), l.drop(),
                    null, null, null, l.maxRuntimeSeconds());
            first.search = SearchRecord.of(launch.plan());
            first.tags = new TreeMap<>(first.tags);
            first.tags.put(TuningTags.KIND, TuningTags.LOCAL_SEARCH);
            first.transitions.clear();
            first.secondaryStatus = null;
            first.enter("Starting", first.created, "Launching the local search process.");
            return first;
        });
        return toTuningJob(r);
    }

    /**
     * A local search worked out before it starts: how many configurations fit this machine at once
     * (its cores, and its memory against the data's size estimated from the file; the search says
     * the final limit in its log once the data is read). Free; nothing to upload.
     */
    @Override
    public TuningPreview preview(TuningLaunch launch) {
        try {
            TuningRules.check(launch.plan(), true);
        } catch (IllegalArgumentException e) {
            throw new BackendException(Kind.INVALID, e.getMessage());
        }
        if (launch.base().script() != null) {
            throw new BackendException(Kind.INVALID, "a local search trains the built-in XGBoost; a script is searched on SageMaker");
        }
        long fileBytes = SAMPLE_BYTES;
        String train = launch.base().data() == null ? null : launch.base().data().train();
        if (train != null) {
            try {
                fileBytes = java.nio.file.Files.size(java.nio.file.Path.of(train));
            } catch (java.io.IOException | RuntimeException e) {
                throw new BackendException(Kind.INVALID, "cannot read the training data " + train + ": " + e.getMessage());
            }
        }
        long values = Math.max(1, fileBytes / 5); // about five characters per value in a CSV of numbers
        ParallelLimit limit = ParallelLimit.of(launch.plan().limits().maxParallel(), Runtime.getRuntime().availableProcessors(),
                SearchData.availableBytes(), values * 8, (30L << 20) + values * 24);
        return TuningPreview.of(launch.base().name(), null, List.of(), List.of("parallel: " + limit.reason()), 0.0, "free (this machine)",
                new TuningLimits(launch.plan().limits().maxJobs(), limit.parallel()), OneJobTime.ESTIMATED_LOCAL);
    }

    /** The bundled sample's training file, about. */
    private static final long SAMPLE_BYTES = 64 << 10;

    @Override
    public void stop(String name) {
        describe(name);
        jobs.stop(name);
    }

    private TuningJob toTuningJob(JobRecord r) {
        SearchRecord s = r.search;
        int inProgress = 0;
        for (String child : s.children) {
            // a configuration still running is counted from its record; ended ones are in the search's counters
            if (jobs.store().find(child).map(JobRecord::active).orElse(false)) inProgress++;
        }
        String note = s.parallelReason == null ? null : "parallel: " + s.parallelReason;
        TrainingJob asJob = jobs.describe(r.name);
        return new TuningJob(r.name, null, Backend.LOCAL, r.jobStatus(), r.owner, asJob.timing(),
                SearchStrategy.parse(s.strategy).orElse(SearchStrategy.RANDOM),
                new Objective(s.objective, Objective.Direction.parse(s.direction).orElse(Objective.Direction.MINIMIZE)),
                s.ranges, r.hyperParameters, new TuningLimits(s.maxJobs, s.maxParallel),
                EarlyStopping.parse(s.earlyStopping).orElse(EarlyStopping.OFF),
                new TuningJob.Counters(s.completed, inProgress, s.failed, s.stopped, s.stoppedEarly),
                s.bestJob, s.bestValue, 0.0, note, asJob.tags(), asJob.raw());
    }

    private static BackendException notFound(String name) {
        return new BackendException(Kind.NOT_FOUND, "no local search named '%s'".formatted(name));
    }
}

package dev.sagedeck.usecase;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobScope;
import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.LogChunk;
import dev.sagedeck.domain.LogCursor;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.SearchAsJob;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.TrainingJobs;
import dev.sagedeck.port.TuningJobs;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Training jobs, and for a name no training job has, the tuning job of that name seen as a job, so
 * a tuning job is stopped through the same {@link GuardedStop} (fresh describe, the one stop policy,
 * typed confirmation, audit line) as a training job. Its view carries the owner tag, the status, and
 * how many training jobs run and what they cost so far (the confirmation says them).
 */
public final class JobsOrSearches implements TrainingJobs {
    /** The kind tag of a tuning job seen as a job ({@link SearchAsJob#TUNING_JOB}). */
    public static final String TUNING_JOB = SearchAsJob.TUNING_JOB;
    /** Tags of that view: how many of its training jobs run, and their cost so far in US dollars. */
    public static final String RUNNING = SearchAsJob.RUNNING;
    public static final String COST = SearchAsJob.COST;

    private final TrainingJobs jobs;
    private final TuningJobs searches;
    private final Set<String> isSearch = ConcurrentHashMap.newKeySet();

    public JobsOrSearches(TrainingJobs jobs, TuningJobs searches) {
        this.jobs = jobs;
        this.searches = searches;
    }

    @Override
    public Backend backend() {
        return jobs.backend();
    }

    @Override
    public List<TrainingJob> list(JobScope scope) {
        return jobs.list(scope);
    }

    @Override
    public TrainingJob describe(String name) {
        try {
            return jobs.describe(name);
        } catch (BackendException e) {
            if (e.kind() != BackendException.Kind.NOT_FOUND || searches == null) throw e;
            TuningJob t;
            try {
                t = searches.describe(name);
            } catch (BackendException notASearch) {
                // no such tuning job, or none that can be told: the name stays what it was, no job of ours
                throw e;
            }
            isSearch.add(name);
            return asJob(t);
        }
    }

    /** A tuning job as a job: name, ARN, status, owner tag, times; how many children run and their cost so far in its tags. */
    public static TrainingJob asJob(TuningJob t) {
        return SearchAsJob.of(t);
    }

    @Override
    public LogChunk readLogs(String name, LogCursor cursor) {
        return jobs.readLogs(name, cursor);
    }

    @Override
    public void stop(String name) {
        if (isSearch.contains(name)) {
            searches.stop(name);
        } else {
            jobs.stop(name);
        }
    }

    @Override
    public TrainingJob launch(LaunchSpec spec) {
        return jobs.launch(spec);
    }

    @Override
    public Path fetchModel(String name, Path destination) {
        return jobs.fetchModel(name, destination);
    }
}

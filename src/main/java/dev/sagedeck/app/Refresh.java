package dev.sagedeck.app;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.TrainingJob;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How often things are re-read. The list refreshes every {@link #ACTIVE} while a job of mine runs,
 * every {@link #IDLE} otherwise, and backs off after failures up to {@link #MAX_BACKOFF}. Logs are
 * polled every second for local jobs and every {@link #REMOTE_LOG_POLL} for SageMaker ones (the
 * CloudWatch budget); an open job that may still change is re-described with each list refresh.
 */
public final class Refresh {
    public static final Duration ACTIVE = Duration.ofSeconds(3);
    public static final Duration IDLE = Duration.ofSeconds(15);
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    public static final Duration LOCAL_LOG_POLL = Duration.ofSeconds(1);
    public static final Duration REMOTE_LOG_POLL = Duration.ofSeconds(3);

    private Refresh() {}

    /**
     * When to list again after a successful load. Everyone's jobs (a ListTrainingJobs walk that
     * shares the account's 2-per-second quota with colleagues) are refreshed at the idle pace only.
     */
    public static Instant afterLoad(dev.sagedeck.domain.JobScope scope, List<TrainingJob> jobs, Ownership me, Instant at) {
        boolean running = jobs.stream().anyMatch(j -> j.status().isActive() && me.isMine(j));
        return at.plus(running && scope == dev.sagedeck.domain.JobScope.MINE ? ACTIVE : IDLE);
    }

    /** When to list again after the n-th consecutive failure: 5 s, 10 s, 20 s ... up to a minute. */
    public static Instant afterFailure(int failures, Instant at) {
        long seconds = 5L << Math.min(Math.max(failures - 1, 0), 4);
        return at.plus(Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds())));
    }

    public static Duration logPoll(TrainingJob job) {
        return job != null && job.backend() == Backend.SAGEMAKER ? REMOTE_LOG_POLL : LOCAL_LOG_POLL;
    }
}

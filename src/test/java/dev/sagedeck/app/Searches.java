package dev.sagedeck.app;

import dev.sagedeck.domain.Backend;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.Timing;
import dev.sagedeck.domain.TrainingJob;
import dev.sagedeck.domain.tuning.EarlyStopping;
import dev.sagedeck.domain.tuning.Objective;
import dev.sagedeck.domain.tuning.SearchStrategy;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.TuningLimits;
import dev.sagedeck.domain.tuning.TuningTags;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test data: searches and their training jobs as the tuning view gets them. */
public final class Searches {
    public static final Instant T0 = Jobs.T0;
    public static final Objective AUC = new Objective("validation:auc", Objective.Direction.MAXIMIZE);

    private Searches() {}

    /** Alice's SageMaker tuning job over max_depth 3:9 and eta 0.01:0.3 (log), maximizing validation:auc. */
    public static TuningJob sageMaker(String name, JobStatus status, TuningJob.Counters counters, Double cost) {
        return new TuningJob(name, "arn:aws:sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/" + name, Backend.SAGEMAKER,
                status, "alice", new Timing(T0.minusSeconds(3600), T0.minusSeconds(3600), status.isFinal() ? T0 : null, null, null),
                SearchStrategy.BAYESIAN, AUC, List.of("--range max_depth=3:9", "--range eta=0.01:0.3:log"),
                Map.of("eval_metric", "auc", "num_round", "100"), new TuningLimits(12, 4), EarlyStopping.OFF, counters,
                null, null, cost, null, Map.of("owner", "alice"), "{}");
    }

    /** A training job of {@code search}: its max_depth and eta, its status, its objective (null: none yet). */
    public static TrainingJob child(String search, int n, String depth, String eta, JobStatus status, Double auc) {
        Instant start = T0.minusSeconds(3000 - 60L * n);
        return TrainingJob.builder(search + "-" + String.format("%03d", n) + "-abcdef12", Backend.SAGEMAKER)
                .status(status)
                .timing(new Timing(start, start, status.isFinal() ? start.plusSeconds(600 + 10L * n) : null, null, null))
                .hyperParameters(Map.of("max_depth", depth, "eta", eta))
                .finalMetrics(auc == null ? List.of() : List.of(new Metric("validation:auc", auc)))
                .tags(Map.of(TuningTags.TUNING_JOB, search))
                .build();
    }

    /** The dashboard at {@code columns} x {@code rows} on the tuning view of {@code search} with these training jobs loaded. */
    public static AppState shown(int columns, int rows, TuningJob search, List<TrainingJob> children) {
        dev.sagedeck.app.keys.Keymap k = dev.sagedeck.app.keys.Keymap.defaults();
        Session session = new Session("t", dev.sagedeck.domain.Ownership.of("alice"), "local", null, "", false, k, Map.of());
        AppState s = AppState.initial(session, columns, rows, T0);
        s = Update.update(s.started(Effect.ListJobs.KEY), new Msg.JobsLoaded(dev.sagedeck.domain.JobScope.MINE, List.of(), T0)).state();
        s = Update.update(s, new Msg.OpenTuning(search.name(), search.backend())).state();
        return Update.update(s, new Msg.TuningLoaded(search.name(), search, children, T0)).state();
    }

    /** The same, after these keys. */
    public static AppState press(AppState s, String keys) {
        for (String k : dev.sagedeck.testing.ScreenHarness.split(keys)) {
            s = Update.update(s, new Msg.KeyPressed(new dev.sagedeck.app.keys.Key(k))).state();
        }
        return s;
    }

    public static TuningJob.Counters counters(int completed, int running) {
        return new TuningJob.Counters(completed, running, 0, 0, 0);
    }

    // the job list's searches: whose, when, how far

    /** A SageMaker tuning job tagged owner={@code owner}: Bayesian on validation:auc, 12 at most, 4 at once. */
    public static TuningJob sageMakerOf(String name, String owner, JobStatus status, TuningJob.Counters counters, Instant created) {
        return new TuningJob(name, "arn:aws:sagemaker:us-east-1:123456789012:hyper-parameter-tuning-job/" + name, Backend.SAGEMAKER, status,
                owner, new Timing(created, created, status.isFinal() ? created.plusSeconds(3600) : null, null, null),
                SearchStrategy.BAYESIAN, new Objective("validation:auc", Objective.Direction.MAXIMIZE),
                List.of("--range max_depth=3:9", "--range eta=0.05:0.3"), Map.of("num_round", "100", "eval_metric", "auc"),
                new TuningLimits(12, 4), EarlyStopping.AUTO, counters,
                counters.completed() > 0 ? name + "-002-4f1c2d3e" : null, counters.completed() > 0 ? 0.8123 : null, 1.2345, null,
                owner == null ? Map.of() : Map.of("owner", owner), "{\"HyperParameterTuningJobName\": \"" + name + "\"}");
    }

    /** A local search recorded as {@code owner}'s: Random on validation:logloss, 8 at most, 2 at once. */
    public static TuningJob localOf(String name, String owner, JobStatus status, TuningJob.Counters counters, Instant created) {
        return new TuningJob(name, null, Backend.LOCAL, status, owner,
                new Timing(created, created.plusSeconds(1), status.isFinal() ? created.plusSeconds(60) : null, null, null),
                SearchStrategy.RANDOM, new Objective("validation:logloss", Objective.Direction.MINIMIZE),
                List.of("--range max_depth=2:6"), Map.of("num_round", "50"), new TuningLimits(8, 2), EarlyStopping.OFF, counters,
                counters.completed() > 0 ? name + "-001" : null, counters.completed() > 0 ? 0.4123 : null, 0.0, "parallel: 2 at once",
                Map.of(TuningTags.KIND, TuningTags.LOCAL_SEARCH), null);
    }

    public static TuningJob.Counters counters(int completed, int running, int failed, int stopped) {
        return new TuningJob.Counters(completed, running, failed, stopped, 0);
    }

    /** A training job of {@code search}, tagged with it as its search tags it. */
    public static TrainingJob child(TrainingJob job, String search) {
        Map<String, String> tags = new HashMap<>(job.tags());
        tags.put(TuningTags.TUNING_JOB, search);
        return job.toBuilder().tags(tags).tagsKnown(true).build();
    }

    /** A local search's own record, as the local backend lists it among the jobs. */
    public static TrainingJob record(TuningJob t) {
        return Jobs.local(t.name(), t.owner(), t.status(), t.timing().created()).toBuilder()
                .tags(Map.of(TuningTags.KIND, TuningTags.LOCAL_SEARCH)).build();
    }
}

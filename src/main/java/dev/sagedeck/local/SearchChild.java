package dev.sagedeck.local;

import dev.sagedeck.domain.HyperParameterRules;
import dev.sagedeck.domain.JobStatus;
import dev.sagedeck.domain.RoundMetricsLine;
import dev.sagedeck.domain.tuning.EarlyStopping;
import dev.sagedeck.domain.tuning.MedianRule;
import dev.sagedeck.domain.tuning.Objective;
import dev.sagedeck.domain.tuning.TuningPlan;
import dev.sagedeck.domain.tuning.TuningRules;
import dev.sagedeck.domain.tuning.TuningTags;
import dev.sagedeck.xgboost.SearchData;
import dev.sagedeck.xgboost.TrainingListener;
import dev.sagedeck.xgboost.TrainingResult;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * One configuration of a local search: a child job of its own (record, log, model, metrics under
 * {@code jobs/<search>-NNN}, like any local run, so list, describe, compare and evaluate work on it),
 * trained in the search's process on the data the search read once. Its record names the search's
 * process as its pid, so a search killed with {@code kill -9} leaves no configuration looking alive.
 */
final class SearchChild {
    /** What every configuration of a search shares. */
    record Shared(JobRecord search, TuningPlan plan, SearchData data, int threads, SearchChildren children,
                  BooleanSupplier stopRequested, Lifecycle searchLife, LocalJobStore store, Clock clock,
                  ProcessIdentity process, RoundHistory history) {}

    /** How a configuration ended, in one line for the search's log. */
    record Outcome(String name, String summary) {}

    private final Shared s;
    private final int number;
    private final Map<String, String> values;
    private final SearchData.WorkerMatrices matrices;
    private final Objective objective;
    private final AtomicReference<MedianRule.Verdict> early = new AtomicReference<>();

    SearchChild(Shared shared, int number, Map<String, String> values, SearchData.WorkerMatrices matrices) {
        this.s = shared;
        this.number = number;
        this.values = values;
        this.matrices = matrices;
        this.objective = shared.plan().objective();
    }

    /** The name of configuration {@code number} of {@code search}: {@code <search>-007}, cut to fit 63 characters. */
    static String name(String search, int number) {
        String suffix = String.format(Locale.ROOT, "-%03d", number);
        return search.substring(0, Math.min(search.length(), dev.sagedeck.domain.JobNames.MAX_LENGTH - suffix.length())) + suffix;
    }

    Outcome run() {
        JobRecord first = firstRecord();
        JobDir dir = s.store().create(first, staged -> LocalJobControl.prepare(staged, first));
        s.searchLife().update(rec -> rec.search.children.add(first.name));
        try (PrintStream log = new PrintStream(new FileOutputStream(dir.log().toFile(), true), true, StandardCharsets.UTF_8)) {
            Lifecycle life = new Lifecycle(s.store(), dir, s.clock(), log);
            AtomicBoolean stop = new AtomicBoolean();
            s.children().add(first.name, life, stop);
            try {
                train(life, log, stop);
            } catch (RuntimeException e) {
                e.printStackTrace(log);
                life.endedWith(Lifecycle.reason(e), stop.get());
            } finally {
                s.children().remove(first.name);
            }
        } catch (IOException e) {
            s.store().update(first.name, r -> r.finish(JobStatus.FAILED, "Failed", s.clock().instant(), "cannot write its log: " + e.getMessage()));
        }
        JobRecord done = s.store().find(first.name).orElse(first);
        count(done);
        return new Outcome(done.name, summary(done));
    }

    private void train(Lifecycle life, PrintStream log, AtomicBoolean stop) {
        life.say("Starting - Configuration %d of search %s: %s".formatted(number, s.search().name, values));
        if (s.stopRequested().getAsBoolean()) {
            life.stopped("stopped before training began: the search was stopped");
            return;
        }
        life.phase("Training", "Training in progress (built-in XGBoost, data read once by the search).");
        JobRecord r = life.current();
        TrainingResult result;
        try {
            result = s.data().train(matrices, r.hyperParameters, life.dir().model(), life.dir().outputData(),
                    listener(life, log), () -> stop.get() || early.get() != null);
        } catch (IllegalArgumentException e) {
            life.endedWith(Lifecycle.reason(e), stop.get());
            return;
        }
        BuiltInRun.record(life, result);
        MedianRule.Verdict v = early.get();
        if (v != null && !stop.get()) {
            String why = "round %d: %s %s is worse than the median %s of %d earlier configurations".formatted(
                    v.round(), objective.metric(), value(v.value()), value(v.median()), v.compared());
            life.update(rec -> rec.stoppedEarly = why);
            life.stopped("Stopped early (median rule) at " + why + "; model so far saved to " + result.modelFile());
        } else if (result.stopped() || stop.get()) {
            life.stopped("stopped after round %d; model so far saved to %s".formatted(result.roundsTrained(), result.modelFile()));
        } else {
            life.phase("Uploading", Lifecycle.usualMessage("Uploading"));
            life.completed("Training job completed");
        }
    }

    private TrainingListener listener(Lifecycle life, PrintStream log) {
        return new RunListener(life, log) {
            @Override
            public void round(RoundMetricsLine line) {
                Double value = line.metrics().get(objective.metric());
                if (value == null) return;
                s.history().record(number, line.round(), value);
                if (s.plan().earlyStopping() == EarlyStopping.AUTO && early.get() == null) {
                    MedianRule.judge(objective, line.round(), value, s.history().earlierThan(number)).ifPresent(early::set);
                }
            }
        };
    }

    private JobRecord firstRecord() {
        JobRecord search = s.search();
        JobRecord r = new JobRecord();
        r.name = name(search.name, number);
        r.owner = search.owner;
        r.status = JobStatus.IN_PROGRESS.text();
        r.created = s.clock().instant();
        r.started = r.created;
        r.pid = s.process().pid();
        r.pidStart = s.process().start();
        r.stopGraceSeconds = search.stopGraceSeconds;
        Map<String, String> hp = new TreeMap<>(TuningRules.staticWithObjectiveMetric(s.plan()));
        hp.putAll(values);
        hp.putIfAbsent(HyperParameterRules.NTHREAD, Integer.toString(s.threads()));
        r.hyperParameters = hp;
        r.enter("Starting", r.created, "Configuration %d of search %s.".formatted(number, search.name));
        // the data stays where the search staged it: read once, never copied per configuration
        search.channels.forEach(c -> r.channels.add(new JobRecord.ChannelEntry(c.name(), c.path(), c.path())));
        JobRecord.Launch l = search.launch;
        r.launch = new JobRecord.Launch(JobRecord.Launch.BUILT_IN, l.sample(), l.train(), l.test(), l.preset(), l.label(), l.drop(),
                null, null, null, l.maxRuntimeSeconds());
        r.tags = new TreeMap<>(search.tags);
        r.tags.remove(TuningTags.KIND);
        r.tags.put(TuningTags.TUNING_JOB, search.name);
        r.tuningJob = search.name;
        return r;
    }

    /** Adds the ended configuration to the search's counters and best value. */
    private void count(JobRecord done) {
        Double v = done.finalMetrics.get(objective.metric());
        s.searchLife().update(rec -> {
            SearchRecord sr = rec.search;
            if (done.stoppedEarly != null) sr.stoppedEarly++;
            else if (JobStatus.COMPLETED.equals(done.jobStatus())) sr.completed++;
            else if (JobStatus.FAILED.equals(done.jobStatus())) sr.failed++;
            else sr.stopped++;
            // a configuration stopped early is not a candidate: its value is from an unfinished run
            if (v != null && done.stoppedEarly == null && JobStatus.COMPLETED.equals(done.jobStatus())
                    && (sr.bestValue == null || objective.better(v, sr.bestValue))) {
                sr.bestValue = v;
                sr.bestJob = done.name;
                rec.finalMetrics.put(objective.metric(), v);
                rec.tags.put(TuningTags.BEST_JOB, done.name);
            }
        });
    }

    private String summary(JobRecord done) {
        Double v = done.finalMetrics.get(objective.metric());
        String metric = v == null ? "" : " " + objective.metric() + " " + value(v);
        if (done.stoppedEarly != null) return "stopped early at " + done.stoppedEarly;
        if (JobStatus.FAILED.equals(done.jobStatus())) return "Failed: " + done.failureReason;
        return done.status + metric;
    }

    static String value(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.6g", v);
    }
}

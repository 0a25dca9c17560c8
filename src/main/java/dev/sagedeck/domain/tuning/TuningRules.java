package dev.sagedeck.domain.tuning;

import dev.sagedeck.domain.HyperParameterRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place a search is checked before anything runs, by the CLI, the wizard and both backends:
 * every problem at once, each saying what to change.
 */
public final class TuningRules {
    /** SageMaker's limits: 30 searched hyperparameters, 30 values of one categorical parameter. */
    public static final int MAX_RANGES = 30;
    public static final int MAX_CATEGORICAL_VALUES = 30;
    /** Random search's default number of configurations. */
    public static final int DEFAULT_MAX_JOBS = 10;
    /** Parameters a local search cannot vary: it reads and splits the data once for every configuration. */
    static final Map<String, String> FIXED_LOCALLY = Map.of(
            HyperParameterRules.SEED, "it sets the 80/20 split, made once for every configuration",
            HyperParameterRules.OBJECTIVE, "the data is prepared once for one objective",
            HyperParameterRules.NUM_CLASS, "the data is prepared once for one label",
            HyperParameterRules.EVAL_METRIC, "the objective's metric is added to it");

    private TuningRules() {}

    /** The default for max jobs: the whole grid for grid search, else {@link #DEFAULT_MAX_JOBS}. */
    public static int defaultMaxJobs(SearchStrategy strategy, List<ParameterRange> ranges) {
        if (strategy != SearchStrategy.GRID) return DEFAULT_MAX_JOBS;
        long n = new TuningPlan(ranges, Map.of(), strategy, Objective.DEFAULT, new TuningLimits(1, 1), EarlyStopping.OFF, 0).gridSize();
        return (int) Math.max(1, Math.min(n, TuningLimits.MAX_JOBS_LIMIT + 1L));
    }

    /**
     * The fixed hyperparameters every configuration gets: the plan's own, plus {@code eval_metric}
     * set to the objective's metric when none is given (XGBoost reports only the metrics it is asked for).
     */
    public static Map<String, String> staticWithObjectiveMetric(TuningPlan plan) {
        Map<String, String> out = new LinkedHashMap<>(plan.staticHyperParameters());
        out.putIfAbsent(HyperParameterRules.EVAL_METRIC, Objective.metricName(plan.objective().metric()));
        return out;
    }

    /** Checks a plan; {@code local}: for a search on this machine. @throws IllegalArgumentException every problem, one per line */
    public static TuningPlan check(TuningPlan plan, boolean local) {
        List<String> problems = problems(plan, local);
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("\n", problems));
        return plan;
    }

    public static List<String> problems(TuningPlan plan, boolean local) {
        return findings(plan, local).stream().map(Problem::message).toList();
    }

    /** What part of a search a problem is about, so the wizard can say it at its field. */
    public enum Part {
        RANGES,
        FIXED,
        OBJECTIVE,
        MAX_JOBS,
        MAX_PARALLEL,
        STRATEGY,
        EARLY_STOPPING
    }

    /** One problem: the part it is about, the hyperparameter it names (null when none), and the message. */
    public record Problem(Part part, String name, String message) {}

    /** Every problem of a plan with what it is about (the messages {@link #problems} gives). */
    public static List<Problem> findings(TuningPlan plan, boolean local) {
        Findings p = new Findings();
        if (plan.ranges().isEmpty()) p.at(Part.RANGES, null).add("a search needs at least one searched hyperparameter: --range max_depth=3:9 or --values booster=gbtree,dart");
        if (plan.ranges().size() > MAX_RANGES) p.at(Part.RANGES, null).add("at most " + MAX_RANGES + " hyperparameters can be searched (SageMaker's limit); got " + plan.ranges().size());
        Set<String> seen = new HashSet<>();
        for (ParameterRange r : plan.ranges()) {
            p.at(Part.RANGES, r.name());
            if (!seen.add(r.name())) p.add(r.name() + " is searched twice; give one --range or --values for it");
            if (plan.staticHyperParameters().keySet().stream().map(HyperParameterRules::canonicalName).anyMatch(r.name()::equals)) {
                p.add(r.name() + " is both fixed (" + r.name() + "=" + plan.staticHyperParameters().get(r.name()) + ") and searched (" + r.text() + "); drop one");
            }
            rangeProblems(r, p);
            if (local && FIXED_LOCALLY.containsKey(r.name())) {
                p.add(r.name() + " cannot be searched locally: " + FIXED_LOCALLY.get(r.name()) + "; fix it with --hp " + r.name() + "=...");
            }
        }
        plan.staticHyperParameters().forEach((k, v) -> HyperParameterRules.problem(k, v).ifPresent(p.at(Part.FIXED, k)::add));
        objectiveProblems(plan, local, p.at(Part.OBJECTIVE, null));
        limitProblems(plan, local, p);
        return p.found;
    }

    /** Collects problems under the part (and hyperparameter) last named with {@link #at}. */
    private static final class Findings {
        final List<Problem> found = new ArrayList<>();
        private Part part = Part.RANGES;
        private String name;

        Findings at(Part part, String name) {
            this.part = part;
            this.name = name;
            return this;
        }

        void add(String message) {
            found.add(new Problem(part, name, message));
        }
    }

    private static void rangeProblems(ParameterRange r, Findings p) {
        String at = "--" + (r instanceof ParameterRange.CategoricalValues ? "values " : "range ") + r.text() + ": ";
        if (r instanceof ParameterRange.IntegerRange i) {
            bounds(at, i.min(), i.max(), i.scaling(), p);
            endpoint(at, r.name(), Long.toString(i.min()), p);
            endpoint(at, r.name(), Long.toString(i.max()), p);
        } else if (r instanceof ParameterRange.ContinuousRange c) {
            bounds(at, c.min(), c.max(), c.scaling(), p);
            endpoint(at, r.name(), ParameterRange.format(c.min()), p);
            endpoint(at, r.name(), ParameterRange.format(c.max()), p);
        } else if (r instanceof ParameterRange.CategoricalValues c) {
            if (c.values().size() > MAX_CATEGORICAL_VALUES) p.add(at + "at most " + MAX_CATEGORICAL_VALUES + " values (SageMaker's limit); got " + c.values().size());
            c.values().forEach(v -> endpoint(at, r.name(), v, p));
        }
    }

    private static void bounds(String at, double min, double max, Scaling scaling, Findings p) {
        if (min > max) p.add(at + "MIN must not be above MAX");
        else if (min == max) p.add(at + "a range needs two different bounds; one value is a fixed hyperparameter (--hp)");
        if (scaling == Scaling.LOGARITHMIC && min <= 0) p.add(at + "logarithmic scaling needs MIN above 0");
    }

    private static void endpoint(String at, String name, String value, Findings p) {
        HyperParameterRules.problem(name, value).ifPresent(m -> p.add(at + m));
    }

    private static void objectiveProblems(TuningPlan plan, boolean local, Findings p) {
        String metric = plan.objective().metric();
        if (!metric.matches("(train|validation):[A-Za-z0-9@_.-]+")) {
            p.add("the objective must be a metric the trainer reports each round, train:NAME or validation:NAME (e.g. validation:auc); got '" + metric + "'");
            return;
        }
        String eval = plan.staticHyperParameters().get(HyperParameterRules.EVAL_METRIC);
        String name = Objective.metricName(metric);
        if (eval != null && !List.of(eval.split("\\s*,\\s*")).contains(name)) {
            p.add("the objective " + metric + " is not among eval_metric=" + eval + "; add " + name + " to it or leave eval_metric out");
        } else if (eval == null && (local || !XgboostObjectives.CONTAINER.contains(metric))) { // the container computes accuracy, f1 and mse itself
            HyperParameterRules.problem(HyperParameterRules.EVAL_METRIC, name)
                    .ifPresent(m -> p.add("the objective " + metric + " is no metric XGBoost reports: " + m));
        }
    }

    private static void limitProblems(TuningPlan plan, boolean local, Findings p) {
        TuningLimits l = plan.limits();
        p.at(Part.MAX_JOBS, null);
        if (l.maxJobs() < 1 || l.maxJobs() > TuningLimits.MAX_JOBS_LIMIT) {
            p.add("--max-jobs must be a whole number in [1, " + TuningLimits.MAX_JOBS_LIMIT + "]; got " + l.maxJobs());
        }
        p.at(Part.MAX_PARALLEL, null);
        if (l.maxParallel() < 1 || l.maxParallel() > TuningLimits.MAX_PARALLEL_LIMIT) {
            p.add("--max-parallel must be a whole number in [1, " + TuningLimits.MAX_PARALLEL_LIMIT + "]; got " + l.maxParallel());
        } else if (l.maxParallel() > l.maxJobs() && l.maxJobs() >= 1) {
            p.add("--max-parallel " + l.maxParallel() + " is more than --max-jobs " + l.maxJobs());
        }
        p.at(Part.STRATEGY, null);
        if (local && !plan.strategy().runsLocally()) {
            p.add("a local search runs random or grid; " + plan.strategy().apiName() + " is SageMaker's own (drop --local to run it there)");
        }
        if (plan.strategy() == SearchStrategy.HYPERBAND && plan.earlyStopping() == EarlyStopping.AUTO) {
            // SageMaker refuses it: Hyperband stops configurations itself (TrainingJobEarlyStoppingType must be Off)
            p.at(Part.EARLY_STOPPING, null).add("Hyperband stops configurations itself; early stopping must be off with it (--early-stopping off)");
            p.at(Part.STRATEGY, null);
        }
        if (plan.strategy() == SearchStrategy.GRID) {
            for (ParameterRange r : plan.ranges()) {
                if (r instanceof ParameterRange.ContinuousRange c) {
                    p.at(Part.RANGES, c.name()).add("grid search needs values to step through; " + c.name() + " is a continuous range: list them, e.g. --values "
                            + c.name() + "=" + ParameterRange.format(c.min()) + "," + ParameterRange.format((c.min() + c.max()) / 2) + "," + ParameterRange.format(c.max()));
                }
            }
            long grid = plan.gridSize();
            if (grid > l.maxJobs() && grid > 0 && l.maxJobs() >= 1) {
                p.at(Part.MAX_JOBS, null).add("the grid has " + grid + " configurations, more than --max-jobs " + l.maxJobs() + "; raise --max-jobs or list fewer values");
            }
        }
    }
}

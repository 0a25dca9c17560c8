package dev.sagedeck.app.wizard;

import static dev.sagedeck.app.wizard.WizardField.*;

import dev.sagedeck.domain.LaunchSpec;
import dev.sagedeck.domain.Ownership;
import dev.sagedeck.domain.ScriptMetrics;
import dev.sagedeck.domain.tuning.EarlyStopping;
import dev.sagedeck.domain.tuning.Objective;
import dev.sagedeck.domain.tuning.ParameterRange;
import dev.sagedeck.domain.tuning.RangeSyntax;
import dev.sagedeck.domain.tuning.SearchStrategy;
import dev.sagedeck.domain.tuning.TuningJob;
import dev.sagedeck.domain.tuning.TuningLaunch;
import dev.sagedeck.domain.tuning.TuningLimits;
import dev.sagedeck.domain.tuning.TuningPlan;
import dev.sagedeck.domain.tuning.TuningRules;
import dev.sagedeck.domain.tuning.XgboostObjectives;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The wizard's tune step as a search: each of the lesson's hyperparameters fixed (empty) or searched
 * (the text {@code tune --range} / {@code --values} takes after {@code NAME=}, parsed by {@link RangeSyntax}),
 * other searched ones, the strategy, the objective, the limits and early stopping; checked by
 * {@link TuningRules}, each problem at the field it is about. Also the tune fields of a local search
 * promoted to SageMaker.
 */
public final class WizardTune {
    /** Each lesson hyperparameter's field on the tune step. */
    public static final List<WizardField> RANGES = List.of(SEARCH_MAX_DEPTH, SEARCH_ETA, SEARCH_SUBSAMPLE, SEARCH_COLSAMPLE_BYTREE, SEARCH_NUM_ROUND);
    /** The repeatable seed of a random search started from the wizard (tune's --search-seed default). */
    public static final long SEED = 42;
    private static final String PREFIX = "search_";

    private WizardTune() {}

    public static boolean on(Map<WizardField, String> v) {
        return WizardChoices.YES.equals(v.get(TUNE));
    }

    public static List<WizardField> fields() {
        List<WizardField> out = new ArrayList<>(RANGES);
        out.addAll(List.of(SEARCH_MORE, STRATEGY, OBJECTIVE, MAX_JOBS, MAX_PARALLEL, EARLY_STOPPING));
        return out;
    }

    /** The hyperparameter a range field searches ({@code max_depth} for SEARCH_MAX_DEPTH). */
    public static String hyperParameter(WizardField rangeField) {
        return rangeField.key().substring(PREFIX.length());
    }

    /** The fixed field on the hyperparameters step a range field replaces. */
    public static WizardField fixedField(WizardField rangeField) {
        return WizardField.valueOf(hyperParameter(rangeField).toUpperCase(Locale.ROOT));
    }

    /** Local: random and grid (what a local search runs); SageMaker: its four. */
    static List<String> strategies(Map<WizardField, String> v) {
        List<SearchStrategy> s = WizardSteps.sageMaker(v)
                ? List.of(SearchStrategy.BAYESIAN, SearchStrategy.RANDOM, SearchStrategy.GRID, SearchStrategy.HYPERBAND)
                : List.of(SearchStrategy.RANDOM, SearchStrategy.GRID);
        return s.stream().map(x -> x.apiName().toLowerCase(Locale.ROOT)).toList();
    }

    /** Built-in on SageMaker: the container's metrics; a script: its metric definitions; local: what XGBoost reports. */
    static List<String> objectives(Map<WizardField, String> v) {
        if (WizardSteps.sageMaker(v) && WizardSteps.script(v)) {
            // the Metrics field's rules first; a search ranks by a train: or validation: metric (TuningRules' one rule)
            List<String> names = ScriptMetrics.forScript(WizardSpec.metrics(v)).stream().map(d -> d.name())
                    .filter(n -> n.startsWith("train:") || n.startsWith("validation:")).toList();
            List<String> out = new ArrayList<>(names.stream().filter(n -> !n.startsWith("train:")).toList());
            names.stream().filter(n -> !out.contains(n)).forEach(out::add);
            return out;
        }
        return WizardSteps.sageMaker(v) ? XgboostObjectives.CONTAINER : XgboostObjectives.local();
    }

    static List<String> earlyStopping() {
        return List.of("off", "auto");
    }

    /** After {@code changed} changed: a strategy and an objective the path still offers (a promoted search's objective is kept, to be judged). */
    public static void keepChoices(Map<WizardField, String> v, WizardField changed) {
        if (changed != WHERE && changed != MODE && changed != TUNE) {
            return;
        }
        if (!strategies(v).contains(v.getOrDefault(STRATEGY, ""))) {
            v.put(STRATEGY, strategies(v).get(0));
        }
        if (!objectives(v).contains(v.getOrDefault(OBJECTIVE, ""))) {
            v.put(OBJECTIVE, objectives(v).get(0));
        }
    }

    /** The search the values describe, and the problem of each tune field that is wrong. */
    public record Built(TuningPlan plan, Map<WizardField, String> errors) {}

    public static Built build(Map<WizardField, String> v) {
        Map<WizardField, String> errors = new EnumMap<>(WizardField.class);
        List<ParameterRange> ranges = new ArrayList<>();
        Map<String, WizardField> from = new LinkedHashMap<>();
        for (WizardField f : RANGES) {
            String t = v.getOrDefault(f, "").trim();
            if (t.isEmpty()) {
                continue;
            }
            try {
                ranges.add(parse(hyperParameter(f) + "=" + t, TuneText.RANGE_SHAPE.formatted(hyperParameter(f))));
                from.putIfAbsent(hyperParameter(f), f);
            } catch (IllegalArgumentException e) {
                errors.put(f, e.getMessage());
            }
        }
        for (String token : v.getOrDefault(SEARCH_MORE, "").trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            try {
                ParameterRange r = parse(token, TuneText.MORE_SHAPE.formatted(token));
                ranges.add(r);
                from.putIfAbsent(r.name(), SEARCH_MORE);
            } catch (IllegalArgumentException e) {
                errors.putIfAbsent(SEARCH_MORE, e.getMessage());
            }
        }
        Map<String, String> fixed = new LinkedHashMap<>(WizardSpec.hyperParameters(v));
        // a lesson hyperparameter searched is no longer fixed at its value on the hyperparameters step
        ranges.forEach(r -> RANGES.stream().filter(f -> hyperParameter(f).equals(r.name())).forEach(f -> fixed.remove(r.name())));
        SearchStrategy strategy = SearchStrategy.parse(v.get(STRATEGY)).orElse(SearchStrategy.RANDOM);
        String metric = v.getOrDefault(OBJECTIVE, Objective.DEFAULT.metric());
        int maxJobs = whole(v, MAX_JOBS, TuningRules.defaultMaxJobs(strategy, ranges), errors);
        int maxParallel = whole(v, MAX_PARALLEL, Math.min(2, maxJobs), errors);
        TuningPlan plan = new TuningPlan(ranges, fixed, strategy, new Objective(metric, Objective.usualDirection(metric)),
                new TuningLimits(maxJobs, maxParallel), EarlyStopping.parse(v.get(EARLY_STOPPING)).orElse(EarlyStopping.OFF), SEED);
        boolean sageMaker = WizardSteps.sageMaker(v);
        for (TuningRules.Problem p : TuningRules.findings(plan, !sageMaker)) {
            if (p.part() != TuningRules.Part.FIXED) { // a fixed value's problem is said at its own field, on the hyperparameters step
                errors.putIfAbsent(fieldOf(p, from), p.message());
            }
        }
        if (sageMaker && !WizardSteps.script(v)) {
            XgboostObjectives.managedProblem(metric).ifPresent(m -> errors.putIfAbsent(OBJECTIVE, m));
        }
        return new Built(plan, errors);
    }

    /** MIN:MAX[:SCALING] is a range, A,B,C values; anything else is said with {@code shape}. */
    private static ParameterRange parse(String nameEqualsText, String shape) {
        int eq = nameEqualsText.indexOf('=');
        String after = eq < 0 ? "" : nameEqualsText.substring(eq + 1);
        if (after.contains(":")) {
            return RangeSyntax.range(nameEqualsText);
        }
        if (after.contains(",")) {
            return RangeSyntax.values(nameEqualsText);
        }
        throw new IllegalArgumentException(shape);
    }

    private static int whole(Map<WizardField, String> v, WizardField f, int empty, Map<WizardField, String> errors) {
        String t = v.getOrDefault(f, "").trim();
        if (t.isEmpty()) {
            return empty;
        }
        if (!t.matches("\\d{1,6}")) {
            errors.put(f, TuneText.WHOLE_NUMBER.formatted(f.label().toLowerCase(Locale.ROOT), t));
            return empty;
        }
        return Integer.parseInt(t);
    }

    private static WizardField fieldOf(TuningRules.Problem p, Map<String, WizardField> from) {
        switch (p.part()) {
            case OBJECTIVE: return OBJECTIVE;
            case MAX_JOBS: return MAX_JOBS;
            case MAX_PARALLEL: return MAX_PARALLEL;
            case STRATEGY: return STRATEGY;
            case EARLY_STOPPING: return EARLY_STOPPING;
            default:
                return p.name() == null ? SEARCH_MAX_DEPTH : from.getOrDefault(p.name(), SEARCH_MORE);
        }
    }

    /** The toggle's own problem: a search the chosen path cannot run. */
    static Optional<String> toggleProblem(Map<WizardField, String> v) {
        if (!on(v)) {
            return Optional.empty();
        }
        if (!WizardSteps.sageMaker(v) && WizardSteps.script(v)) {
            return Optional.of(TuneText.LOCAL_SCRIPT);
        }
        if (WizardChoices.DEMO.equals(v.get(SOURCE))) { // tune has no --demo-long: its searches never pause
            return Optional.of(TuneText.LONG_DEMO);
        }
        String counts = v.getOrDefault(INSTANCE_COUNT, "1").trim();
        if (WizardSteps.sageMaker(v) && WizardSettings.counts(counts).size() > 1) {
            return Optional.of(TuneText.ONE_COUNT.formatted(counts));
        }
        return Optional.empty();
    }

    /** The tune step's problems, for the fields the step shows. */
    static Map<WizardField, String> errors(Map<WizardField, String> v) {
        return on(v) ? build(v).errors() : Map.of();
    }

    /** The search the wizard starts: the run it shows as what every configuration shares, and the plan. */
    public static TuningLaunch launch(WizardState w, Ownership me) {
        LaunchSpec spec = WizardSpec.of(w, me);
        TuningPlan plan = build(w.values()).plan();
        LaunchSpec base = new LaunchSpec(spec.backend(), spec.name(), spec.owner(), spec.data(), plan.staticHyperParameters(), spec.script(),
                spec.resources(), spec.roleArn(), spec.outputPath(), spec.imageVersion(), spec.budgetUsd(), spec.settings());
        return new TuningLaunch(base, plan);
    }

    /**
     * The tune fields of a search: its ranges in their fields, its strategy (a local search's random and
     * grid are SageMaker's Random and Grid), objective, limits and early stopping; the eval_metric the
     * search added for its objective is left out of the extra params (the search adds it again).
     */
    public static Map<WizardField, String> fromSearch(TuningJob search, Map<WizardField, String> values) {
        Map<WizardField, String> v = new EnumMap<>(values);
        v.put(TUNE, WizardChoices.YES);
        RANGES.forEach(f -> v.put(f, ""));
        StringJoiner more = new StringJoiner(" ");
        for (ParameterRange r : RangeSyntax.described(search.ranges())) {
            String text = r.text().substring(r.name().length() + 1);
            Optional<WizardField> own = RANGES.stream().filter(f -> hyperParameter(f).equals(r.name())).findFirst();
            if (own.isPresent() && v.get(own.get()).isEmpty()) {
                v.put(own.get(), text);
            } else {
                more.add(r.text());
            }
        }
        v.put(SEARCH_MORE, more.toString());
        v.put(STRATEGY, search.strategy().apiName().toLowerCase(Locale.ROOT));
        v.put(OBJECTIVE, search.objective().metric());
        v.put(MAX_JOBS, Integer.toString(search.limits().maxJobs()));
        v.put(MAX_PARALLEL, Integer.toString(search.limits().maxParallel()));
        v.put(EARLY_STOPPING, search.earlyStopping().apiName().toLowerCase(Locale.ROOT));
        String added = "eval_metric=" + Objective.metricName(search.objective().metric());
        StringJoiner extra = new StringJoiner(" ");
        for (String token : v.getOrDefault(EXTRA, "").trim().split("\\s+")) {
            if (!token.isEmpty() && !token.equals(added)) {
                extra.add(token);
            }
        }
        v.put(EXTRA, extra.toString());
        return v;
    }
}

package dev.sagedeck.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The hyperparameters sagedeck checks before XGBoost sees them, with their allowed ranges and
 * defaults, so that {@code eta=0} gets "eta must be a number in (0, 1]; got 0" instead of a
 * native stack trace. Pure Java: the CLI, the local trainer and the dashboard wizard (inline
 * validation) share it. Keys it does not check pass through to XGBoost unchanged.
 */
public final class HyperParameterRules {

    /**
     * One checked parameter.
     *
     * @param range        the allowed values in words, as the messages show them
     * @param defaultValue XGBoost's default (what a run uses when the key is absent), or null
     * @param lessonValue  the value the lesson uses, or null
     */
    public record Rule(String name, String range, String defaultValue, String lessonValue, String help) {}

    public static final String MAX_DEPTH = "max_depth";
    public static final String ETA = "eta";
    public static final String SUBSAMPLE = "subsample";
    public static final String COLSAMPLE_BYTREE = "colsample_bytree";
    public static final String NUM_ROUND = "num_round";
    public static final String OBJECTIVE = "objective";
    public static final String EVAL_METRIC = "eval_metric";
    public static final String SEED = "seed";
    public static final String NTHREAD = "nthread";
    public static final String NUM_CLASS = "num_class";
    public static final String EARLY_STOPPING_ROUNDS = "early_stopping_rounds";
    public static final String TREE_METHOD = "tree_method";

    /** Objectives that fit a table with one label column (ranking and survival need more than a CSV label). */
    public static final List<String> OBJECTIVES = List.of(
            "binary:logistic", "binary:logitraw", "binary:hinge", "multi:softprob", "multi:softmax",
            "reg:squarederror", "reg:squaredlogerror", "reg:logistic", "reg:pseudohubererror",
            "reg:absoluteerror", "reg:gamma", "reg:tweedie", "count:poisson");

    static final List<String> METRICS = List.of(
            "rmse", "rmsle", "mae", "mape", "mphe", "logloss", "error", "merror", "mlogloss", "auc", "aucpr",
            "pre", "ndcg", "map", "poisson-nloglik", "gamma-nloglik", "gamma-deviance", "tweedie-nloglik");

    /**
     * max_depth stops at 30: XGBoost's depth-wise trees can hold 2^depth leaves, so deeper limits
     * only cost memory, and 0 ("no limit") is meaningful only with grow_policy=lossguide, where
     * max_leaves is the knob to use instead.
     */
    private static final int MAX_DEPTH_LIMIT = 30;
    private static final int NUM_ROUND_LIMIT = 1_000_000;

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        add(MAX_DEPTH, "a whole number in [1, " + MAX_DEPTH_LIMIT + "]", "6", "3", "Maximum depth of each tree; deeper trees fit more detail and overfit sooner.");
        add(ETA, "a number in (0, 1]", "0.3", "0.1", "Learning rate: how much each new tree counts. Smaller needs more rounds.");
        add(SUBSAMPLE, "a number in (0, 1]", "1", "0.8", "Share of training rows sampled for each tree.");
        add(COLSAMPLE_BYTREE, "a number in (0, 1]", "1", "0.8", "Share of feature columns sampled for each tree.");
        add(NUM_ROUND, "a whole number in [1, " + NUM_ROUND_LIMIT + "]", "100", "100", "Boosting rounds (trees). SageMaker's built-in XGBoost requires it; sagedeck defaults to 100.");
        add(OBJECTIVE, "one of " + String.join(", ", OBJECTIVES), null, "binary:logistic", "Loss to minimise. Default: chosen from the label (binary, multi-class or regression).");
        add(EVAL_METRIC, "one or more of " + String.join(", ", METRICS) + " (comma-separated; error@0.6 style thresholds allowed)", null, "logloss",
                "Metrics printed each round. Default: logloss, mlogloss or rmse by task.");
        add(SEED, "a whole number >= 0", null, null, "Random seed for subsampling and the 80/20 split. Default: XGBoost's 0 for training, 42 for the split (the lesson's random_state).");
        add(NTHREAD, "a whole number in [1, 1024]", null, null, "CPU threads. Default: all cores (one for fewer than 10,000 training rows, where threads cost more than they save).");
        add(NUM_CLASS, "a whole number in [2, 1000]", null, null, "Classes for multi:* objectives. Default: counted from the label.");
        add(EARLY_STOPPING_ROUNDS, "a whole number in [1, " + NUM_ROUND_LIMIT + "]", null, null,
                "Stop when the validation metric has not improved for this many rounds.");
        add(TREE_METHOD, "a tree method XGBoost knows (hist, approx, exact)", "hist", null, "Tree construction algorithm; sagedeck uses hist.");
    }

    private HyperParameterRules() {}

    private static void add(String name, String range, String defaultValue, String lessonValue, String help) {
        RULES.put(name, new Rule(name, range, defaultValue, lessonValue, help));
    }

    /** Every checked parameter, in the order a form shows them. */
    public static List<Rule> rules() {
        return List.copyOf(RULES.values());
    }

    public static Optional<Rule> rule(String name) {
        return Optional.ofNullable(RULES.get(canonicalName(name)));
    }

    /** The lesson's values for its five hyperparameters, as a wizard pre-fills them. */
    public static Map<String, String> lessonValues() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : List.of(MAX_DEPTH, ETA, SUBSAMPLE, COLSAMPLE_BYTREE, NUM_ROUND)) out.put(name, RULES.get(name).lessonValue());
        return out;
    }

    /**
     * The lesson's five values with {@code given} on top (matched by canonical name, so a given
     * {@code learning_rate} replaces the lesson's eta): what the bundled sample trains with unless
     * told otherwise, in the wizard, {@code train --sample} and {@code check --sample} alike.
     */
    public static Map<String, String> onLessonValues(Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>(lessonValues());
        given.keySet().forEach(k -> out.remove(canonicalName(k)));
        out.putAll(given);
        return out;
    }

    /** XGBoost's own alias: learning_rate is eta. */
    public static String canonicalName(String name) {
        String trimmed = name == null ? "" : name.trim();
        return trimmed.equals("learning_rate") ? ETA : trimmed;
    }

    /**
     * Checks one value. Empty when fine (or not a parameter sagedeck checks), else the message,
     * e.g. {@code "eta must be a number in (0, 1]; got 0"}.
     */
    public static Optional<String> problem(String name, String value) {
        String key = canonicalName(name);
        Rule rule = RULES.get(key);
        if (rule == null) return Optional.empty();
        String v = value == null ? "" : value.trim();
        boolean ok;
        switch (key) {
            case MAX_DEPTH: ok = wholeIn(v, 1, MAX_DEPTH_LIMIT); break;
            case ETA: case SUBSAMPLE: case COLSAMPLE_BYTREE: ok = fractionUpToOne(v); break;
            case NUM_ROUND: case EARLY_STOPPING_ROUNDS: ok = wholeIn(v, 1, NUM_ROUND_LIMIT); break;
            case OBJECTIVE: ok = OBJECTIVES.contains(v); break;
            case EVAL_METRIC: ok = metricsOk(v); break;
            case SEED: ok = wholeIn(v, 0, Long.MAX_VALUE); break;
            case NTHREAD: ok = wholeIn(v, 1, 1024); break;
            case NUM_CLASS: ok = wholeIn(v, 2, 1000); break;
            default: ok = !v.isEmpty(); break; // tree_method: XGBoost names the valid values itself
        }
        return ok ? Optional.empty() : Optional.of(key + " must be " + rule.range() + "; got " + (v.isEmpty() ? "nothing" : v));
    }

    /**
     * Checks all of {@code given} and fills defaults.
     *
     * @throws IllegalArgumentException listing every problem, one per line
     */
    public static HyperParameters validate(Map<String, String> given) {
        Map<String, String> values = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, String> e : (given == null ? Map.<String, String>of() : given).entrySet()) {
            String key = canonicalName(e.getKey());
            if (key.isEmpty()) {
                problems.add("a hyperparameter has an empty name (value '" + e.getValue() + "')");
                continue;
            }
            if (values.put(key, e.getValue() == null ? "" : e.getValue().trim()) != null) {
                problems.add(key + " is given twice (eta and learning_rate are the same parameter)");
            }
            problem(key, e.getValue()).ifPresent(problems::add);
            if (!XgboostParameterNames.isKnown(key)) {
                String hint = XgboostParameterNames.closest(key).map(k -> " Did you mean " + k + "?").orElse("");
                warnings.add("unknown parameter '" + key + "' is passed to XGBoost unchanged, and XGBoost ignores names it does not know." + hint);
            }
        }
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("\n", problems));
        Map<String, String> passThrough = new TreeMap<>(values);
        passThrough.keySet().removeAll(RULES.keySet());
        String metrics = values.get(EVAL_METRIC);
        return new HyperParameters(
                Integer.parseInt(valueOrDefault(values, MAX_DEPTH)),
                Double.parseDouble(valueOrDefault(values, ETA)),
                Double.parseDouble(valueOrDefault(values, SUBSAMPLE)),
                Double.parseDouble(valueOrDefault(values, COLSAMPLE_BYTREE)),
                Integer.parseInt(valueOrDefault(values, NUM_ROUND)),
                values.get(OBJECTIVE),
                metrics == null ? List.of() : List.of(metrics.split("\\s*,\\s*")),
                values.containsKey(SEED) ? Long.parseLong(values.get(SEED)) : null,
                values.containsKey(NTHREAD) ? Integer.parseInt(values.get(NTHREAD)) : null,
                values.containsKey(NUM_CLASS) ? Integer.parseInt(values.get(NUM_CLASS)) : null,
                values.containsKey(EARLY_STOPPING_ROUNDS) ? Integer.parseInt(values.get(EARLY_STOPPING_ROUNDS)) : null,
                values.getOrDefault(TREE_METHOD, RULES.get(TREE_METHOD).defaultValue()),
                passThrough,
                warnings);
    }

    private static String valueOrDefault(Map<String, String> values, String key) {
        return values.getOrDefault(key, RULES.get(key).defaultValue());
    }

    private static boolean wholeIn(String v, long min, long max) {
        if (!v.matches("[+]?\\d{1,19}")) return false;
        try {
            long n = Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
            return n >= min && n <= max;
        } catch (NumberFormatException tooBig) {
            return false;
        }
    }

    private static boolean fractionUpToOne(String v) {
        if (!v.matches("[+]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) return false; // no NaN, Infinity or hex
        double d = Double.parseDouble(v);
        return d > 0 && d <= 1;
    }

    private static boolean metricsOk(String v) {
        if (v.isEmpty()) return false;
        for (String metric : v.split("\\s*,\\s*")) {
            String base = metric.contains("@") ? metric.substring(0, metric.indexOf('@')) : metric;
            if (base.endsWith("-") && (base.startsWith("ndcg") || base.startsWith("map"))) base = base.substring(0, base.length() - 1);
            if (!METRICS.contains(base)) return false;
        }
        return true;
    }
}

package dev.sagedeck.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The metric rules of a script-mode job, the one place they are made: the user's own
 * ({@code --metric NAME=REGEX}) first, then sagedeck's defaults for the XGBoost-style round lines
 * ({@code [12]#011train-logloss:0.43#011validation-logloss:0.47}), up to SageMaker's limits
 * (MetricDefinitionList: at most 40; MetricName 1-255 characters, MetricRegex 1-500). A SageMaker
 * launch sends them as {@code MetricDefinitions}; a local run keeps them in its record; the
 * dashboard's metric curve of a script job reads its log with them.
 */
public final class ScriptMetrics {
    public static final int MAX_DEFINITIONS = 40;
    public static final int MAX_NAME = 255;
    public static final int MAX_REGEX = 500;
    /** The evaluation sets and metrics XGBoost's EvaluationMonitor prints most (binary, multiclass, regression). */
    static final List<String> SETS = List.of("train", "validation");
    static final List<String> METRICS = List.of("logloss", "error", "auc", "rmse", "mae", "mlogloss", "merror");

    private ScriptMetrics() {}

    /**
     * {@code set:metric} for each default: the value after {@code <set>-<metric>:} on a line with
     * {@code [round]}; {@code #011} is how CloudWatch shows the tab before it (a tab works too locally).
     */
    public static List<MetricDefinition> defaults() {
        List<MetricDefinition> out = new ArrayList<>();
        for (String set : SETS) {
            for (String metric : METRICS) {
                out.add(new MetricDefinition(set + ":" + metric,
                        ".*\\[[0-9]+\\].*(?:#011|\\t)" + set + "-" + metric + ":([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)"));
            }
        }
        return out;
    }

    /** The user's rules, then the defaults whose names they did not take, at most {@link #MAX_DEFINITIONS} in all. */
    public static List<MetricDefinition> forScript(List<MetricDefinition> user) {
        Map<String, MetricDefinition> byName = new LinkedHashMap<>();
        user.forEach(d -> byName.put(d.name(), d));
        for (MetricDefinition d : defaults()) {
            if (byName.size() >= MAX_DEFINITIONS) {
                break;
            }
            byName.putIfAbsent(d.name(), d);
        }
        return List.copyOf(byName.values());
    }

    /**
     * The user's own rules among a job's declared ones (its MetricDefinitions, or a local record's),
     * what a clone brings back: every rule but sagedeck's defaults. A default is a rule whose name and
     * regex both equal one {@link #defaults} makes; a user's rule that took a default's name has its own
     * regex, so it stays. {@link #forScript} adds the defaults again at launch.
     */
    public static List<MetricDefinition> userRules(List<MetricDefinition> declared) {
        List<MetricDefinition> defaults = defaults();
        return declared.stream().filter(d -> !defaults.contains(d)).toList();
    }

    /** Rules as the wizard's Metrics field holds them, what {@link #parseList} reads back: {@code NAME=REGEX; NAME=REGEX}. */
    public static String fieldText(List<MetricDefinition> rules) {
        return String.join("; ", rules.stream().map(d -> d.name() + "=" + d.regex()).toList());
    }

    /**
     * The rules a job's metric curve is read with: a script-mode job's declared definitions (its
     * round lines are among them by default); none for the built-in algorithm, whose round lines the
     * round-line reader knows, and none for a script job that declared nothing.
     */
    public static List<MetricDefinition> forCurve(boolean scriptMode, List<MetricDefinition> declared) {
        return scriptMode ? List.copyOf(declared) : List.of();
    }

    /** One {@code NAME=REGEX} as typed: the rule, or what is wrong with it. */
    public static MetricDefinition parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("--metric '%s' is not NAME=REGEX, e.g. --metric 'validation:accuracy=val_acc=([0-9.]+)'"
                    .formatted(text));
        }
        MetricDefinition d = new MetricDefinition(text.substring(0, eq).trim(), text.substring(eq + 1));
        problem(d).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return d;
    }

    /**
     * The wizard's Metrics field: {@code NAME=REGEX} rules separated by {@code ;} (a {@code ;} inside a
     * regular expression stays there unless a {@code NAME=} follows it), each as {@link #parse} reads one.
     */
    public static List<MetricDefinition> parseList(String text) {
        List<MetricDefinition> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String rule : text.trim().split(";\\s*(?=[^;=\\s]+=)")) {
            String r = rule.strip();
            out.add(parse(r.endsWith(";") ? r.substring(0, r.length() - 1) : r));
        }
        return out;
    }

    /** What SageMaker or the log reader would refuse about one rule, or empty. */
    public static Optional<String> problem(MetricDefinition d) {
        if (d.name().isEmpty() || d.name().length() > MAX_NAME) {
            return Optional.of("--metric name '%s' must be 1 to %d characters".formatted(d.name(), MAX_NAME));
        }
        if (d.regex().isEmpty() || d.regex().length() > MAX_REGEX) {
            return Optional.of("--metric %s: the regular expression must be 1 to %d characters; it has %d"
                    .formatted(d.name(), MAX_REGEX, d.regex().length()));
        }
        try {
            if (Pattern.compile(d.regex()).matcher("").groupCount() < 1) {
                return Optional.of("--metric %s: the regular expression needs a group in parentheses around the value, e.g. loss=([0-9.]+)"
                        .formatted(d.name()));
            }
        } catch (PatternSyntaxException e) {
            return Optional.of("--metric %s: '%s' is not a regular expression: %s at index %d"
                    .formatted(d.name(), d.regex(), e.getDescription(), e.getIndex()));
        }
        return Optional.empty();
    }

    /** The user's rules together: each valid, names unique, at most {@link #MAX_DEFINITIONS}. */
    public static void check(List<MetricDefinition> user) {
        if (user.size() > MAX_DEFINITIONS) {
            throw new IllegalArgumentException("%d --metric rules: SageMaker takes at most %d".formatted(user.size(), MAX_DEFINITIONS));
        }
        List<String> seen = new ArrayList<>();
        for (MetricDefinition d : user) {
            if (seen.contains(d.name())) {
                throw new IllegalArgumentException("--metric %s is given twice; each metric needs its own name".formatted(d.name()));
            }
            seen.add(d.name());
            problem(d).ifPresent(p -> {
                throw new IllegalArgumentException(p);
            });
        }
    }
}

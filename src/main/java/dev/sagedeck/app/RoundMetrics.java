package dev.sagedeck.app;

import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.MetricDefinition;
import dev.sagedeck.domain.RoundMetricsLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads metrics out of log lines: XGBoost's evaluation lines ({@code [12]<TAB>train-logloss:0.43<TAB>
 * validation-logloss:0.47}, where CloudWatch shows each TAB as {@code #011}) and, when a job declared
 * them, its MetricDefinitions regexes. Local and SageMaker logs share it; it is pure and thread-safe.
 */
public final class RoundMetrics {

    /** What one line said: the boosting round when it was a round line, and the metric values. */
    public record Sample(Integer round, List<Metric> metrics) {
        public Sample {
            metrics = List.copyOf(metrics);
        }
    }

    private record Rule(String name, Pattern pattern) {}

    private final List<Rule> rules;
    private final List<String> rejected;
    /** False for a script job: its definitions (the round-line defaults among them) are the only rules. */
    private final boolean roundLineMetrics;

    private RoundMetrics(List<Rule> rules, List<String> rejected, boolean roundLineMetrics) {
        this.rules = rules;
        this.rejected = rejected;
        this.roundLineMetrics = roundLineMetrics;
    }

    /** A parser for XGBoost round lines only. */
    public static RoundMetrics xgboost() {
        return new RoundMetrics(List.of(), List.of(), true);
    }

    /**
     * The parser for a job's metric curve: round lines for the built-in algorithm ({@code rules}
     * empty), else the script job's rules alone (a round line still gives its round number).
     */
    public static RoundMetrics forCurve(List<MetricDefinition> rules) {
        if (rules.isEmpty()) {
            return xgboost();
        }
        RoundMetrics r = withDefinitions(rules);
        return new RoundMetrics(r.rules, r.rejected, false);
    }

    /**
     * A parser for round lines plus the job's own definitions. A definition whose regex Java cannot
     * compile is skipped and listed in {@link #rejected()} instead of failing the whole log view.
     */
    public static RoundMetrics withDefinitions(List<MetricDefinition> definitions) {
        List<Rule> rules = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (MetricDefinition d : definitions) {
            try {
                rules.add(new Rule(d.name(), Pattern.compile(d.regex())));
            } catch (PatternSyntaxException e) {
                rejected.add(d.name() + ": " + e.getDescription());
            }
        }
        return new RoundMetrics(List.copyOf(rules), List.copyOf(rejected), true);
    }

    /** The metrics of one XGBoost round line, or empty when the line is not one. */
    public static Optional<Sample> parse(String line) {
        return xgboost().read(line);
    }

    /** Definitions that were skipped, each as "name: why". */
    public List<String> rejected() {
        return rejected;
    }

    /**
     * The metrics in {@code line}: round-line values named {@code set:metric} (as SageMaker names
     * final metrics, e.g. {@code validation:logloss}), then each definition that matches.
     */
    public Optional<Sample> read(String line) {
        if (line == null || line.isEmpty()) {
            return Optional.empty();
        }
        Integer round = null;
        List<Metric> metrics = new ArrayList<>();
        // round lines have one reader for local and SageMaker logs: the one the local trainer writes with
        Optional<RoundMetricsLine> roundLine = RoundMetricsLine.parse(line);
        if (roundLine.isPresent()) {
            round = roundLine.get().round();
            if (roundLineMetrics) {
                metrics.addAll(roundLine.get().asMetrics());
            }
        }
        if (!rules.isEmpty()) {
            // Definitions are written against CloudWatch text, where a TAB reads "#011"; our adapters
            // turn it back into a TAB, so a rule gets both spellings of the line.
            String cloudWatchSpelling = line.replace("\t", "#011");
            for (Rule r : rules) {
                definitionValue(r.pattern(), line, cloudWatchSpelling)
                        .ifPresent(v -> metrics.add(new Metric(r.name(), v)));
            }
        }
        return metrics.isEmpty() ? Optional.empty() : Optional.of(new Sample(round, metrics));
    }

    private static Optional<Double> definitionValue(Pattern p, String line, String cloudWatchSpelling) {
        for (String candidate : new String[] {line, cloudWatchSpelling}) {
            Matcher m = p.matcher(candidate);
            if (m.find() && m.groupCount() >= 1 && m.group(1) != null) {
                Double v = number(m.group(1).trim());
                if (v != null) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    /** Parses a number as XGBoost prints it, including {@code nan} and {@code inf}. */
    private static Double number(String text) {
        switch (text.toLowerCase()) {
            case "nan": return Double.NaN;
            case "inf": case "+inf": case "infinity": return Double.POSITIVE_INFINITY;
            case "-inf": case "-infinity": return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.valueOf(text);
                } catch (NumberFormatException e) {
                    return null;
                }
        }
    }
}

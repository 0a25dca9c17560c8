package dev.sagedeck.app;

import dev.sagedeck.domain.LogLine;
import dev.sagedeck.domain.Metric;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-round metric values parsed from a job's log (XGBoost round lines, the same for local and
 * SageMaker jobs), kept as they arrive so the plot and the sparkline never re-parse the whole log.
 * Values are primitive arrays, copied once per chunk of lines; at most {@link #CAP} recent rounds
 * are kept per metric. Equality is identity: a new series is a new value.
 */
public final class MetricSeries {
    public static final MetricSeries EMPTY = new MetricSeries(Map.of());
    public static final int CAP = 100_000;

    private final Map<String, double[]> values;

    private MetricSeries(Map<String, double[]> values) {
        this.values = values;
    }

    /** The round lines among {@code lines}, parsed (the costly part, done off the UI thread). */
    public static java.util.List<RoundMetrics.Sample> parse(java.util.List<LogLine> lines) {
        return parse(lines, java.util.List.of());
    }

    /**
     * The samples among {@code lines} by the job's metric rules ({@code TrainingJobs.metricRules}):
     * round lines for the built-in algorithm, a script job's definitions otherwise (any matching line).
     */
    public static java.util.List<RoundMetrics.Sample> parse(java.util.List<LogLine> lines,
            java.util.List<dev.sagedeck.domain.MetricDefinition> rules) {
        RoundMetrics reader = RoundMetrics.forCurve(rules);
        boolean roundsOnly = rules.isEmpty();
        java.util.List<RoundMetrics.Sample> out = new java.util.ArrayList<>();
        for (LogLine l : lines) {
            if (fromFirstInstance(l.source())) {
                reader.read(l.text()).filter(s -> !roundsOnly || s.round() != null).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Distributed XGBoost prints each round's metrics on several instances; plotting them all would
     * count every round once per instance, so only algo-1 (or a log with no instance) is read.
     */
    static boolean fromFirstInstance(String source) {
        if (source == null) {
            return true;
        }
        java.util.regex.Matcher m = ALGO.matcher(source);
        return !m.lookingAt() || m.group(1).equals("1");
    }

    private static final java.util.regex.Pattern ALGO = java.util.regex.Pattern.compile("algo-(\\d+)(?!\\d)");

    /** The series with the round lines among {@code lines} appended. */
    public MetricSeries append(java.util.List<LogLine> lines) {
        return appendRounds(parse(lines));
    }

    /** The series with already parsed rounds appended. */
    public MetricSeries appendRounds(java.util.List<RoundMetrics.Sample> rounds) {
        Map<String, double[]> added = null;
        Map<String, Integer> counts = null;
        for (RoundMetrics.Sample sample : rounds) {
            Optional<RoundMetrics.Sample> s = Optional.of(sample);
            if (added == null) {
                added = new LinkedHashMap<>();
                counts = new LinkedHashMap<>();
            }
            for (Metric m : s.get().metrics()) {
                double[] a = added.computeIfAbsent(m.name(), k -> new double[16]);
                int n = counts.getOrDefault(m.name(), 0);
                if (n == a.length) {
                    a = Arrays.copyOf(a, n * 2);
                    added.put(m.name(), a);
                }
                a[n] = m.value();
                counts.put(m.name(), n + 1);
            }
        }
        if (added == null) {
            return this;
        }
        Map<String, double[]> next = new LinkedHashMap<>(values);
        for (Map.Entry<String, double[]> e : added.entrySet()) {
            double[] old = values.getOrDefault(e.getKey(), new double[0]);
            int n = counts.get(e.getKey());
            double[] joined = Arrays.copyOf(old, old.length + n);
            System.arraycopy(e.getValue(), 0, joined, old.length, n);
            if (joined.length > CAP) {
                joined = Arrays.copyOfRange(joined, joined.length - CAP, joined.length);
            }
            next.put(e.getKey(), joined);
        }
        return new MetricSeries(next);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The metric to show: validation's when there is one (what overfitting shows in), else the first. */
    public Optional<String> headline() {
        return values.keySet().stream().filter(k -> k.startsWith("validation:")).findFirst()
                .or(() -> values.keySet().stream().findFirst());
    }

    /** Values of one metric, oldest first (a copy-free view: do not modify). */
    public double[] of(String name) {
        return values.getOrDefault(name, new double[0]);
    }

    public java.util.Set<String> names() {
        return values.keySet();
    }
}

package dev.sagedeck.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One boosting round's metrics as SageMaker's XGBoost container logs them, e.g.
 * {@code [12]#011train-logloss:0.43012#011validation-logloss:0.47110}. CloudWatch shows the
 * container's tab as the literal {@code #011}; local runs write the same text, so one parser
 * serves local and SageMaker logs. Metric names come out as SageMaker's metric definitions name
 * them: {@code train:logloss}, {@code validation:logloss}.
 */
public record RoundMetricsLine(int round, Map<String, Double> metrics) {
    public static final String TAB = "#011";

    // "[12]" then one or more "<tab>set-metric:value" parts; tolerates a log prefix before "[12]"
    private static final Pattern ROUND = Pattern.compile("\\[(\\d{1,9})\\]((?:(?:#011|\\t)[A-Za-z0-9_.]+-[^:\\s#]+:[-+0-9.eEnaif]+)+)\\s*$");
    private static final Pattern PART = Pattern.compile("(?:#011|\\t)([A-Za-z0-9_.]+)-([^:\\s#]+):([-+0-9.eEnaif]+)");

    public RoundMetricsLine {
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** The line as the SageMaker container writes it, values with 5 decimals like xgboost's Python logger. */
    public String format() {
        StringBuilder line = new StringBuilder("[").append(round).append(']');
        for (Map.Entry<String, Double> e : metrics.entrySet()) {
            String name = e.getKey();
            int colon = name.indexOf(':');
            line.append(TAB).append(name, 0, colon).append('-').append(name.substring(colon + 1)).append(':')
                    .append(String.format(Locale.ROOT, "%.5f", e.getValue()));
        }
        return line.toString();
    }

    /** Reads a round line (with {@code #011} or real tabs, any prefix before {@code [N]}); empty for other lines. */
    public static Optional<RoundMetricsLine> parse(String line) {
        if (line == null || line.indexOf('[') < 0) return Optional.empty();
        Matcher m = ROUND.matcher(line);
        if (!m.find()) return Optional.empty();
        Map<String, Double> metrics = new LinkedHashMap<>();
        Matcher part = PART.matcher(m.group(2));
        while (part.find()) {
            try {
                metrics.put(part.group(1) + ":" + part.group(2), value(part.group(3)));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.of(new RoundMetricsLine(Integer.parseInt(m.group(1)), metrics));
    }

    /** A metric value as XGBoost prints it: C's {@code nan}/{@code inf} as well as decimals. */
    private static double value(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("nan") || t.equals("-nan")) return Double.NaN;
        if (t.equals("inf") || t.equals("+inf")) return Double.POSITIVE_INFINITY;
        if (t.equals("-inf")) return Double.NEGATIVE_INFINITY;
        return Double.parseDouble(text);
    }

    /** The metrics as domain {@link Metric}s, in line order. */
    public List<Metric> asMetrics() {
        List<Metric> out = new ArrayList<>();
        metrics.forEach((name, value) -> out.add(new Metric(name, value)));
        return out;
    }
}

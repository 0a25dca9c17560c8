package dev.sagedeck.app;

import dev.sagedeck.domain.LogLine;
import dev.sagedeck.domain.Metric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-round metric values parsed from a job's log (XGBoost round lines, the same for local and
 * SageMaker jobs), kept as they arrive so the plot and the sparkline never re-parse the whole log.
 */
public record MetricSeries(Map<String, List<Double>> values) {
    public static final MetricSeries EMPTY = new MetricSeries(Map.of());

    public MetricSeries {
        Map<String, List<Double>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /** The series with the round lines among {@code lines} appended (one copy per chunk, not per line). */
    public MetricSeries append(List<LogLine> lines) {
        Map<String, List<Double>> next = null;
        for (LogLine l : lines) {
            Optional<RoundMetrics.Sample> s = RoundMetrics.parse(l.text());
            if (s.isEmpty() || s.get().round() == null) {
                continue;
            }
            if (next == null) {
                next = new LinkedHashMap<>();
                for (Map.Entry<String, List<Double>> e : values.entrySet()) {
                    next.put(e.getKey(), new ArrayList<>(e.getValue()));
                }
            }
            for (Metric m : s.get().metrics()) {
                next.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m.value());
            }
        }
        return next == null ? this : new MetricSeries(next);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The metric to show: validation's when there is one (what overfitting shows in), else the first. */
    public Optional<String> headline() {
        return values.keySet().stream().filter(k -> k.startsWith("validation:")).findFirst()
                .or(() -> values.keySet().stream().findFirst());
    }

    public List<Double> of(String name) {
        return values.getOrDefault(name, List.of());
    }
}

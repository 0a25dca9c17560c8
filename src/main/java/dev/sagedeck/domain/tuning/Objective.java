package dev.sagedeck.domain.tuning;

import java.util.Locale;
import java.util.Optional;

/**
 * What a search optimises: a metric the trainer reports each round ({@code validation:logloss},
 * {@code validation:auc}) and whether higher or lower is better.
 */
public record Objective(String metric, Direction direction) {
    /** Better is higher (auc) or lower (logloss), with SageMaker's names. */
    public enum Direction {
        MAXIMIZE("Maximize"),
        MINIMIZE("Minimize");

        private final String apiName;

        Direction(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }

        public static Optional<Direction> parse(String text) {
            String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            if (t.equals("maximize") || t.equals("max") || t.equals("maximise")) return Optional.of(MAXIMIZE);
            if (t.equals("minimize") || t.equals("min") || t.equals("minimise")) return Optional.of(MINIMIZE);
            return Optional.empty();
        }
    }

    /** The search's default: the lesson's metric. */
    public static final Objective DEFAULT = new Objective("validation:logloss", Direction.MINIMIZE);

    /** The usual direction for a metric: higher is better for auc, aucpr, map, ndcg, pre and accuracy, lower otherwise. */
    public static Direction usualDirection(String metric) {
        String name = metricName(metric);
        boolean higher = name.startsWith("auc") || name.startsWith("map") || name.startsWith("ndcg")
                || name.startsWith("pre") || name.equals("accuracy") || name.equals("f1");
        return higher ? Direction.MAXIMIZE : Direction.MINIMIZE;
    }

    /** {@code logloss} of {@code validation:logloss}. */
    public static String metricName(String metric) {
        int colon = metric.indexOf(':');
        return colon < 0 ? metric : metric.substring(colon + 1);
    }

    /** The channel of the metric ({@code validation}), or empty when it has none. */
    public String channel() {
        int colon = metric.indexOf(':');
        return colon < 0 ? "" : metric.substring(0, colon);
    }

    /** True when {@code a} is better than {@code b} for this objective; NaN is never better. */
    public boolean better(double a, double b) {
        if (Double.isNaN(a)) return false;
        if (Double.isNaN(b)) return true;
        return direction == Direction.MAXIMIZE ? a > b : a < b;
    }
}

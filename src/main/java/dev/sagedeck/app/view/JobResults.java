package dev.sagedeck.app.view;

import dev.sagedeck.app.MetricSeries;
import dev.sagedeck.app.compare.MetricDirection;
import dev.sagedeck.domain.Metric;
import dev.sagedeck.domain.TrainingJob;
import java.util.Optional;

/**
 * What a job has achieved so far, as the list's METRIC column and the job view's summary show it:
 * the headline metric (validation's, last and best, from the log's rounds or the final metrics)
 * and the accuracy on the test file when a run scored one.
 */
public final class JobResults {
    static final String TEST_ACCURACY = "test:accuracy";

    private JobResults() {}

    /** The headline metric: its name as logged, the last value, and the best one when the direction is known. */
    public record Headline(String name, double last, Optional<Double> best) {
        /** "validation:logloss" reads "logloss" (validation is what a headline means); "train:logloss" keeps "train". */
        public String shortName() {
            return name.startsWith("validation:") ? name.substring("validation:".length()) : name.replace(':', ' ');
        }
    }

    public static Optional<Double> testAccuracy(TrainingJob j) {
        return j.finalMetrics().stream().filter(m -> m.name().equals(TEST_ACCURACY)).map(Metric::value).findFirst();
    }

    /** From the rounds read so far when there are any (they move while the job runs), else the final metrics. */
    public static Optional<Headline> headline(TrainingJob j, MetricSeries series) {
        Optional<String> name = series.headline();
        if (name.isPresent() && series.of(name.get()).length > 0) {
            double[] v = series.of(name.get());
            return Optional.of(new Headline(name.get(), v[v.length - 1], best(name.get(), v)));
        }
        return j.finalMetrics().stream().filter(m -> m.name().startsWith("validation:")).findFirst()
                .map(m -> new Headline(m.name(), m.value(), Optional.empty()));
    }

    private static Optional<Double> best(String name, double[] values) {
        return MetricDirection.higherIsBetter(name).map(higher -> {
            double b = values[0];
            for (double v : values) {
                b = higher ? Math.max(b, v) : Math.min(b, v);
            }
            return b;
        });
    }
}

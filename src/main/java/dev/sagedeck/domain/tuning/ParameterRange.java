package dev.sagedeck.domain.tuning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * One searched hyperparameter: a whole-number range, a continuous range (each with a {@link Scaling}),
 * or a list of categorical values. Values are written as strings, the way hyperparameters travel.
 */
public sealed interface ParameterRange {
    String name();

    /** The range as the CLI writes it: {@code max_depth=3:9}, {@code eta=0.01:0.3:log}, {@code booster=gbtree,dart}. */
    String text();

    /** Whole numbers from {@code min} to {@code max}, both included. */
    record IntegerRange(String name, long min, long max, Scaling scaling) implements ParameterRange {
        @Override
        public String text() {
            return name + "=" + min + ":" + max + (scaling == Scaling.AUTO ? "" : ":" + scaling.shortName());
        }

        /** Every value, for a grid. */
        public List<String> values() {
            return java.util.stream.LongStream.rangeClosed(min, max).mapToObj(Long::toString).toList();
        }
    }

    /** Real numbers from {@code min} to {@code max}. */
    record ContinuousRange(String name, double min, double max, Scaling scaling) implements ParameterRange {
        @Override
        public String text() {
            return name + "=" + format(min) + ":" + format(max) + (scaling == Scaling.AUTO ? "" : ":" + scaling.shortName());
        }
    }

    /** One of the listed values. */
    record CategoricalValues(String name, List<String> values) implements ParameterRange {
        public CategoricalValues {
            values = List.copyOf(values);
        }

        @Override
        public String text() {
            return name + "=" + String.join(",", values);
        }
    }

    /** A sampled or bound value as it is written into hyperparameters: 4 significant digits, no exponent, no trailing zeros. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}

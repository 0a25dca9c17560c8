package dev.sagedeck.domain.tuning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The configurations a local search trains, in order: grid search steps through every combination
 * (the first range slowest); random search draws each value independently (uniformly, or uniformly
 * in the logarithm for logarithmic scaling), from the plan's seed, so the same plan gives the same
 * configurations. Random search draws again (up to 50 times) rather than repeat a configuration.
 */
public final class Configurations {
    private static final int REDRAWS = 50;

    private Configurations() {}

    /** The searched values of each configuration (the fixed hyperparameters are not in them). */
    public static List<Map<String, String>> of(TuningPlan plan) {
        return plan.strategy() == SearchStrategy.GRID ? grid(plan) : random(plan);
    }

    static List<Map<String, String>> grid(TuningPlan plan) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (ParameterRange r : plan.ranges()) {
            List<String> values = r instanceof ParameterRange.IntegerRange i ? i.values()
                    : ((ParameterRange.CategoricalValues) r).values();
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : values) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(r.name(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out.subList(0, Math.min(out.size(), plan.limits().maxJobs()));
    }

    static List<Map<String, String>> random(TuningPlan plan) {
        SplittableRandom random = new SplittableRandom(plan.seed());
        List<Map<String, String>> out = new ArrayList<>();
        Set<Map<String, String>> seen = new HashSet<>();
        for (int n = 0; n < plan.limits().maxJobs(); n++) {
            Map<String, String> c = draw(plan, random);
            for (int again = 0; seen.contains(c) && again < REDRAWS; again++) c = draw(plan, random);
            seen.add(c);
            out.add(c);
        }
        return out;
    }

    private static Map<String, String> draw(TuningPlan plan, SplittableRandom random) {
        Map<String, String> m = new LinkedHashMap<>();
        for (ParameterRange r : plan.ranges()) m.put(r.name(), value(r, random));
        return m;
    }

    static String value(ParameterRange r, SplittableRandom random) {
        if (r instanceof ParameterRange.CategoricalValues c) {
            return c.values().get(random.nextInt(c.values().size()));
        }
        if (r instanceof ParameterRange.IntegerRange i) {
            if (i.scaling().resolved(i.min(), i.max()) == Scaling.LOGARITHMIC) {
                // uniform in log over [min, max + 1), floored: each whole number gets its share of the log axis
                double v = Math.exp(uniform(random, Math.log(i.min()), Math.log(i.max() + 1.0)));
                return Long.toString(Math.max(i.min(), Math.min(i.max(), (long) Math.floor(v))));
            }
            return Long.toString(i.min() + random.nextLong(i.max() - i.min() + 1));
        }
        ParameterRange.ContinuousRange c = (ParameterRange.ContinuousRange) r;
        double v = c.scaling().resolved(c.min(), c.max()) == Scaling.LOGARITHMIC
                ? Math.exp(uniform(random, Math.log(c.min()), Math.log(c.max())))
                : uniform(random, c.min(), c.max());
        // rounding to 4 significant digits must not step outside the range (eta's (0, 1])
        double rounded = Double.parseDouble(ParameterRange.format(v));
        return ParameterRange.format(Math.max(c.min(), Math.min(c.max(), rounded)));
    }

    private static double uniform(SplittableRandom random, double from, double to) {
        return from + random.nextDouble() * (to - from);
    }
}

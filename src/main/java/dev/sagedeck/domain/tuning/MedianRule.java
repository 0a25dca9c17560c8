package dev.sagedeck.domain.tuning;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Early stopping of a search, the rule SageMaker's automatic early stopping describes: a
 * configuration whose objective at round r is worse than the median of the earlier configurations'
 * objective at the same round stops there. Judged only from round {@link #FIRST_ROUND} (the first
 * rounds of every configuration are alike) and only when at least {@link #MIN_EARLIER} earlier
 * configurations reached round r. SageMaker compares running averages; this compares the values themselves.
 */
public final class MedianRule {
    /** Rounds are counted from 0; rounds before this one are never judged. */
    public static final int FIRST_ROUND = 5;
    public static final int MIN_EARLIER = 3;

    /** Why a configuration stops: its value, the median it is worse than, and how many configurations made that median. */
    public record Verdict(int round, double value, double median, int compared) {}

    private MedianRule() {}

    /**
     * {@code earlier}: each earlier configuration's objective per round (index = round), as far as it got.
     * Empty when the configuration goes on.
     */
    public static Optional<Verdict> judge(Objective objective, int round, double value, List<double[]> earlier) {
        if (round < FIRST_ROUND || Double.isNaN(value)) return Optional.empty();
        double[] atRound = earlier.stream().filter(h -> h.length > round && !Double.isNaN(h[round]))
                .mapToDouble(h -> h[round]).toArray();
        if (atRound.length < MIN_EARLIER) return Optional.empty();
        double median = median(atRound);
        return objective.better(median, value) ? Optional.of(new Verdict(round, value, median, atRound.length)) : Optional.empty();
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}

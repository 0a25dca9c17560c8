package dev.sagedeck.xgboost;

import dev.sagedeck.domain.RoundMetricsLine;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Boosting one round at a time. xgboost4j has no per-round callback, so training is an empty
 * booster ({@code XGBoost.train} with 0 rounds) plus {@code update}/{@code evalSet} per round; that
 * gives a metrics line per round, a stop check between rounds, and early stopping.
 */
final class BoostingLoop {
    /**
     * What a loop produced.
     *
     * @param stopped     a stop was requested before all rounds ran
     * @param bestRound   with early stopping: the round with the best validation metric, else -1
     * @param lastMetrics the last round's metrics ({@code train:logloss}, {@code validation:logloss}, ...)
     */
    record Outcome(Booster booster, int rounds, boolean stopped, int bestRound, Map<String, Double> lastMetrics) {}

    /**
     * What to train: matrices, parameters, rounds. {@code validation} (the rows scored as
     * "validation" each round) may be null; {@code trainMetricRows}, when set, is a sample of the
     * training rows scored as "train" instead of all of them (see {@link LocalTraining#METRIC_SAMPLE_ROWS}).
     */
    record Setup(DMatrix train, DMatrix validation, Map<String, Object> params, List<String> metrics, int numRound,
                 Integer earlyStoppingRounds, DMatrix trainMetricRows) {
        Setup(DMatrix train, DMatrix validation, Map<String, Object> params, List<String> metrics, int numRound, Integer earlyStoppingRounds) {
            this(train, validation, params, metrics, numRound, earlyStoppingRounds, null);
        }
    }

    private BoostingLoop() {}

    static Outcome run(Setup s, BooleanSupplier stopRequested, Consumer<RoundMetricsLine> onRound) {
        // the watches are also XGBoost's prediction cache: each round only the new tree is applied to them
        Map<String, DMatrix> watches = new LinkedHashMap<>();
        watches.put("train", s.trainMetricRows() != null ? s.trainMetricRows() : s.train());
        if (s.validation() != null) watches.put("validation", s.validation());
        DMatrix[] matrices = watches.values().toArray(new DMatrix[0]);
        String[] names = watches.keySet().toArray(new String[0]);
        Booster booster;
        try {
            booster = XGBoost.train(s.train(), s.params(), 0, watches, null, null, null, 0);
            for (String extra : s.metrics().subList(Math.min(1, s.metrics().size()), s.metrics().size())) {
                booster.setParam("eval_metric", extra); // XGBoost appends each eval_metric it is given
            }
        } catch (XGBoostError e) {
            throw XgbErrors.rejected("the parameters", e);
        }
        Map<String, Double> last = new HashMap<>();
        boolean stopped = false;
        int rounds = 0;
        int bestRound = -1;
        double best = Double.NaN;
        for (int i = 0; i < s.numRound(); i++) {
            if (stopRequested.getAsBoolean()) {
                stopped = true;
                break;
            }
            RoundMetricsLine line;
            try {
                booster.update(s.train(), i);
                line = RoundMetricsLine.parse(booster.evalSet(matrices, names, i))
                        .orElseThrow(() -> new IllegalStateException("XGBoost printed round metrics sagedeck cannot read"));
            } catch (XGBoostError e) {
                booster.dispose();
                throw i == 0 ? XgbErrors.rejected("the parameters", e)
                        : new IllegalStateException("XGBoost failed in round " + i + ": " + XgbErrors.clean(e), e);
            }
            rounds = i + 1;
            last = line.metrics();
            onRound.accept(line);
            if (s.earlyStoppingRounds() != null && s.validation() != null) {
                String metric = lastValidationMetric(line);
                double value = line.metrics().get(metric);
                if (bestRound < 0 || improves(metric, value, best)) {
                    best = value;
                    bestRound = i;
                } else if (i - bestRound >= s.earlyStoppingRounds()) {
                    break;
                }
            }
        }
        return new Outcome(booster, rounds, stopped, bestRound, last);
    }

    /** XGBoost's convention: early stopping follows the last metric of the last watch. */
    private static String lastValidationMetric(RoundMetricsLine line) {
        String chosen = null;
        for (String name : line.metrics().keySet()) if (name.startsWith("validation:")) chosen = name;
        return chosen;
    }

    private static boolean improves(String metric, double value, double best) {
        String name = metric.substring(metric.indexOf(':') + 1);
        boolean maximise = name.startsWith("auc") || name.startsWith("map") || name.startsWith("ndcg") || name.startsWith("pre");
        return maximise ? value > best : value < best;
    }
}

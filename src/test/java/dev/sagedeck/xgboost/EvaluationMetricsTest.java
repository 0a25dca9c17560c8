package dev.sagedeck.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Tiny cases worked out by hand (the arithmetic is in the comments). */
class EvaluationMetricsTest {
    static final float[] LABELS = {1, 0, 1, 0};
    static final double[] P1 = {0.9, 0.4, 0.35, 0.1};

    @Test
    void binary_accuracyAucLoglossConfusion() {
        int[] predicted = {1, 0, 0, 0}; // p > 0.5
        assertThat(EvaluationMetrics.accuracy(LABELS, predicted)).isEqualTo(0.75);
        // positive/negative pairs: 0.9>0.4, 0.9>0.1, 0.35<0.4, 0.35>0.1 -> 3 of 4
        assertThat(EvaluationMetrics.auc(new boolean[] {true, false, true, false}, P1)).isEqualTo(0.75);
        // -(ln .9 + ln .6 + ln .35 + ln .9) / 4 = (0.1053605 + 0.5108256 + 1.0498221 + 0.1053605) / 4
        assertThat(EvaluationMetrics.binaryLogLoss(LABELS, P1)).isCloseTo(0.4428422, within(1e-7));
        assertThat(EvaluationMetrics.confusion(LABELS, predicted, 2)).isEqualTo(new long[][] {{2, 0}, {1, 1}});
    }

    @Test
    void auc_tiesShareTheirRank_andIsUndefinedWithOneClass() {
        assertThat(EvaluationMetrics.auc(new boolean[] {true, false}, new double[] {0.5, 0.5})).isEqualTo(0.5);
        // positives {0.8, 0.5}, negatives {0.5, 0.2}: 0.8 beats both, 0.5 ties one (1/2) and beats one -> 3.5 / 4
        assertThat(EvaluationMetrics.auc(new boolean[] {true, true, false, false}, new double[] {0.8, 0.5, 0.5, 0.2})).isEqualTo(0.875);
        assertThat(EvaluationMetrics.auc(new boolean[] {true, true}, new double[] {0.1, 0.9})).isNaN();
    }

    @Test
    void auc_onThousandsOfRowsWithManyTies_isTheShareOfPositiveNegativePairsOrderedRight() {
        java.util.Random random = new java.util.Random(7);
        int n = 3_000;
        boolean[] positive = new boolean[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            positive[i] = random.nextInt(3) == 0;
            scores[i] = random.nextInt(40) / 40.0 + (positive[i] ? 0.05 : 0); // 40 levels: most scores are tied
        }
        double pairs = 0;
        long positives = 0;
        for (int i = 0; i < n; i++) {
            if (!positive[i]) continue;
            positives++;
            for (int j = 0; j < n; j++) {
                if (!positive[j]) pairs += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
            }
        }
        assertThat(EvaluationMetrics.auc(positive, scores)).isEqualTo(pairs / ((double) positives * (n - positives)));
    }

    @Test
    void logloss_clipsCertainWrongAnswers() {
        // p=0 for a positive: -ln(1e-15) = 34.538776
        assertThat(EvaluationMetrics.binaryLogLoss(new float[] {1}, new double[] {0})).isCloseTo(34.538776, within(1e-6));
    }

    @Test
    void multiclass_loglossAndMacroAuc() {
        float[] labels = {0, 1, 2};
        float[][] p = {{0.7f, 0.2f, 0.1f}, {0.1f, 0.8f, 0.1f}, {0.5f, 0.3f, 0.05f}};
        // -(ln .7 + ln .8 + ln .05) / 3 = (0.3566749 + 0.2231436 + 2.9957323) / 3
        assertThat(EvaluationMetrics.multiLogLoss(labels, p)).isCloseTo(1.1918503, within(1e-6));
        // class 0: 0.7 beats 0.1 and 0.5 -> 1; class 1: 0.8 beats 0.2, 0.3 -> 1; class 2: 0.05 loses to 0.1, 0.1 -> 0
        assertThat(EvaluationMetrics.macroAuc(labels, p, 3)).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void regression_rmseAndMae() {
        float[] labels = {1, 2, 3};
        double[] predicted = {1.5, 2, 2}; // errors 0.5, 0, -1
        assertThat(EvaluationMetrics.rmse(labels, predicted)).isCloseTo(Math.sqrt(1.25 / 3), within(1e-12));
        assertThat(EvaluationMetrics.mae(labels, predicted)).isCloseTo(0.5, within(1e-12));
    }
}

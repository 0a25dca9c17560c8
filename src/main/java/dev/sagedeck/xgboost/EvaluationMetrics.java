package dev.sagedeck.xgboost;

import java.util.Arrays;

/**
 * Metric arithmetic on plain arrays (no XGBoost involved): accuracy, ROC AUC with tied scores
 * sharing their rank, log loss with probabilities clipped to [1e-15, 1 - 1e-15] as scikit-learn
 * did, confusion matrices, RMSE and MAE.
 */
final class EvaluationMetrics {
    static final double EPS = 1e-15;

    private EvaluationMetrics() {}

    static double accuracy(float[] labels, int[] predicted) {
        int right = 0;
        for (int i = 0; i < labels.length; i++) if ((int) labels[i] == predicted[i]) right++;
        return labels.length == 0 ? Double.NaN : (double) right / labels.length;
    }

    /** Rows = true class, columns = predicted class. */
    static long[][] confusion(float[] labels, int[] predicted, int classes) {
        long[][] m = new long[classes][classes];
        for (int i = 0; i < labels.length; i++) m[(int) labels[i]][predicted[i]]++;
        return m;
    }

    /**
     * ROC AUC of {@code scores} for {@code positive[i]}; NaN when one class is absent (AUC is undefined then).
     * Computed as Mann-Whitney's U: each positive counts the negatives scored below it, and half of those
     * scored the same (the rank-sum formula with tied scores sharing their mean rank, term for term).
     * Both classes' scores are sorted as primitives and merged: at 250k test rows a sort of boxed row
     * indexes with a comparator took most of the scoring's time in a fresh JVM.
     */
    static double auc(boolean[] positive, double[] scores) {
        int n = scores.length;
        int positives = 0;
        for (boolean p : positive) if (p) positives++;
        int negatives = n - positives;
        if (positives == 0 || negatives == 0) return Double.NaN;
        double[] pos = new double[positives];
        double[] neg = new double[negatives];
        for (int i = 0, p = 0, q = 0; i < n; i++) {
            if (positive[i]) pos[p++] = scores[i];
            else neg[q++] = scores[i];
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        // halves: every term is a multiple of 0.5 far below 2^53, so the sum is exact, as the rank sum was
        double twiceU = 0;
        int below = 0;
        int upTo = 0;
        for (double s : pos) {
            while (below < negatives && neg[below] < s) below++;
            if (upTo < below) upTo = below;
            while (upTo < negatives && neg[upTo] <= s) upTo++;
            twiceU += 2.0 * below + (upTo - below);
        }
        return twiceU / 2 / ((double) positives * negatives);
    }

    /** Binary log loss of P(class 1). */
    static double binaryLogLoss(float[] labels, double[] p1) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double p = clip(p1[i]);
            sum += labels[i] == 1f ? -Math.log(p) : -Math.log(1 - p);
        }
        return sum / labels.length;
    }

    /** Multi-class log loss of the probability given to the true class. */
    static double multiLogLoss(float[] labels, float[][] probabilities) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) sum += -Math.log(clip(probabilities[i][(int) labels[i]]));
        return sum / labels.length;
    }

    /** One-vs-rest AUC averaged over the classes present (scikit-learn's multi_class='ovr', average='macro'). */
    static double macroAuc(float[] labels, float[][] probabilities, int classes) {
        double sum = 0;
        int counted = 0;
        for (int c = 0; c < classes; c++) {
            boolean[] positive = new boolean[labels.length];
            double[] scores = new double[labels.length];
            for (int i = 0; i < labels.length; i++) {
                positive[i] = (int) labels[i] == c;
                scores[i] = probabilities[i][c];
            }
            double auc = auc(positive, scores);
            if (!Double.isNaN(auc)) {
                sum += auc;
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    static double rmse(float[] labels, double[] predicted) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double d = labels[i] - predicted[i];
            sum += d * d;
        }
        return Math.sqrt(sum / labels.length);
    }

    static double mae(float[] labels, double[] predicted) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) sum += Math.abs(labels[i] - predicted[i]);
        return sum / labels.length;
    }

    private static double clip(double p) {
        return Math.min(1 - EPS, Math.max(EPS, p));
    }
}

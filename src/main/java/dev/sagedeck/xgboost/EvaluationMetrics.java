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

    /** ROC AUC of {@code scores} for {@code positive[i]}; NaN when one class is absent (AUC is undefined then). */
    static double auc(boolean[] positive, double[] scores) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double positiveRankSum = 0;
        long positives = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end < n && scores[order[end]] == scores[order[start]]) end++;
            double averageRank = (start + 1 + end) / 2.0; // ranks start..end-1 are tied: each gets their mean (1-based)
            for (int k = start; k < end; k++) {
                if (positive[order[k]]) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            start = end;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) return Double.NaN;
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
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

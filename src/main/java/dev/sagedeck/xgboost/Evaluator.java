package dev.sagedeck.xgboost;

import dev.sagedeck.data.Dataset;
import dev.sagedeck.data.Task;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Predicts a labelled {@link Dataset} with a booster and scores the predictions. */
final class Evaluator {
    private Evaluator() {}

    /** Rows predicted per call: each call's row-major copy (and JNI's copy of it) stays a few MB however large the file. */
    static final int PREDICT_CHUNK_ROWS = 1 << 16;

    /** Raw predictions, row by row ({@code [n][1]}, or {@code [n][classes]} for multi:softprob). */
    static float[][] predict(Booster booster, Dataset data) {
        try {
            int n = data.rows();
            if (n <= PREDICT_CHUNK_ROWS) {
                return booster.inplace_predict(data.rowMajor(null), n, data.featureCount(), Float.NaN);
            }
            float[][] out = new float[n][];
            for (int from = 0; from < n; from += PREDICT_CHUNK_ROWS) {
                int to = Math.min(n, from + PREDICT_CHUNK_ROWS);
                float[][] part = booster.inplace_predict(data.rowMajor(from, to), to - from, data.featureCount(), Float.NaN);
                System.arraycopy(part, 0, out, from, part.length);
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalArgumentException("XGBoost could not predict " + data.source() + ": " + XgbErrors.clean(e), e);
        }
    }

    static Evaluation evaluate(Booster booster, String objective, Dataset data) {
        return score(predict(booster, data), objective, data);
    }

    /** Scores predictions made by a model with {@code objective} against the dataset's labels. */
    static Evaluation score(float[][] predictions, String objective, Dataset data) {
        float[] labels = data.labels(null);
        Task task = data.task();
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (!task.isClassification()) {
            double[] values = column(predictions, 0);
            metrics.put("rmse", EvaluationMetrics.rmse(labels, values));
            metrics.put("mae", EvaluationMetrics.mae(labels, values));
            return new Evaluation(data.source(), task, data.rows(), metrics, null, null);
        }
        List<String> classes = data.preprocessing().labelClasses();
        int k = classes.size();
        int[] predicted = predictedClasses(predictions, objective, task, k);
        boolean probabilities = !objective.equals("binary:hinge") && !objective.equals("multi:softmax");
        double logloss = Double.NaN;
        double auc = Double.NaN;
        if (predictions.length > 0 && predictions[0].length > 1) { // one probability per class
            logloss = EvaluationMetrics.multiLogLoss(labels, predictions);
            auc = k == 2 ? EvaluationMetrics.auc(positives(labels), column(predictions, 1)) : EvaluationMetrics.macroAuc(labels, predictions, k);
        } else if (task == Task.BINARY) {
            double[] p1 = probabilityOfOne(predictions, objective);
            logloss = EvaluationMetrics.binaryLogLoss(labels, p1);
            auc = EvaluationMetrics.auc(positives(labels), p1);
        }
        metrics.put("accuracy", EvaluationMetrics.accuracy(labels, predicted));
        if (probabilities && !Double.isNaN(auc)) metrics.put("auc", auc);
        if (probabilities && !Double.isNaN(logloss)) metrics.put("logloss", logloss);
        return new Evaluation(data.source(), task, data.rows(), metrics, classes, EvaluationMetrics.confusion(labels, predicted, k));
    }

    /**
     * The class each row is predicted to be: the most probable class with one column per class,
     * P(1) > 0.5 for binary (numpy's round sends 0.5 to 0, as the lesson's np.round does), and the
     * index itself for multi:softmax.
     */
    static int[] predictedClasses(float[][] predictions, String objective, Task task, int classes) {
        int[] predicted = new int[predictions.length];
        if (predictions.length > 0 && predictions[0].length > 1) {
            for (int i = 0; i < predicted.length; i++) predicted[i] = argmax(predictions[i]);
        } else if (task == Task.BINARY) {
            double[] p1 = probabilityOfOne(predictions, objective);
            for (int i = 0; i < predicted.length; i++) predicted[i] = p1[i] > 0.5 ? 1 : 0;
        } else {
            for (int i = 0; i < predicted.length; i++) predicted[i] = Math.max(0, Math.min(classes - 1, Math.round(predictions[i][0])));
        }
        return predicted;
    }

    /** P(class 1) from a one-column binary prediction; binary:logitraw predicts the margin, so squash it. */
    private static double[] probabilityOfOne(float[][] predictions, String objective) {
        double[] p1 = column(predictions, 0);
        if (objective.equals("binary:logitraw")) {
            for (int i = 0; i < p1.length; i++) p1[i] = 1 / (1 + Math.exp(-p1[i]));
        }
        return p1;
    }

    private static boolean[] positives(float[] labels) {
        boolean[] out = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) out[i] = labels[i] == 1f;
        return out;
    }

    private static double[] column(float[][] predictions, int c) {
        double[] out = new double[predictions.length];
        for (int i = 0; i < out.length; i++) out[i] = predictions[i][c];
        return out;
    }

    private static int argmax(float[] row) {
        int best = 0;
        for (int c = 1; c < row.length; c++) if (row[c] > row[best]) best = c;
        return best;
    }
}

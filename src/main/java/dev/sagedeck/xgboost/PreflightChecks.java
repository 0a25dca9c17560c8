package dev.sagedeck.xgboost;

import dev.sagedeck.data.DataLoading;
import dev.sagedeck.data.Dataset;
import dev.sagedeck.data.Preprocessing;
import dev.sagedeck.domain.HyperParameterRules;
import dev.sagedeck.domain.HyperParameters;
import dev.sagedeck.xgboost.MeasuredCheck.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The lesson's "tests before scaling up", run on the request a training run would get: the
 * hyperparameters are valid; the data loads (columns, missing values); the model can overfit 100
 * rows; the training loss goes down; how long the full run will take (timed on a subset); how
 * much memory it needs; the model survives a save-and-reload with identical predictions.
 * Each check gives PASS, WARN or FAIL with the number behind it.
 */
public final class PreflightChecks {
    static final int OVERFIT_ROWS = 100;
    static final double OVERFIT_TARGET = 0.95;
    static final int OVERFIT_ROUNDS = 200;
    static final int LOSS_ROUNDS = 20;
    static final int TIMED_ROWS = 50_000;
    /** SageMaker's default MaxRuntimeInSeconds: a run estimated longer than this would be cut off. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(86_400);

    private final long memoryAvailableBytes;
    private final Duration timeBudget;

    /** Checks against this machine's available memory and SageMaker's default 24-hour limit. */
    public PreflightChecks() {
        this(ResourceEstimates.availableBytes(), DEFAULT_TIME_BUDGET);
    }

    public PreflightChecks(long memoryAvailableBytes, Duration timeBudget) {
        this.memoryAvailableBytes = memoryAvailableBytes;
        this.timeBudget = timeBudget;
    }

    /** Runs every check that can run; when the hyperparameters or the data fail, the training checks are left out. */
    @SuppressWarnings("try") // NativeQuiet is held only for its scope: native logging stays off inside it
    public List<MeasuredCheck> run(TrainingRequest request) {
        List<MeasuredCheck> results = new ArrayList<>();
        HyperParameters hp = null;
        try {
            hp = HyperParameterRules.validate(request.hyperParameters());
            results.add(hyperParameters(hp));
        } catch (IllegalArgumentException e) {
            results.add(fail("hyperparameters", "Hyperparameters are valid", e.getMessage().replace("\n", "; ")));
        }
        DataLoading.Learned learned = null;
        long loadStart = System.nanoTime();
        try {
            learned = DataLoading.learn(request.trainCsv(), request.preset(), request.label(), request.drop(), hp == null ? null : hp.objective());
            if (request.testCsv() != null) DataLoading.checkHeader(request.testCsv(), learned.preprocessing(), true);
            results.add(DataCheck.of(learned, request));
        } catch (RuntimeException e) {
            results.add(fail("data", "Data loads", e.getMessage()));
        }
        if (hp == null || learned == null) return results;
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        try (NativeQuiet quiet = NativeQuiet.onThisThread();
             TrainingChecks training = new TrainingChecks(hp, learned, loadSeconds, memoryAvailableBytes, timeBudget)) {
            results.add(guard("overfit", "Model can overfit " + OVERFIT_ROWS + " rows", hp, learned, this::overfit));
            results.add(guard("loss", "Training loss goes down", hp, learned, (h, l) -> training.loss()));
            results.add(guard("time", "Time estimate for the full data", hp, learned, (h, l) -> training.time()));
            results.add(training.memory());
            results.add(guard("save-reload", "Save and reload give identical predictions", hp, learned,
                    (h, l) -> training.saveAndReload(request.modelDir())));
        }
        return results;
    }

    private MeasuredCheck hyperParameters(HyperParameters hp) {
        String values = String.format(Locale.ROOT, "max_depth %d, eta %s, subsample %s, colsample_bytree %s, num_round %d",
                hp.maxDepth(), hp.eta(), hp.subsample(), hp.colsampleBytree(), hp.numRound());
        if (!hp.warnings().isEmpty()) {
            return new MeasuredCheck("hyperparameters", "Hyperparameters are valid", Status.WARN, hp.warnings().size(), "warnings",
                    values + "; " + String.join("; ", hp.warnings()));
        }
        return new MeasuredCheck("hyperparameters", "Hyperparameters are valid", Status.PASS, 0, "warnings", values);
    }

    /**
     * Trains on the first 100 rows with capacity raised (depth >= 6, eta 0.3, no row or column
     * sampling, min_child_weight 0, 200 rounds) and scores those same rows: a model that cannot
     * memorise 100 rows points at the data (contradicting labels, features without signal).
     */
    private MeasuredCheck overfit(HyperParameters hp, DataLoading.Learned learned) throws XGBoostError {
        Dataset data = learned.data();
        int n = Math.min(OVERFIT_ROWS, data.rows());
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = i;
        Preprocessing p = learned.preprocessing();
        Map<String, Object> params = XgbParams.of(hp, p.task(), p.numClasses(), n);
        params.put("max_depth", Math.max(hp.maxDepth(), 6));
        params.put("eta", 0.3);
        params.put("subsample", 1.0);
        params.put("colsample_bytree", 1.0);
        params.put("min_child_weight", 0);
        DMatrix matrix = Matrices.of(data, rows);
        BoostingLoop.Outcome outcome = BoostingLoop.run(new BoostingLoop.Setup(matrix, null, params, List.of(), OVERFIT_ROUNDS, null),
                () -> false, line -> { });
        try {
            float[][] predictions = outcome.booster().predict(matrix);
            float[] labels = data.labels(rows);
            String how = String.format(Locale.ROOT, "%d rows, max_depth %s, eta 0.3, %d rounds", n, params.get("max_depth"), OVERFIT_ROUNDS);
            if (p.task().isClassification()) {
                int[] predicted = Evaluator.predictedClasses(predictions, (String) params.get("objective"), p.task(), p.numClasses());
                double accuracy = EvaluationMetrics.accuracy(labels, predicted);
                boolean ok = accuracy >= OVERFIT_TARGET;
                return new MeasuredCheck("overfit", "Model can overfit " + n + " rows", ok ? Status.PASS : Status.FAIL, accuracy, "train accuracy",
                        String.format(Locale.ROOT, "train accuracy %.3f on %s (needs >= %.2f)%s", accuracy, how, OVERFIT_TARGET,
                                ok ? "" : "; the model cannot even memorise a small sample: check the label column and that the features carry information"));
            }
            double r2 = rSquared(labels, predictions);
            boolean ok = r2 >= OVERFIT_TARGET;
            return new MeasuredCheck("overfit", "Model can overfit " + n + " rows", ok ? Status.PASS : Status.FAIL, r2, "train R^2",
                    String.format(Locale.ROOT, "train R^2 %.3f on %s (needs >= %.2f)%s", r2, how, OVERFIT_TARGET,
                            ok ? "" : "; the model cannot even fit a small sample: check the label column and the features"));
        } finally {
            outcome.booster().dispose();
            matrix.dispose();
        }
    }

    static double rSquared(float[] labels, float[][] predictions) {
        double mean = 0;
        for (float y : labels) mean += y;
        mean /= labels.length;
        double residual = 0;
        double total = 0;
        for (int i = 0; i < labels.length; i++) {
            residual += Math.pow(labels[i] - predictions[i][0], 2);
            total += Math.pow(labels[i] - mean, 2);
        }
        return total == 0 ? (residual == 0 ? 1 : 0) : 1 - residual / total;
    }

    /** A check body that may fail in XGBoost or on bad input. */
    interface Body {
        MeasuredCheck apply(HyperParameters hp, DataLoading.Learned learned) throws XGBoostError;
    }

    private static MeasuredCheck guard(String id, String title, HyperParameters hp, DataLoading.Learned learned, Body body) {
        try {
            return body.apply(hp, learned);
        } catch (XGBoostError e) {
            return fail(id, title, "XGBoost: " + XgbErrors.clean(e));
        } catch (RuntimeException e) {
            return fail(id, title, e.getMessage());
        }
    }

    static MeasuredCheck fail(String id, String title, String why) {
        return new MeasuredCheck(id, title, Status.FAIL, Double.NaN, "", why);
    }

    static String seconds(double s) {
        if (s < 120) return String.format(Locale.ROOT, "%.1f s", s);
        if (s < 7200) return String.format(Locale.ROOT, "%.1f min", s / 60);
        return String.format(Locale.ROOT, "%.1f h", s / 3600);
    }

    static int[] firstRows(int[] rows, int limit) {
        return rows.length <= limit ? rows : Arrays.copyOf(rows, limit);
    }
}

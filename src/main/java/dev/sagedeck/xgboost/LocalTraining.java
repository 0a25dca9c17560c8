package dev.sagedeck.xgboost;

import dev.sagedeck.data.DataLoading;
import dev.sagedeck.data.Dataset;
import dev.sagedeck.data.Preprocessing;
import dev.sagedeck.domain.HyperParameterRules;
import dev.sagedeck.domain.HyperParameters;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Runs the lesson's XGBoost recipe in this process (the local job's child process calls this). */
public final class LocalTraining {
    public static final String DOWNLOADING = "Downloading";
    public static final String TRAINING = "Training";
    public static final String UPLOADING = "Uploading";
    /**
     * Above this many training rows the per-round "train" metric is computed on this many of them.
     * Scoring all rows every round measured +60-80 % of the training time at 800,000 rows (the
     * validation set costs far less). The sample is evenly spread over the training rows, so a file
     * sorted by label is still represented; on the 1M-row scaled-up Titanic its logloss stayed
     * within 4e-5 of the full set's over all 100 rounds.
     */
    public static final int TRAIN_METRIC_ROWS = 100_000;
    /** The reload check compares predictions on up to this many validation rows: enough to catch a broken file, cheap at 1M rows. */
    static final int RELOAD_CHECK_ROWS = 10_000;

    private LocalTraining() {}

    /**
     * Loads and preprocesses the data, trains round by round (checking {@code stopRequested}
     * between rounds), saves and reloads the model, and evaluates on the test file when given.
     *
     * <p>Logs, in order: the data shapes ({@code Train size: (570, 8)} as the lesson prints them),
     * one {@code [i]#011train-...#011validation-...} line per round, the training time, where the
     * model went, the test metrics and the total time. Phases: Downloading (reading data),
     * Training, Uploading (saving). A stop request ends training after the current round; the
     * rounds so far are saved and the result says {@code stopped}.
     *
     * @throws IllegalArgumentException for bad input (data, label, hyperparameters) with a user message
     */
    @SuppressWarnings("try") // NativeQuiet is held only for its scope: native logging stays off inside it
    public static TrainingResult run(TrainingRequest request, TrainingListener listener, BooleanSupplier stopRequested) {
        long start = System.nanoTime();
        HyperParameters hp = HyperParameterRules.validate(request.hyperParameters());
        hp.warnings().forEach(w -> listener.log("Warning: " + w));
        if (request.trainCsv() == null) throw new IllegalArgumentException("no training file given");
        if (request.modelDir() == null) throw new IllegalArgumentException("no model directory given");

        try (NativeQuiet quiet = NativeQuiet.onThisThread(); LoadedData data = load(request, hp, listener)) {
            // XGBoost now has its own copy; hand the Java copies (columns, row-major arrays: ~70 MB at 1M
            // rows) back before its histogram index and gradients are allocated, which lowers peak RSS
            if (data.rows() > TRAIN_METRIC_ROWS) System.gc();
            return train(request, listener, stopRequested, hp, data, start);
        }
    }

    /** The data as XGBoost holds it; the Java-side copies are garbage once this returns. */
    private record LoadedData(Preprocessing preprocessing, DMatrix train, DMatrix validation, DMatrix trainMetricRows, int rows)
            implements AutoCloseable {
        @Override
        public void close() {
            train.dispose();
            validation.dispose();
            if (trainMetricRows != null) trainMetricRows.dispose();
        }
    }

    private static LoadedData load(TrainingRequest request, HyperParameters hp, TrainingListener listener) {
        listener.phase(DOWNLOADING);
        listener.log("Reading " + request.trainCsv());
        DataLoading.Learned learned = DataLoading.learn(request.trainCsv(), request.preset(), request.label(), request.drop(), hp.objective());
        Preprocessing preprocessing = learned.preprocessing();
        Dataset data = learned.data();
        if (request.testCsv() != null) DataLoading.checkHeader(request.testCsv(), preprocessing, true);
        listener.log(String.format(Locale.ROOT, "Data: %d rows x %d columns; preset %s, label %s (%s); features: %s",
                data.rows(), learned.fileColumns(), preprocessing.preset(), preprocessing.label(),
                preprocessing.task().name().toLowerCase(Locale.ROOT), String.join(", ", data.featureNames())));
        Split split = Split.of(data.rows(), XgbParams.splitSeed(hp));
        listener.log(String.format(Locale.ROOT, "Train size: (%d, %d)", split.train().length, data.featureCount()));
        listener.log(String.format(Locale.ROOT, "Val size: (%d, %d)", split.validation().length, data.featureCount()));
        DMatrix train = Matrices.of(data, split.train());
        DMatrix validation = null;
        try {
            validation = Matrices.of(data, split.validation());
            DMatrix trainMetricRows = null;
            if (split.train().length > TRAIN_METRIC_ROWS) {
                trainMetricRows = Matrices.of(data, evenlySpread(split.train(), TRAIN_METRIC_ROWS));
                listener.log(String.format(Locale.ROOT, "Train metrics are computed on %d of the %d training rows", TRAIN_METRIC_ROWS, split.train().length));
            }
            return new LoadedData(preprocessing, train, validation, trainMetricRows, data.rows());
        } catch (RuntimeException e) {
            train.dispose();
            if (validation != null) validation.dispose();
            throw e;
        }
    }

    private static TrainingResult train(TrainingRequest request, TrainingListener listener, BooleanSupplier stopRequested,
                                        HyperParameters hp, LoadedData data, long start) {
        Preprocessing preprocessing = data.preprocessing();
        DMatrix train = data.train();
        DMatrix validation = data.validation();
        Map<String, Object> params = XgbParams.of(hp, preprocessing.task(), preprocessing.numClasses(), (int) rowsOf(train));
        String objective = (String) params.get("objective");
        listener.phase(TRAINING);
        listener.log(String.format(Locale.ROOT, "XGBoost: objective %s, max_depth %d, eta %s, subsample %s, colsample_bytree %s, num_round %d, tree_method %s, nthread %s%s",
                objective, hp.maxDepth(), hp.eta(), hp.subsample(), hp.colsampleBytree(), hp.numRound(), hp.treeMethod(),
                params.get("nthread"), hp.seed() == null ? "" : ", seed " + hp.seed()));
        long trainingStart = System.nanoTime();
        BoostingLoop.Outcome outcome = BoostingLoop.run(
                new BoostingLoop.Setup(train, validation, params, hp.evalMetrics(), hp.numRound(), hp.earlyStoppingRounds(), data.trainMetricRows()),
                stopRequested, line -> listener.log(line.format()));
        Booster booster = outcome.booster();
        try {
            double trainingSeconds = (System.nanoTime() - trainingStart) / 1e9;
            listener.log(String.format(Locale.ROOT, "Training time: %.2f seconds", trainingSeconds));
            if (outcome.stopped()) {
                listener.log("Stop requested: ended after " + outcome.rounds() + " of " + hp.numRound() + " rounds; saving the model so far");
            } else if (outcome.rounds() < hp.numRound()) {
                listener.log("Early stopping: no improvement for " + hp.earlyStoppingRounds() + " rounds; best round [" + outcome.bestRound() + "]");
            }

            listener.phase(UPLOADING);
            Path modelFile = ModelFiles.save(booster, request.modelDir());
            preprocessing.save(request.modelDir());
            int checkedRows = verifyReload(booster, modelFile, validation);
            listener.log("Model saved to " + modelFile + " with " + Preprocessing.FILE_NAME + " (reloaded: identical predictions on "
                    + checkedRows + " validation rows)");

            Map<String, Double> testMetrics = Map.of();
            if (request.testCsv() != null) {
                Evaluation evaluation = Evaluator.evaluate(booster, objective, DataLoading.apply(request.testCsv(), preprocessing, true));
                evaluation.describe().forEach(listener::log);
                testMetrics = evaluation.metrics();
            }
            TrainingResult result = new TrainingResult(outcome.rounds(), outcome.stopped(), modelFile,
                    new LinkedHashMap<>(outcome.lastMetrics()), testMetrics, trainingSeconds);
            if (request.outputDir() != null) writeMetrics(result, request.outputDir());
            listener.log(String.format(Locale.ROOT, "Total time: %.2f seconds", (System.nanoTime() - start) / 1e9));
            return result;
        } finally {
            booster.dispose();
        }
    }

    /** {@code outputDir/metrics.json}: the result as data, for whoever shows the job later. */
    static void writeMetrics(TrainingResult result, Path outputDir) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("roundsTrained", result.roundsTrained());
        json.put("stopped", result.stopped());
        json.put("trainingSeconds", result.trainingSeconds());
        json.put("modelFile", result.modelFile().toString());
        json.put("finalMetrics", result.finalMetrics());
        json.put("testMetrics", result.testMetrics());
        try {
            java.nio.file.Files.createDirectories(outputDir);
            new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValue(outputDir.resolve("metrics.json").toFile(), json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + outputDir.resolve("metrics.json") + ": " + e.getMessage(), e);
        }
    }

    static int[] evenlySpread(int[] rows, int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) out[i] = rows[(int) ((long) i * rows.length / count)];
        return out;
    }

    static long rowsOf(DMatrix matrix) {
        try {
            return matrix.rowNum();
        } catch (XGBoostError e) {
            throw new IllegalStateException(XgbErrors.clean(e), e);
        }
    }

    /** Loads the saved file back and insists it predicts exactly what the trained booster does. */
    static int verifyReload(Booster booster, Path modelFile, DMatrix validation) {
        DMatrix rows = null;
        try (ModelFiles.LoadedModel reloaded = ModelFiles.load(modelFile)) {
            long n = validation.rowNum();
            rows = n > RELOAD_CHECK_ROWS ? validation.slice(firstIndexes(RELOAD_CHECK_ROWS)) : validation;
            float[][] expected = booster.predict(rows);
            float[][] actual = reloaded.booster().predict(rows);
            if (!Arrays.deepEquals(expected, actual)) {
                throw new IllegalStateException("the saved model " + modelFile + " predicts differently after reloading; it is not trustworthy");
            }
            return expected.length;
        } catch (XGBoostError e) {
            throw new IllegalStateException("could not check the saved model " + modelFile + ": " + XgbErrors.clean(e), e);
        } finally {
            if (rows != null && rows != validation) rows.dispose();
        }
    }

    private static int[] firstIndexes(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = i;
        return out;
    }
}

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
     * Above this many rows, the per-round "train" and "validation" metrics are computed on this many
     * of them. Scoring is not free: at 1M rows (800k/200k) scoring all training rows every round
     * added 60-80 % to the training time and all validation rows another 30-40 %, while the lesson's
     * script scores nothing. The samples are evenly spread over the rows, so a file sorted by label is
     * still represented; on the 1M-row scaled-up Titanic a 100k-row train sample's logloss stayed
     * within 4e-5 of the full set's over all 100 rounds. The model itself always trains on every row.
     */
    public static final int METRIC_SAMPLE_ROWS = 50_000;
    /** The reload check compares predictions on up to this many validation rows: enough to catch a broken file, cheap at 1M rows. */
    static final int RELOAD_CHECK_ROWS = 10_000;

    private LocalTraining() {}

    /**
     * Starts loading XGBoost's native library on a background thread, for a process that knows it will
     * train before it gets there: the job process calls it as soon as its record says built-in XGBoost,
     * so the load overlaps its bookkeeping and the data's copy instead of following them.
     */
    public static void preload() {
        NativeQuiet.preload();
    }

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
        NativeQuiet.preload();

        Prepared prepared = prepare(request, hp, listener); // while the native library loads
        // the CSV reader's buffers and raw columns are garbage now: collect them (and let the heap shrink,
        // see the job JVM's heap flags) before XGBoost's native copies of the data are allocated
        if (prepared.data().rows() > METRIC_SAMPLE_ROWS) System.gc();
        try (NativeQuiet quiet = NativeQuiet.onThisThread(); LoadedData data = toMatrices(prepared, listener)) {
            prepared = null; // XGBoost has its own copy now
            // hand the Java copies (columns, row-major arrays: ~70 MB at 1M rows) back before XGBoost
            // allocates its histogram index and gradients, which lowers peak RSS
            if (data.rows() > METRIC_SAMPLE_ROWS) System.gc();
            Path test = request.testCsv();
            return train(request, listener, stopRequested, hp, data, start,
                    test == null ? null : pre -> DataLoading.apply(test, pre, true), true);
        }
    }

    /** The training file read and split, Java side only. */
    record Prepared(Preprocessing preprocessing, Dataset data, Split split) {}

    /**
     * {@code validation}: the validation rows scored each round (all, or an evenly spread sample of
     * {@link #METRIC_SAMPLE_ROWS}); {@code trainMetricRows}: the training rows scored, null when all are.
     */
    record LoadedData(Preprocessing preprocessing, DMatrix train, DMatrix validation, DMatrix trainMetricRows, int rows)
            implements AutoCloseable {
        @Override
        public void close() {
            train.dispose();
            validation.dispose();
            if (trainMetricRows != null) trainMetricRows.dispose();
        }
    }

    static Prepared prepare(TrainingRequest request, HyperParameters hp, TrainingListener listener) {
        listener.phase(DOWNLOADING);
        listener.log("Reading " + request.trainCsv());
        DataLoading.Learned learned = DataLoading.learn(request.trainCsv(), request.preset(), request.label(), request.drop(), hp.objective());
        Preprocessing preprocessing = learned.preprocessing();
        Dataset data = learned.data();
        if (request.testCsv() != null) DataLoading.checkHeader(request.testCsv(), preprocessing, true);
        listener.log(String.format(Locale.ROOT, "Data: %d rows x %d columns; preset %s, label %s (%s); features: %s",
                data.rows(), learned.fileColumns(), preprocessing.preset(), preprocessing.label(),
                preprocessing.task().name().toLowerCase(Locale.ROOT), String.join(", ", data.featureNames())));
        learned.warnings().forEach(w -> listener.log("Warning: " + w.message()));
        Split split = Split.of(data.rows(), XgbParams.splitSeed(hp));
        listener.log(String.format(Locale.ROOT, "Train size: (%d, %d)", split.train().length, data.featureCount()));
        listener.log(String.format(Locale.ROOT, "Val size: (%d, %d)", split.validation().length, data.featureCount()));
        return new Prepared(preprocessing, data, split);
    }

    /** The data as XGBoost holds it; the Java-side copies are garbage once the caller drops {@code prepared}. */
    static LoadedData toMatrices(Prepared prepared, TrainingListener listener) {
        Dataset data = prepared.data();
        Split split = prepared.split();
        DMatrix train = Matrices.of(data, split.train());
        DMatrix validation = null;
        try {
            validation = metricSample(data, split.validation(), "validation", listener);
            if (validation == null) validation = Matrices.of(data, split.validation());
            DMatrix trainMetricRows = metricSample(data, split.train(), "training", listener);
            return new LoadedData(prepared.preprocessing(), train, validation, trainMetricRows, data.rows());
        } catch (RuntimeException e) {
            train.dispose();
            if (validation != null) validation.dispose();
            throw e;
        }
    }

    /**
     * Trains one configuration on matrices already made. {@code test}: the test rows for the model's
     * preprocessing, or null for none; {@code ownData}: the matrices are this run's alone, so they are
     * freed before the test set is scored (a search's matrices serve its next configuration instead).
     */
    static TrainingResult train(TrainingRequest request, TrainingListener listener, BooleanSupplier stopRequested,
                                HyperParameters hp, LoadedData data, long start,
                                java.util.function.Function<Preprocessing, Dataset> test, boolean ownData) {
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
                new BoostingLoop.Setup(train, validation, params, hp.evalMetrics(), hp.numRound(), hp.earlyStoppingRounds(),
                        data.trainMetricRows()),
                stopRequested, line -> {
                    listener.log(line.format());
                    listener.round(line);
                });
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
            // XGBoost's copies of the training data are its largest allocation; scoring the test file
            // needs only the booster, so they go first (DMatrix.dispose is idempotent; close() runs again at the end)
            if (ownData) data.close();
            listener.log("Model saved to " + modelFile + " with " + Preprocessing.FILE_NAME + " (reloaded: identical predictions on "
                    + checkedRows + " validation rows)");

            Map<String, Double> testMetrics = Map.of();
            if (test != null) {
                Evaluation evaluation = Evaluator.evaluate(booster, objective, test.apply(preprocessing));
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

    private static DMatrix metricSample(Dataset data, int[] rows, String which, TrainingListener listener) {
        if (rows.length <= METRIC_SAMPLE_ROWS) return null;
        listener.log(String.format(Locale.ROOT, "Per-round %s metrics are computed on %d evenly spread rows of the %d",
                which, METRIC_SAMPLE_ROWS, rows.length));
        return Matrices.of(data, evenlySpread(rows, METRIC_SAMPLE_ROWS));
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
            java.nio.file.Files.write(outputDir.resolve("metrics.json"), dev.sagedeck.json.Json.prettyBytes(json));
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
        Booster reloaded = null;
        try {
            reloaded = ModelFiles.reload(modelFile);
            long n = validation.rowNum();
            rows = n > RELOAD_CHECK_ROWS ? validation.slice(firstIndexes(RELOAD_CHECK_ROWS)) : validation;
            float[][] expected = booster.predict(rows);
            float[][] actual = reloaded.predict(rows);
            if (!Arrays.deepEquals(expected, actual)) {
                throw new IllegalStateException("the saved model " + modelFile + " predicts differently after reloading; it is not trustworthy");
            }
            return expected.length;
        } catch (XGBoostError e) {
            throw new IllegalStateException("could not check the saved model " + modelFile + ": " + XgbErrors.clean(e), e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read back the saved model " + modelFile + ": " + e.getMessage(), e);
        } finally {
            if (rows != null && rows != validation) rows.dispose();
            if (reloaded != null) reloaded.dispose();
        }
    }

    private static int[] firstIndexes(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = i;
        return out;
    }
}

package dev.sagedeck.xgboost;

import dev.sagedeck.data.DataLoading;
import dev.sagedeck.data.Dataset;
import dev.sagedeck.data.Preprocessing;
import dev.sagedeck.domain.HyperParameters;
import dev.sagedeck.domain.RoundMetricsLine;
import dev.sagedeck.xgboost.MeasuredCheck.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The checks built on one short real training run: up to {@value PreflightChecks#TIMED_ROWS}
 * training rows (the 80/20 split's training part), up to {@value PreflightChecks#LOSS_ROUNDS}
 * rounds, the user's hyperparameters, XGBoost's default loss metric for the objective. The loss
 * history, the round timings and the booster serve the loss, time and save-reload checks.
 */
final class TrainingChecks implements AutoCloseable {
    private final HyperParameters hp;
    private final DataLoading.Learned learned;
    private final double loadSeconds;
    private final long memoryAvailable;
    private final Duration budget;
    private final int fullTrainingRows;
    private DMatrix matrix;
    private Booster booster;
    private final List<Double> losses = new ArrayList<>();
    private final List<Double> roundSeconds = new ArrayList<>();
    private String lossName;
    private int sampleRows;
    private int smallRows;
    private double smallPerRound;

    TrainingChecks(HyperParameters hp, DataLoading.Learned learned, double loadSeconds, long memoryAvailable, Duration budget) {
        this.hp = hp;
        this.learned = learned;
        this.loadSeconds = loadSeconds;
        this.memoryAvailable = memoryAvailable;
        this.budget = budget;
        this.fullTrainingRows = Split.of(learned.data().rows(), XgbParams.splitSeed(hp)).train().length;
    }

    /** Trains once, on first use. */
    private void train() {
        if (booster != null) return;
        Dataset data = learned.data();
        int[] rows = PreflightChecks.firstRows(Split.of(data.rows(), XgbParams.splitSeed(hp)).train(), PreflightChecks.TIMED_ROWS);
        sampleRows = rows.length;
        Preprocessing p = learned.preprocessing();
        Map<String, Object> params = XgbParams.of(hp, p.task(), p.numClasses(), fullTrainingRows);
        params.remove("eval_metric"); // XGBoost's default metric for the objective is a loss (lower is better)
        matrix = Matrices.of(data, rows);
        long[] last = {System.nanoTime()};
        BoostingLoop.Outcome outcome = BoostingLoop.run(new BoostingLoop.Setup(matrix, null, params, List.of(),
                Math.min(hp.numRound(), PreflightChecks.LOSS_ROUNDS), null), () -> false, (RoundMetricsLine line) -> {
                    long now = System.nanoTime();
                    roundSeconds.add((now - last[0]) / 1e9);
                    last[0] = now;
                    Map.Entry<String, Double> first = line.metrics().entrySet().iterator().next();
                    lossName = first.getKey().replace(':', '-');
                    losses.add(first.getValue());
                });
        booster = outcome.booster();
        if (sampleRows < fullTrainingRows && sampleRows >= 8) timeSmallerSample(rows, params);
    }

    /**
     * Times the same rounds on a quarter of the sample, so that a round's fixed cost (thread
     * start-up, per-node work) and its per-row cost can be told apart before extrapolating.
     */
    private void timeSmallerSample(int[] rows, Map<String, Object> params) {
        smallRows = rows.length / 4;
        DMatrix small = Matrices.of(learned.data(), PreflightChecks.firstRows(rows, smallRows));
        List<Double> times = new ArrayList<>();
        long[] last = {System.nanoTime()};
        BoostingLoop.Outcome outcome = BoostingLoop.run(new BoostingLoop.Setup(small, null, params, List.of(), roundSeconds.size(), null),
                () -> false, line -> {
                    long now = System.nanoTime();
                    times.add((now - last[0]) / 1e9);
                    last[0] = now;
                });
        outcome.booster().dispose();
        small.dispose();
        smallPerRound = medianAfterFirst(times);
    }

    /** The median time of rounds after the first: robust against a busy machine's hiccups. */
    static double medianAfterFirst(List<Double> times) {
        List<Double> rest = new ArrayList<>(times.size() > 1 ? times.subList(1, times.size()) : times);
        rest.sort(null);
        return rest.get(rest.size() / 2);
    }

    MeasuredCheck loss() {
        train();
        double first = losses.get(0);
        double last = losses.get(losses.size() - 1);
        String numbers = String.format(Locale.ROOT, "%s %.4f -> %.4f over %d rounds on %d rows", lossName, first, last, losses.size(), sampleRows);
        if (!Double.isFinite(last)) {
            return new MeasuredCheck("loss", "Training loss goes down", Status.FAIL, last, lossName, numbers + "; the loss diverged: lower eta");
        }
        boolean down = last < first * (1 - 1e-3);
        return new MeasuredCheck("loss", "Training loss goes down", down ? Status.PASS : Status.FAIL, last, lossName,
                numbers + (down ? "" : "; it did not go down: check that the features carry information about the label"));
    }

    /**
     * Round 0 also builds XGBoost's histogram index, so it is timed apart from the rounds after it.
     * A round costs a fixed part plus a part per row; with a second, smaller sample the two are
     * fitted as a line (cost = a + b x rows) and extrapolated to the full training rows.
     */
    MeasuredCheck time() {
        train();
        double perRound = medianAfterFirst(roundSeconds);
        double firstExtra = Math.max(0, roundSeconds.get(0) - perRound);
        double scale = (double) fullTrainingRows / sampleRows;
        double fullPerRound = perRound;
        if (sampleRows < fullTrainingRows) {
            double perRow = smallRows > 0 ? Math.max(0, (perRound - smallPerRound) / (sampleRows - smallRows)) : perRound / sampleRows;
            double fixed = Math.max(0, perRound - perRow * sampleRows);
            fullPerRound = fixed + perRow * fullTrainingRows;
        }
        double estimate = loadSeconds + firstExtra * scale + fullPerRound * hp.numRound();
        double limit = budget.toMillis() / 1000.0;
        Status status = estimate > limit ? Status.FAIL : estimate > limit / 2 ? Status.WARN : Status.PASS;
        String detail = String.format(Locale.ROOT, "about %s for %d rows x %d rounds (reading the data took %s; a round took %s on %d rows%s)%s",
                PreflightChecks.seconds(estimate), fullTrainingRows, hp.numRound(), PreflightChecks.seconds(loadSeconds),
                millis(perRound), sampleRows, smallRows > 0 ? " and " + millis(smallPerRound) + " on " + smallRows : "",
                status == Status.PASS ? "" : "; the limit is " + PreflightChecks.seconds(limit)
                        + ": use fewer rounds, a subset, or a bigger instance (SageMaker's MaxRuntimeInSeconds)");
        return new MeasuredCheck("time", "Time estimate for the full data", status, estimate, "s", detail);
    }

    private static String millis(double seconds) {
        return String.format(Locale.ROOT, "%.1f ms", seconds * 1000);
    }

    MeasuredCheck memory() {
        Dataset data = learned.data();
        long estimate = ResourceEstimates.peakBytes(data.rows(), data.featureCount());
        Status status = estimate > memoryAvailable ? Status.FAIL : estimate > memoryAvailable / 2 ? Status.WARN : Status.PASS;
        String detail = String.format(Locale.ROOT, "about %d MB at peak for %d rows x %d features; %d MB available%s",
                estimate >> 20, data.rows(), data.featureCount(), memoryAvailable >> 20,
                status == Status.PASS ? "" : status == Status.FAIL ? "; this will not fit: use a machine with more memory or fewer rows"
                        : "; tight: close other programs or use a bigger instance");
        return new MeasuredCheck("memory", "Memory estimate", status, estimate / 1048576.0, "MB", detail);
    }

    /** Saves into a scratch folder inside the model directory (so its permissions are tested too), reloads, compares, cleans up. */
    MeasuredCheck saveAndReload(Path modelDir) throws XGBoostError {
        train();
        Path dir = null;
        try {
            dir = modelDir == null ? Files.createTempDirectory("sagedeck-check") : createScratch(modelDir);
            Path file = ModelFiles.save(booster, dir);
            learned.preprocessing().save(dir);
            float[][] before = booster.predict(matrix);
            double maxDifference;
            try (ModelFiles.LoadedModel reloaded = ModelFiles.load(file)) {
                maxDifference = maxDifference(before, reloaded.booster().predict(matrix));
            }
            boolean same = maxDifference == 0;
            String detail = String.format(Locale.ROOT, "saved %s (%d kB) and %s, reloaded: %s on %d rows", ModelFiles.MODEL_FILE,
                    Files.size(file) / 1024, Preprocessing.FILE_NAME, same ? "identical predictions" : "predictions differ by up to " + maxDifference,
                    before.length);
            return new MeasuredCheck("save-reload", "Save and reload give identical predictions", same ? Status.PASS : Status.FAIL,
                    maxDifference, "max |difference|", detail);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a model into " + modelDir + ": " + e, e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static Path createScratch(Path modelDir) throws IOException {
        if (Files.exists(modelDir) && !Files.isDirectory(modelDir)) {
            throw new IOException(modelDir + " is a file, not a directory");
        }
        Files.createDirectories(modelDir);
        return Files.createTempDirectory(modelDir, ".sagedeck-check-");
    }

    private static double maxDifference(float[][] a, float[][] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) max = Math.max(max, Math.abs((double) a[i][j] - b[i][j]));
        }
        return max;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a leftover scratch folder is harmless; the check's verdict matters more
        }
    }

    @Override
    public void close() {
        if (booster != null) booster.dispose();
        if (matrix != null) matrix.dispose();
    }
}

package dev.sagedeck.xgboost;

import dev.sagedeck.data.DataLoading;
import dev.sagedeck.data.Dataset;
import dev.sagedeck.domain.HyperParameterRules;
import dev.sagedeck.domain.HyperParameters;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The data of a local search, read, prepared and split once for all its configurations (the test
 * file too), and the matrices each worker thread trains its configurations on. The Java copy is
 * shared read-only; XGBoost's matrices are one set per worker, reused from one configuration to
 * the next (XGBoost keeps its histogram index with them), because a matrix is not shared between
 * boosters training at the same time.
 */
public final class SearchData {
    private final LocalTraining.Prepared prepared;
    private final Dataset test;
    private final String objective;
    private final Long seed;

    private SearchData(LocalTraining.Prepared prepared, Dataset test, String objective, Long seed) {
        this.prepared = prepared;
        this.test = test;
        this.objective = objective;
        this.seed = seed;
    }

    /**
     * Reads and prepares {@code trainCsv} (and {@code testCsv}, when given) the way a single run does,
     * logging the same lines. {@code fixed}: the search's fixed hyperparameters (objective and seed decide the preparation).
     *
     * @throws IllegalArgumentException for data a run would refuse, with the run's message
     */
    public static SearchData load(Path trainCsv, Path testCsv, String preset, String label, List<String> drop,
                                  Map<String, String> fixed, TrainingListener listener) {
        HyperParameters hp = HyperParameterRules.validate(fixed);
        NativeQuiet.preload();
        TrainingRequest request = new TrainingRequest(trainCsv, testCsv, preset, label, drop, fixed, null, null);
        LocalTraining.Prepared prepared = LocalTraining.prepare(request, hp, listener);
        Dataset test = null;
        if (testCsv != null) {
            listener.log("Reading the test file " + testCsv + " once for every configuration");
            test = DataLoading.apply(testCsv, prepared.preprocessing(), true);
        }
        return new SearchData(prepared, test, hp.objective(), hp.seed());
    }

    /** Memory available on this machine now (MemAvailable on Linux). */
    public static long availableBytes() {
        return ResourceEstimates.availableBytes();
    }

    public int rows() {
        return prepared.data().rows();
    }

    public int features() {
        return prepared.data().featureCount();
    }

    /** The Java copy every configuration shares (columns and the test rows), estimated. */
    public long sharedBytes() {
        long testRows = test == null ? 0 : test.rows();
        return (rows() + testRows) * (features() + 1L) * 8;
    }

    /** One worker's own memory, estimated: XGBoost's matrices and histogram index, gradients, trees. */
    public long perWorkerBytes() {
        return (30L << 20) + (long) rows() * (features() + 1L) * 24;
    }

    /** A worker's matrices; close them when the worker is done. */
    @SuppressWarnings("try") // NativeQuiet loads the native library from the machine cache before the first matrix
    public WorkerMatrices matrices(TrainingListener listener) {
        try (NativeQuiet quiet = NativeQuiet.onThisThread()) {
            return new WorkerMatrices(LocalTraining.toMatrices(prepared, listener));
        }
    }

    /** One worker's XGBoost matrices, reused by every configuration the worker trains. */
    public static final class WorkerMatrices implements AutoCloseable {
        private final LocalTraining.LoadedData data;

        private WorkerMatrices(LocalTraining.LoadedData data) {
            this.data = data;
        }

        @Override
        public void close() {
            data.close();
        }
    }

    /**
     * Trains one configuration on a worker's matrices, as a single run would (the same log lines,
     * a stop check between rounds, the model saved and reloaded, the test set scored).
     *
     * @throws IllegalArgumentException for hyperparameters XGBoost refuses, with the message a run would give
     */
    @SuppressWarnings("try") // NativeQuiet is held for its scope only
    public TrainingResult train(WorkerMatrices m, Map<String, String> hyperParameters, Path modelDir, Path outputDir,
                                TrainingListener listener, BooleanSupplier stopRequested) {
        long start = System.nanoTime();
        HyperParameters hp = HyperParameterRules.validate(hyperParameters);
        if (!Objects.equals(hp.objective(), objective) || !Objects.equals(hp.seed(), seed)) {
            throw new IllegalArgumentException("a configuration of a search keeps the search's objective and seed");
        }
        hp.warnings().forEach(w -> listener.log("Warning: " + w));
        listener.log(String.format(java.util.Locale.ROOT, "Data: %d rows x %d features, read and prepared once by the search", rows(), features()));
        TrainingRequest request = new TrainingRequest(null, null, null, null, List.of(), hyperParameters, modelDir, outputDir);
        try (NativeQuiet quiet = NativeQuiet.onThisThread()) {
            return LocalTraining.train(request, listener, stopRequested, hp, m.data, start,
                    test == null ? null : pre -> test, false);
        }
    }
}

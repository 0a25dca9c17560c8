package dev.sagedeck.xgboost;

import dev.sagedeck.data.DataLoading;
import dev.sagedeck.data.Dataset;
import dev.sagedeck.data.Preprocessing;
import dev.sagedeck.data.Samples;
import dev.sagedeck.data.Task;
import dev.sagedeck.domain.ReadableFile;
import dev.sagedeck.port.ModelEvaluation;
import dev.sagedeck.port.TrainingJobs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@link ModelEvaluation} with xgboost4j, the one evaluation for the CLI and the dashboard: fetch
 * the job's model (local model dir or the SageMaker artifact) into a temp dir, read the test CSV
 * like the training data was read, score, and delete the copy. The static methods score a saved
 * model directly: a model directory written by a sagedeck run, a bare built-in model file (test
 * CSV in the built-in layout: no header, label first), or a bare model file plus the preprocessing
 * its training data was prepared with.
 */
public final class XgboostModelEvaluation implements ModelEvaluation {
    private final TrainingJobs jobs;
    private final Path cacheDir;

    public XgboostModelEvaluation(TrainingJobs jobs) {
        this(jobs, null);
    }

    /** With a cache dir, a bare {@code titanic_test.csv} that is not here is the bundled sample's ({@link Samples#orBundled}). */
    public XgboostModelEvaluation(TrainingJobs jobs, Path cacheDir) {
        this.jobs = jobs;
        this.cacheDir = cacheDir;
    }

    @Override
    public Scores evaluate(String jobName, Path typed) {
        Path testCsv = cacheDir == null ? typed : Samples.orBundled(typed, cacheDir);
        requireReadable(testCsv);
        Evaluation e = withFetchedModel(jobs, jobName, model -> evaluateModelFile(model, testCsv));
        List<List<Long>> matrix = new ArrayList<>();
        if (e.confusion() != null) {
            for (long[] row : e.confusion()) {
                matrix.add(Arrays.stream(row).boxed().toList());
            }
        }
        return new Scores(e.rows(), e.metrics(), matrix);
    }

    /** The test file must be a readable local file: say which path is wrong, before any model is fetched. */
    private static void requireReadable(Path testCsv) {
        ReadableFile.why(testCsv).ifPresent(why -> {
            throw new IllegalArgumentException("test file " + why);
        });
    }

    /** Fetches {@code jobName}'s model into a fresh temp dir, applies {@code use} to the model file, then deletes the dir. */
    private static <T> T withFetchedModel(TrainingJobs jobs, String jobName, Function<Path, T> use) {
        Path work;
        try {
            work = Files.createTempDirectory("sagedeck-evaluate-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temp dir for the model: " + e.getMessage(), e);
        }
        try {
            return use.apply(jobs.fetchModel(jobName, work));
        } finally {
            deleteTree(work);
        }
    }

    /**
     * With {@code preprocessing.json} next to the model (a local run's model dir, or a SageMaker job
     * whose data sagedeck prepared) the test CSV is read like the training file was, unless it is
     * already in the built-in layout (no header, label first, numbers); without it (a SageMaker
     * built-in model from elsewhere), that layout is required.
     */
    public static Evaluation evaluateModelFile(Path model, Path csv) {
        Path dir = model.toAbsolutePath().getParent();
        if (Files.isRegularFile(dir.resolve(Preprocessing.FILE_NAME)) && !BuiltInLayout.looksLike(csv)) {
            return evaluate(model, Preprocessing.load(dir), csv);
        }
        return evaluateBuiltIn(model, csv);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a leftover temp copy is harmless; the evaluation's answer matters more
        }
    }

    /** A model directory written by a sagedeck run ({@code model.ubj} + {@code preprocessing.json}): the test CSV is read exactly as the training file was. */
    public static Evaluation evaluate(Path modelDir, Path testCsv) {
        if (!Files.isDirectory(modelDir)) throw new IllegalArgumentException(modelDir + " is not a model directory");
        Preprocessing preprocessing = Preprocessing.load(modelDir);
        return evaluate(modelDir.resolve(ModelFiles.MODEL_FILE), preprocessing, testCsv);
    }

    @SuppressWarnings("try") // NativeQuiet is held only for its scope: native logging stays off inside it
    public static Evaluation evaluate(Path modelFile, Preprocessing preprocessing, Path testCsv) {
        try (NativeQuiet quiet = NativeQuiet.onThisThread(); ModelFiles.LoadedModel model = ModelFiles.load(modelFile)) {
            requireWidth(model, preprocessing.features().size(), modelFile);
            Dataset data = DataLoading.apply(testCsv, preprocessing, true);
            return Evaluator.evaluate(model.booster(), model.objective(), data);
        }
    }

    @SuppressWarnings("try") // NativeQuiet is held only for its scope: native logging stays off inside it
    public static Evaluation evaluateBuiltIn(Path modelFile, Path testCsv) {
        try (NativeQuiet quiet = NativeQuiet.onThisThread(); ModelFiles.LoadedModel model = ModelFiles.load(modelFile)) {
            Task task = taskOf(model.objective());
            Dataset data = DataLoading.readBuiltIn(testCsv, task, model.numClass(), model.numFeature());
            return Evaluator.evaluate(model.booster(), model.objective(), data);
        }
    }

    /** The task an objective trains for: binary:* and multi:* classify, everything else regresses. */
    static Task taskOf(String objective) {
        if (objective.startsWith("binary:")) return Task.BINARY;
        if (objective.startsWith("multi:")) return Task.MULTICLASS;
        return Task.REGRESSION;
    }

    private static void requireWidth(ModelFiles.LoadedModel model, int features, Path modelFile) {
        if (model.numFeature() != features) {
            throw new IllegalArgumentException(modelFile + " expects " + model.numFeature() + " features but the preprocessing gives "
                    + features + "; the model and preprocessing.json do not belong together");
        }
    }
}

package dev.sagedeck.sagemaker;

import dev.sagedeck.data.BuiltInCsv;
import dev.sagedeck.data.DataLoading;
import dev.sagedeck.data.Dataset;
import dev.sagedeck.data.Preprocessing;
import dev.sagedeck.data.Task;
import dev.sagedeck.domain.DataSpec;
import dev.sagedeck.port.BackendException;
import dev.sagedeck.port.BackendException.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The training data made ready for SageMaker's built-in XGBoost, which reads CSV only as: no header,
 * the label in the first column, numbers after it. The training engine's preset learns the
 * preprocessing from the training file ({@link DataLoading#learn}) and {@link BuiltInCsv} writes
 * that layout; a test file is prepared with the same preprocessing and becomes the validation
 * channel. The preprocessing itself is kept so a fetched model can be evaluated on a raw CSV.
 */
final class BuiltInData {
    static final String TRAIN_FILE = "train.csv";
    static final String VALIDATION_FILE = "validation.csv";

    /** What was written to {@code dir}: the files and what the data turned out to be. */
    record Prepared(Path train, Path validation, Path preprocessingFile, Preprocessing preprocessing, int trainRows,
            int validationRows) {}

    private BuiltInData() {}

    /**
     * @param objective the user's objective hyperparameter, or null (the label then decides the task)
     * @throws BackendException INVALID naming the file and the problem (missing label column, text in a numeric column...)
     */
    static Prepared prepare(DataSpec data, String objective, Path dir) {
        Path trainFile = Path.of(data.train());
        DataLoading.Learned learned;
        try {
            learned = DataLoading.learn(trainFile, data.preset(), data.label(), data.drop(), objective);
        } catch (IllegalArgumentException e) {
            throw new BackendException(Kind.INVALID, "cannot prepare " + trainFile + " for built-in XGBoost: " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new BackendException(Kind.INVALID, "cannot read " + trainFile + ": " + e.getMessage(), e);
        }
        Preprocessing p = learned.preprocessing();
        Path train = write(learned.data(), dir.resolve(TRAIN_FILE));
        Path validation = null;
        int validationRows = 0;
        if (data.test() != null && !data.test().startsWith("s3://")) {
            Dataset test;
            try {
                test = DataLoading.apply(Path.of(data.test()), p, true);
            } catch (IllegalArgumentException e) {
                throw new BackendException(Kind.INVALID, "cannot prepare the test file " + data.test() + " like the training data: "
                        + e.getMessage(), e);
            }
            validation = write(test, dir.resolve(VALIDATION_FILE));
            validationRows = test.rows();
        }
        Path json = dir.resolve(Preprocessing.FILE_NAME);
        try {
            Files.writeString(json, p.toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BackendException(Kind.FAILED, "cannot write " + json + ": " + e.getMessage(), e);
        }
        return new Prepared(train, validation, json, p, learned.data().rows(), validationRows);
    }

    /** The objective the built-in algorithm needs for this label when the user gave none. */
    static String defaultObjective(Preprocessing p) {
        Task task = p.task();
        if (task == Task.BINARY) {
            return "binary:logistic";
        }
        if (task == Task.MULTICLASS) {
            return "multi:softprob";
        }
        return "reg:squarederror";
    }

    /** The feature names in column order after the label, for the user's notes. */
    static List<String> columns(Preprocessing p) {
        return p.featureNames();
    }

    private static Path write(Dataset d, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            BuiltInCsv.write(d, out);
            return file;
        } catch (IOException e) {
            throw new BackendException(Kind.FAILED, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}

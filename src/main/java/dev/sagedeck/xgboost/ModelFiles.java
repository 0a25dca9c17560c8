package dev.sagedeck.xgboost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * XGBoost model files: sagedeck writes UBJ ({@code model.ubj}); it reads UBJ, JSON and the legacy
 * binary format that SageMaker's built-in XGBoost 1.5-1/1.7-1 write as {@code xgboost-model}
 * (xgboost4j 3.0.4 is pinned because 3.1 dropped that format). Never Java serialization.
 */
public final class ModelFiles {
    public static final String MODEL_FILE = "model.ubj";

    private ModelFiles() {}

    /**
     * A loaded model and what it says about itself. Holds native memory: close it.
     *
     * @param format     {@code ubj}, {@code json} or {@code legacy-binary}
     * @param objective  e.g. {@code binary:logistic}
     * @param numClass   classes for multi:* objectives, else 0
     * @param numFeature the number of input columns the model expects
     */
    public record LoadedModel(Booster booster, String format, String objective, int numClass, int numFeature, int rounds)
            implements AutoCloseable {
        @Override
        public void close() {
            booster.dispose();
        }
    }

    /**
     * Loads any XGBoost model file, recognising the usual wrong files first (a pickle, a tarball).
     *
     * @throws IllegalArgumentException naming the file, what it is and what to do
     */
    @SuppressWarnings("try") // NativeQuiet is held only for its scope: native logging stays off inside it
    public static LoadedModel load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no model file at " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String format = sniff(file, bytes);
        try (NativeQuiet quiet = NativeQuiet.onThisThread()) {
            Booster booster = XGBoost.loadModel(bytes);
            return describe(booster, format);
        } catch (XGBoostError | IOException e) {
            String why = e instanceof XGBoostError ? XgbErrors.clean((XGBoostError) e) : e.getMessage();
            throw new IllegalArgumentException(file + " is not a model XGBoost can load: " + why, e);
        }
    }

    static LoadedModel describe(Booster booster, String format) throws XGBoostError {
        try {
            // a mapper of its own, here: a static one would load databind in every run's JVM (save and reload need none)
            JsonNode learner = new ObjectMapper().readTree(booster.toByteArray("json")).path("learner");
            String objective = learner.path("objective").path("name").asText("");
            JsonNode param = learner.path("learner_model_param");
            int numClass = Integer.parseInt(param.path("num_class").asText("0"));
            int numFeature = Integer.parseInt(param.path("num_feature").asText("0"));
            return new LoadedModel(booster, format, objective, numClass, numFeature, booster.getNumBoostedRound());
        } catch (IOException | NumberFormatException e) {
            booster.dispose();
            throw new IllegalStateException("XGBoost wrote a model description sagedeck cannot read: " + e.getMessage(), e);
        }
    }

    /** What the first bytes say; throws for files that are certainly not loadable. */
    static String sniff(Path file, byte[] b) {
        if (b.length == 0) throw new IllegalArgumentException(file + " is empty; it is not a model");
        if ((b[0] & 0xff) == 0x80) {
            throw new IllegalArgumentException(file + " is a Python pickle (the lesson's script saves its model with joblib.dump), "
                    + "which only Python can read. Save the model in XGBoost's own format instead: in the training script use "
                    + "model.save_model(path) (booster.save_model) rather than joblib.dump(model, path); for a model you already have, "
                    + "run in Python: import joblib; joblib.load('xgboost-model').save_model('xgboost-model.json')");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
            throw new IllegalArgumentException(file + " is gzip-compressed (a model.tar.gz?); extract the model file "
                    + "(xgboost-model) from it first");
        }
        if (b.length >= 4 && b[0] == 'b' && b[1] == 'i' && b[2] == 'n' && b[3] == 'f') return "legacy-binary";
        if (b[0] == '{') {
            int i = 1;
            while (i < b.length && Character.isWhitespace(b[i])) i++;
            return i < b.length && (b[i] == '"' || b[i] == '}') ? "json" : "ubj";
        }
        return "legacy-binary"; // pre-1.0 binary models have no "binf" magic; XGBoost decides
    }

    /**
     * The booster {@link #save} wrote to {@code file}, loaded back for the check that it predicts
     * the same. Only the booster: {@link #load}'s description (a JSON dump of every tree, parsed) is
     * for files of unknown origin, and cost the sample's run a model-sized dump and a JSON parse on
     * its way to the result (docs/BENCHMARKS.md, "Fourth round").
     */
    static Booster reload(Path file) throws IOException, XGBoostError {
        return XGBoost.loadModel(Files.readAllBytes(file));
    }

    /** Saves {@code booster} as {@code dir/model.ubj}, atomically (a crash leaves the old file or none). */
    static Path save(Booster booster, Path dir) {
        Path target = dir.resolve(MODEL_FILE);
        try {
            Files.createDirectories(dir);
            byte[] bytes = booster.toByteArray("ubj");
            Path tmp = Files.createTempFile(dir, MODEL_FILE, ".part");
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not serialise the model: " + XgbErrors.clean(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model to " + target + ": " + e.getMessage(), e);
        }
    }
}

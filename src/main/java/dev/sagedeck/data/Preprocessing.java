package dev.sagedeck.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sagedeck.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything preprocessing learned from the training file (fill values, category codes, label
 * classes, feature order), saved as {@code preprocessing.json} next to the model and applied
 * unchanged to any file the model later sees. The file is {@link PreprocessingJson}'s (the
 * annotations say how databind wrote it before, and still would).
 *
 * @param preset       {@code titanic}, {@code csv} or {@code builtin} (label-first headerless CSV)
 * @param source       the file it was learned from (for people reading the JSON)
 * @param label        the label column
 * @param task         binary / multi-class / regression
 * @param labelClasses classification only: the label values in class-index order
 * @param features     the model's input columns, in the model's feature order
 * @param dropped      columns ignored on purpose
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Preprocessing(
        int version,
        String preset,
        String source,
        String label,
        Task task,
        List<String> labelClasses,
        List<Feature> features,
        List<String> dropped) {

    public static final String FILE_NAME = "preprocessing.json";
    static final int VERSION = 1;

    public Preprocessing {
        labelClasses = labelClasses == null ? null : List.copyOf(labelClasses);
        features = List.copyOf(features);
        dropped = dropped == null ? List.of() : List.copyOf(dropped);
    }

    /**
     * One model input: a number column (missing values filled with {@code fill} when set) or a
     * category column whose texts map to {@code codes} (missing values take {@code fillCategory}
     * first when set; texts not in {@code codes} become missing).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Feature(String name, String type, Double fill, String fillCategory, Map<String, Integer> codes) {
        public static final String NUMBER = "number";
        public static final String CATEGORY = "category";

        public static Feature number(String name, Double fill) {
            return new Feature(name, NUMBER, fill, null, null);
        }

        public static Feature category(String name, Map<String, Integer> codes, String fillCategory) {
            return new Feature(name, CATEGORY, null, fillCategory, codes);
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isCategory() {
            return CATEGORY.equals(type);
        }
    }

    public int numClasses() {
        return labelClasses == null ? 0 : labelClasses.size();
    }

    public List<String> featureNames() {
        return features.stream().map(Feature::name).toList();
    }

    /** The preprocessing for a SageMaker built-in CSV: label in column 1, numeric features after it, no header. */
    public static Preprocessing builtIn(int featureCount, Task task, int numClasses) {
        List<Feature> features = new java.util.ArrayList<>();
        for (int i = 0; i < featureCount; i++) features.add(Feature.number("c" + (i + 2), null));
        List<String> classes = null;
        if (task.isClassification()) {
            classes = new java.util.ArrayList<>();
            for (int k = 0; k < Math.max(2, numClasses); k++) classes.add(Integer.toString(k));
        }
        return new Preprocessing(VERSION, "builtin", null, "c1", task, classes, features, List.of());
    }

    public void save(Path dir) {
        try {
            Files.write(dir.resolve(FILE_NAME), Json.prettyBytes(PreprocessingJson.tree(this)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }

    /** Reads {@code dir/preprocessing.json}. */
    public static Preprocessing load(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            Preprocessing p = PreprocessingJson.read(Json.parse(Files.readAllBytes(file)));
            if (p.version() != VERSION) {
                throw new IllegalArgumentException(file + " has format version " + p.version() + "; this sagedeck reads version " + VERSION);
            }
            return p;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no " + FILE_NAME + " in " + dir + "; was the model trained by sagedeck?");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public String toJson() {
        return Json.pretty(PreprocessingJson.tree(this));
    }
}

package dev.sagedeck.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Data sets shipped inside the jar. Training runs in a child process and xgboost reads files, so
 * a sample is written out to real files first with {@link #extract}.
 */
public final class Samples {
    public static final String TITANIC = "titanic";
    public static final List<String> NAMES = List.of(TITANIC);

    /** Where a sample went, and the preset and label that fit it. */
    public record SampleFiles(Path train, Path test, String preset, String label) {}

    private Samples() {}

    /**
     * Writes sample {@code name}'s files into {@code dir} (created if needed; existing copies are
     * replaced, so a damaged copy heals) as {@code <name>_train.csv} and {@code <name>_test.csv}.
     */
    public static SampleFiles extract(String name, Path dir) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown sample '" + name + "'; available: " + String.join(", ", NAMES));
        }
        try {
            Files.createDirectories(dir);
            Path train = copy(name, name + "_train.csv", dir);
            Path test = copy(name, name + "_test.csv", dir);
            return new SampleFiles(train, test, Presets.TITANIC, Presets.TITANIC_LABEL);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sample '" + name + "' to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path copy(String sample, String file, Path dir) throws IOException {
        String resource = "/samples/" + sample + "/" + file;
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + resource + "; the build is broken");
            Path target = dir.resolve(file);
            Path tmp = Files.createTempFile(dir, file, ".part");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return target;
        }
    }
}
